package org.familyties.retention;

/** Retained against lost on one level of a categorical baseline characteristic. */
public record CategoryComparison(String characteristic, String level, int nRetained, double proportionRetained,
        int nLost, double proportionLost, double smd) {
}
