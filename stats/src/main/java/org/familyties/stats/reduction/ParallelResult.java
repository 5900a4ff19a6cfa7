package org.familyties.stats.reduction;

import java.util.List;

/**
 * Horn's parallel analysis: observed eigenvalues against those of random normal data of the same size.
 *
 * @param observed eigenvalues of the data's correlation matrix (components) or of the reduced correlation matrix with
 *     squared multiple correlations on the diagonal (factors)
 * @param simulatedMean mean of the simulated eigenvalues, position by position
 * @param simulatedPercentile the {@code percentile} quantile of the simulated eigenvalues (R's default type 7)
 * @param suggested how many leading observed eigenvalues exceed the simulated percentile, stopping at the first that
 *     does not
 */
public record ParallelResult(boolean factors, int n, int p, int iterations, long seed, double percentile,
        List<Double> observed, List<Double> simulatedMean, List<Double> simulatedPercentile, int suggested) {

    public ParallelResult {
        observed = List.copyOf(observed);
        simulatedMean = List.copyOf(simulatedMean);
        simulatedPercentile = List.copyOf(simulatedPercentile);
    }
}
