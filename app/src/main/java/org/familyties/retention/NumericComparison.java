package org.familyties.retention;

/** Retained against lost on one numeric baseline characteristic. */
public record NumericComparison(String characteristic, int nRetained, double meanRetained, double sdRetained,
        int nLost, double meanLost, double sdLost, double smd, double welchT, double df, double pValue) {
}
