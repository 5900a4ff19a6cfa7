package org.familyties.stats.reliability;

import java.util.List;

/**
 * Internal consistency of a scale, computed on the rows where every item is present.
 *
 * @param alpha Cronbach's alpha from the item covariances
 * @param standardizedAlpha alpha from the item correlations, {@code k r / (1 + (k - 1) r)} with r the mean
 *     inter-item correlation
 * @param omegaTotal McDonald's omega total {@code (sum lambda)^2 / ((sum lambda)^2 + sum psi)} from a one-factor
 *     maximum likelihood model of the raw item covariances; NaN for fewer than three items
 */
public record ReliabilityResult(List<String> items, int n, int rowsDropped, double alpha, double standardizedAlpha,
        double meanInterItemCorrelation, double omegaTotal, List<ItemStatistics> itemStatistics) {

    public ReliabilityResult {
        items = List.copyOf(items);
        itemStatistics = List.copyOf(itemStatistics);
    }
}
