package org.familyties.retention;

/** Summary of a sample: size, mean and the five-number summary. */
public record Distribution(int n, double mean, double min, double q1, double median, double q3, double max) {
}
