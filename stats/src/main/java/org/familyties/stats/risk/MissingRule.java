package org.familyties.stats.risk;

/**
 * What to do when some indicators of a person are missing.
 *
 * <p>A person needs at least {@code minimumPresent} indicators present (capped at the number of indicators), else the
 * index is missing. With {@link Scoring#COUNT_PRESENT} the index is the number of present indicators that fire; with
 * {@link Scoring#PRORATE} that count is scaled up to all indicators, {@code fired * m / present}, so that it is
 * comparable with complete cases (and may then be fractional).
 */
public record MissingRule(int minimumPresent, Scoring scoring) {

    public enum Scoring {
        COUNT_PRESENT, PRORATE
    }

    public MissingRule {
        if (minimumPresent < 1) {
            throw new IllegalArgumentException("At least one indicator must be required, not " + minimumPresent);
        }
    }

    /** Every indicator must be present (the default: complete cases only). */
    public static MissingRule allRequired() {
        return new MissingRule(Integer.MAX_VALUE, Scoring.COUNT_PRESENT);
    }

    public String describe(int indicators) {
        int k = Math.min(minimumPresent, indicators);
        if (k == indicators) {
            return "all " + indicators + " indicators required";
        }
        return "at least " + k + " of " + indicators + " indicators required; "
                + (scoring == Scoring.PRORATE ? "count prorated to all indicators" : "count of present indicators");
    }
}
