package org.familyties.instruments;

/**
 * One subscale's score for one record.
 *
 * @param raw       the sum or mean (prorated if items were missing), or null when not scored
 * @param value     the score to report: the converted score when the subscale has a conversion table,
 *                  otherwise the raw score; null when not scored
 * @param band      the band the value falls in, or null
 * @param answered  items answered (for a combined subscale: components scored)
 * @param expected  items in the subscale (for a combined subscale: its components)
 * @param prorated  whether missing items were made up for by prorating
 * @param reason    why there is no score, or null when scored
 */
public record Score(String id, String name, Double raw, Double value, String band, int answered, int expected,
                    boolean prorated, String reason) {

    public boolean isScored() {
        return value != null;
    }

    public static Score notScored(Subscale subscale, int answered, int expected, String reason) {
        return new Score(subscale.id(), subscale.name(), null, null, null, answered, expected, false, reason);
    }
}
