package org.familyties.casework;

import java.util.List;

/**
 * A mean with its 95% confidence interval from Student's t distribution (mean ± t(0.975, n−1) · s/√n).
 * With fewer than two values there is no interval.
 */
public record MeanInterval(int n, Double mean, Double lower, Double upper) {

    /** t(0.975, df) for df = 1..30; beyond 30 a Cornish–Fisher expansion around the normal quantile. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    public static MeanInterval of(List<Integer> values) {
        int n = values.size();
        if (n == 0) {
            return new MeanInterval(0, null, null, null);
        }
        double mean = values.stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
        if (n < 2) {
            return new MeanInterval(n, mean, null, null);
        }
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double half = t975(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new MeanInterval(n, mean, mean - half, mean + half);
    }

    /** From the count, sum and sum of squares of the values (as a database aggregates them). */
    public static MeanInterval of(long n, double sum, double sumOfSquares) {
        if (n == 0) {
            return new MeanInterval(0, null, null, null);
        }
        double mean = sum / n;
        if (n < 2) {
            return new MeanInterval((int) n, mean, null, null);
        }
        double ss = Math.max(0, sumOfSquares - sum * sum / n);
        double half = t975((int) n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new MeanInterval((int) n, mean, mean - half, mean + half);
    }

    static double t975(int df) {
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = 1.959963984540054;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
    }
}
