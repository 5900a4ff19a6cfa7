package org.familyties.stats.resilience;

/** One OLS coefficient with its usual standard error. */
public record Coefficient(String term, double estimate, double standardError) {
}
