package org.familyties.stats.reduction;

import java.util.List;
import java.util.Optional;

/**
 * An exploratory factor analysis of a correlation matrix.
 *
 * <p>Factors are ordered by their sum of squared loadings, largest first, and each factor's sign is chosen so that
 * its loadings sum to a positive number, as R's {@code factanal} prints them.
 *
 * @param factorCorrelations present only for oblique rotations
 * @param communalities per variable, the sum of its squared loadings (the same before and after rotation)
 * @param chiSquare likelihood-ratio statistic with Bartlett's correction {@code n - 1 - (2p + 5)/6 - 2k/3} times the
 *     ML discrepancy of the fitted model (for minres too, as psych reports it); NaN when
 *     {@code degreesOfFreedom <= 0}
 * @param warnings non-convergence and Heywood cases, in words for the user
 */
public record EfaResult(List<String> variables, int n, int rowsDropped, int factors, ExtractionMethod method,
        Rotation rotation, LabelledMatrix loadings, Optional<LabelledMatrix> factorCorrelations,
        List<Double> uniquenesses, List<Double> communalities, double discrepancy, double chiSquare,
        double degreesOfFreedom, double pValue, boolean converged, List<String> warnings) {

    public EfaResult {
        variables = List.copyOf(variables);
        uniquenesses = List.copyOf(uniquenesses);
        communalities = List.copyOf(communalities);
        warnings = List.copyOf(warnings);
    }

    /** Sum of squared loadings per factor (of the pattern matrix for oblique rotations), as {@code factanal} prints. */
    public List<Double> ssLoadings() {
        List<Double> ss = new java.util.ArrayList<>();
        for (int k = 0; k < factors; k++) {
            double sum = 0;
            for (double v : loadings.column(k)) {
                sum += v * v;
            }
            ss.add(sum);
        }
        return ss;
    }

    /** Structure matrix (correlations of variables with factors), pattern times factor correlations; oblique only. */
    public Optional<LabelledMatrix> structure() {
        return factorCorrelations.map(phi -> new LabelledMatrix(loadings.rowNames(), loadings.columnNames(),
                LinAlg.multiply(loadings.toArray(), phi.toArray())));
    }
}
