package org.familyties.stats.sem.dist;

/** Normal, chi-square and noncentral chi-square distribution functions. */
public final class Distributions {

    private static final double EPS = 1e-16;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private Distributions() {
    }

    public static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += LANCZOS[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** Regularised lower incomplete gamma P(a, x). */
    public static double gammaP(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x < a + 1) {
            return gammaSeries(a, x);
        }
        return 1 - gammaContinuedFraction(a, x);
    }

    /** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail. */
    public static double gammaQ(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            return 1 - gammaSeries(a, x);
        }
        return gammaContinuedFraction(a, x);
    }

    private static double gammaSeries(double a, double x) {
        double ap = a;
        double sum = 1 / a;
        double del = sum;
        for (int n = 0; n < 100000; n++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double gammaContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 100000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    public static double normalCdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double x = z / Math.sqrt(2);
        if (x < 0) {
            return 0.5 * gammaQ(0.5, x * x);
        }
        return 1 - 0.5 * gammaQ(0.5, x * x);
    }

    /** Two-sided p-value of a standard-normal statistic, 2(1 − Φ(|z|)). */
    public static double twoSidedP(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double x = Math.abs(z) / Math.sqrt(2);
        return gammaQ(0.5, x * x);
    }

    public static double chiSquareCdf(double x, double df) {
        return gammaP(df / 2, x / 2);
    }

    public static double chiSquareUpper(double x, double df) {
        return gammaQ(df / 2, x / 2);
    }

    /**
     * Noncentral chi-square CDF as a Poisson mixture of central chi-squares,
     * Σ_j e^{−λ/2} (λ/2)^j / j! · P(χ²_{df+2j} ≤ x), summed outwards from the largest Poisson weight.
     */
    public static double noncentralChiSquareCdf(double x, double df, double ncp) {
        if (x <= 0) {
            return 0;
        }
        if (ncp <= 0) {
            return chiSquareCdf(x, df);
        }
        double half = ncp / 2;
        int mode = (int) Math.floor(half);
        double sum = 0;
        for (int j = mode; j >= 0; j--) {
            double w = Math.exp(-half + j * Math.log(half) - logGamma(j + 1));
            double term = w * gammaP(df / 2 + j, x / 2);
            sum += term;
            if (w < 1e-17 && j < mode) {
                break;
            }
        }
        for (int j = mode + 1; j < mode + 100000; j++) {
            double w = Math.exp(-half + j * Math.log(half) - logGamma(j + 1));
            double term = w * gammaP(df / 2 + j, x / 2);
            sum += term;
            if (w < 1e-17 || term < 1e-18 * sum) {
                break;
            }
        }
        return Math.min(1, sum);
    }

    /** The noncentrality λ ≥ 0 with CDF(x; df, λ) = target, by bisection (the CDF decreases in λ). */
    public static double noncentralityFor(double x, double df, double target) {
        double lo = 0;
        double hi = Math.max(1, x);
        while (noncentralChiSquareCdf(x, df, hi) > target) {
            lo = hi;
            hi *= 2;
            if (hi > 1e9) {
                return Double.NaN;
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (noncentralChiSquareCdf(x, df, mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
