package org.familyties.export;

/**
 * Re-identification risk of a data set over its quasi-identifiers.
 *
 * @param k               the k-anonymity of the data: size of the smallest equivalence class (0 for no rows)
 * @param threshold       the k that was asked for
 * @param recordsAtRisk   records whose class is smaller than {@code threshold}
 * @param classCount      number of distinct quasi-identifier combinations
 * @param maxRisk         highest per-record risk (1 / class size)
 * @param meanRisk        mean per-record risk, i.e. the expected share of re-identified records
 * @param recordRisks     per-record risk in row order
 */
public record RiskReport(int k, int threshold, int recordsAtRisk, int classCount, double maxRisk, double meanRisk,
        double[] recordRisks) {

    public boolean satisfiesThreshold() {
        return recordsAtRisk == 0;
    }
}
