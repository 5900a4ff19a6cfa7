package org.familyties.stats.sem;

/**
 * One row of the estimates, as lavaan's {@code parameterEstimates()} joined with {@code standardizedSolution()}.
 * Fixed parameters have se 0 and NaN z/pvalue; values that do not exist are NaN.
 *
 * @param group 1-based group; 0 for defined parameters ({@code :=})
 */
public record ParameterEstimate(String lhs, String op, String rhs, int group, String label, boolean free,
                                double est, double se, double z, double pvalue, double ciLower, double ciUpper,
                                double stdLv, double stdAll) {
}
