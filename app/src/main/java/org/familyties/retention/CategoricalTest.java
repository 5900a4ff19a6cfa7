package org.familyties.retention;

/** Pearson chi-square test of independence of retention and one categorical characteristic. */
public record CategoricalTest(String characteristic, double chiSquare, int df, double pValue,
        boolean smallExpectedCounts) {
}
