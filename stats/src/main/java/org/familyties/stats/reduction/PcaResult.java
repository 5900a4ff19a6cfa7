package org.familyties.stats.reduction;

import java.util.List;

/**
 * Principal components of the chosen variables.
 *
 * @param eigenvalues all eigenvalues, decreasing
 * @param proportion share of total variance per component
 * @param cumulative running total of {@code proportion}
 * @param loadings variables by components: eigenvector times the square root of its eigenvalue, each column's sign
 *     chosen so that its loadings sum to a positive number
 */
public record PcaResult(List<String> variables, boolean correlationMatrix, int n, int rowsDropped,
        List<Double> eigenvalues, List<Double> proportion, List<Double> cumulative, LabelledMatrix loadings) {

    public PcaResult {
        variables = List.copyOf(variables);
        eigenvalues = List.copyOf(eigenvalues);
        proportion = List.copyOf(proportion);
        cumulative = List.copyOf(cumulative);
    }

    /** Number of eigenvalues above 1 (Kaiser's rule; meaningful on the correlation matrix). */
    public int kaiserCount() {
        return (int) eigenvalues.stream().filter(v -> v > 1).count();
    }
}
