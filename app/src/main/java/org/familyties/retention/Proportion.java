package org.familyties.retention;

/** A count out of a total, its rate and the Wilson score 95% interval. */
public record Proportion(int count, int of, double rate, double lower95, double upper95) {
}
