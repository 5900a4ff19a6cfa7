package org.familyties.stats.reduction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;

/** Horn's parallel analysis with seeded standard normal data. */
public final class ParallelAnalysis {

    public static final double DEFAULT_PERCENTILE = 0.95;

    private ParallelAnalysis() {
    }

    /** Components: eigenvalues of the correlation matrix. */
    public static ParallelResult components(DataTable table, List<String> variables, int iterations, long seed) {
        CompleteCases data = CompleteCases.of(table, variables, variables.size() + 1);
        return run(Moments.correlation(data), data.n(), false, iterations, seed, DEFAULT_PERCENTILE);
    }

    /** Factors: eigenvalues of the correlation matrix with squared multiple correlations on its diagonal. */
    public static ParallelResult factors(DataTable table, List<String> variables, int iterations, long seed) {
        CompleteCases data = CompleteCases.of(table, variables, variables.size() + 2);
        double[][] r = Moments.correlation(data);
        Moments.requireInvertible(r, data.variables());
        return run(r, data.n(), true, iterations, seed, DEFAULT_PERCENTILE);
    }

    public static ParallelResult run(double[][] correlation, int n, boolean factors, int iterations, long seed,
            double percentile) {
        int p = correlation.length;
        if (iterations < 1) {
            throw new DataException("Parallel analysis needs at least one iteration");
        }
        if (n <= p) {
            throw new DataException("Parallel analysis needs more rows (" + n + ") than variables (" + p + ")");
        }
        double[] observed = eigenvalues(correlation, factors);
        double[][] sims = new double[p][iterations];
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][p];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    x[i][j] = gaussian(random);
                }
            }
            double[] ev = eigenvalues(Moments.correlation(x), factors);
            for (int k = 0; k < p; k++) {
                sims[k][it] = ev[k];
            }
        }
        List<Double> obs = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> pct = new ArrayList<>();
        int suggested = 0;
        boolean stillAbove = true;
        for (int k = 0; k < p; k++) {
            double[] s = sims[k];
            obs.add(observed[k]);
            mean.add(Arrays.stream(s).average().orElseThrow());
            double q = quantile(s, percentile);
            pct.add(q);
            stillAbove &= observed[k] > q;
            if (stillAbove) {
                suggested++;
            }
        }
        return new ParallelResult(factors, n, p, iterations, seed, percentile, obs, mean, pct, suggested);
    }

    private static double[] eigenvalues(double[][] r, boolean factors) {
        double[][] m = r;
        if (factors) {
            m = LinAlg.copy(r);
            double[] smc = Moments.smc(r);
            for (int i = 0; i < r.length; i++) {
                m[i][i] = smc[i];
            }
        }
        return LinAlg.eigenSymmetric(m).values();
    }

    /** Marsaglia's polar method, driven by a splittable generator so that a seed gives the same draws everywhere. */
    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** R's type 7 quantile. */
    static double quantile(double[] values, double prob) {
        double[] s = values.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * prob;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
