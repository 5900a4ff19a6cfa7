package org.familyties.stats.dist;

/** Normal, chi-square, noncentral chi-square and Student's t distribution functions. */
public final class Distributions {

    private static final double EPS = 1e-16;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private static final double BETA_EPS = 1e-15;
    private static final double BETA_TINY = 1e-300;

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
     * Σ_j e^{−λ/2} (λ/2)^j / j! · P(df/2 + j, x/2), summed outwards from the largest Poisson weight. The
     * incomplete-gamma terms follow from one another by P(a+1, y) = P(a, y) − y^a e^{−y} / Γ(a+1).
     */
    public static double noncentralChiSquareCdf(double x, double df, double ncp) {
        if (x <= 0) {
            return 0;
        }
        if (ncp <= 0) {
            return chiSquareCdf(x, df);
        }
        double half = ncp / 2;
        double y = x / 2;
        double logY = Math.log(y);
        int mode = (int) Math.floor(half);
        double a0 = df / 2 + mode;
        double w0 = Math.exp(-half + mode * Math.log(half) - logGamma(mode + 1));
        double p0 = gammaP(a0, y);
        double sum = w0 * p0;
        // upwards: j = mode+1, mode+2, ...
        double w = w0;
        double p = p0;
        double a = a0;
        double logTerm = a0 * logY - y - logGamma(a0 + 1); // log of y^a e^{-y} / Γ(a+1)
        for (int j = mode + 1; j < mode + 100000; j++) {
            p = Math.max(0, p - Math.exp(logTerm));
            a += 1;
            logTerm += logY - Math.log(a);
            w *= half / j;
            double term = w * p;
            sum += term;
            if (w < 1e-17 || term < 1e-17 * sum) {
                break;
            }
        }
        // downwards: j = mode-1, ..., 0
        w = w0;
        p = p0;
        a = a0;
        for (int j = mode - 1; j >= 0; j--) {
            // P(a-1, y) = P(a, y) + y^(a-1) e^{-y} / Γ(a)
            p = p + Math.exp((a - 1) * logY - y - logGamma(a));
            a -= 1;
            w *= (j + 1) / half;
            double term = w * p;
            sum += term;
            if (w < 1e-17 * Math.max(sum, 1e-300)) {
                break;
            }
        }
        return Math.min(1, sum);
    }

    /** The noncentrality λ ≥ 0 with CDF(x; df, λ) = target (the CDF decreases in λ), by Brent's method. */
    public static double noncentralityFor(double x, double df, double target) {
        double lo = 0;
        double hi = Math.max(1, x);
        double fLo = noncentralChiSquareCdf(x, df, lo) - target;
        double fHi = noncentralChiSquareCdf(x, df, hi) - target;
        while (fHi > 0) {
            lo = hi;
            fLo = fHi;
            hi *= 2;
            if (hi > 1e9) {
                return Double.NaN;
            }
            fHi = noncentralChiSquareCdf(x, df, hi) - target;
        }
        return brent(l -> noncentralChiSquareCdf(x, df, l) - target, lo, hi, fLo, fHi, 1e-12);
    }

    private static double brent(java.util.function.DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int iter = 0; iter < 200; iter++) {
            if (fb * fc > 0) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol1 = 2 * 1e-16 * Math.abs(b) + 0.5 * tol * Math.max(1, Math.abs(b));
            double xm = 0.5 * (c - b);
            if (Math.abs(xm) <= tol1 || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * xm * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                }
                p = Math.abs(p);
                if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = xm;
                    e = d;
                }
            } else {
                d = xm;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol1 ? d : Math.copySign(tol1, xm);
            fb = f.applyAsDouble(b);
        }
        return b;
    }

    /**
     * Two-sided p-value of Student's t: P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2).
     */
    public static double studentTTwoSidedP(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return regularisedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The regularised incomplete beta function I_x(a, b), by its continued fraction (modified Lentz). */
    public static double regularisedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b)
                + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < BETA_TINY ? BETA_TINY : d);
        double h = d;
        for (int m = 1; m < 10000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = 1 / (Math.abs(d) < BETA_TINY ? BETA_TINY : d);
            c = 1 + even / c;
            c = Math.abs(c) < BETA_TINY ? BETA_TINY : c;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = 1 / (Math.abs(d) < BETA_TINY ? BETA_TINY : d);
            c = 1 + odd / c;
            c = Math.abs(c) < BETA_TINY ? BETA_TINY : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < BETA_EPS) {
                break;
            }
        }
        return h;
    }
}
