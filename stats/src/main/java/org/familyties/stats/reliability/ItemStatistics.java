package org.familyties.stats.reliability;

/**
 * One item of a scale.
 *
 * @param alphaIfDeleted raw alpha of the other items (NaN when only one would remain)
 * @param correctedItemTotal correlation of the item with the sum of the other items
 * @param loading standardised loading on the one-factor model (NaN when omega could not be computed)
 */
public record ItemStatistics(String item, double mean, double sd, double alphaIfDeleted, double correctedItemTotal,
        double loading) {
}
