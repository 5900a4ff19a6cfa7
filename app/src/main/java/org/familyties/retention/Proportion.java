package org.familyties.retention;

/**
 * A count out of a total, its rate and the Wilson score 95% interval. For 0 of 0 the rate is 0 and the interval
 * 0 to 1 (nothing is known).
 */
public record Proportion(int count, int of, double rate, double lower95, double upper95) {

    private static final double Z = 1.959963984540054;

    /** The Wilson score interval: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96. */
    static Proportion wilson(int count, int of) {
        if (of == 0) {
            return new Proportion(0, 0, 0, 0, 1);
        }
        double p = (double) count / of;
        double z2 = Z * Z;
        double denominator = 1 + z2 / of;
        double centre = (p + z2 / (2.0 * of)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / of + z2 / (4.0 * of * of)) / denominator;
        return new Proportion(count, of, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
