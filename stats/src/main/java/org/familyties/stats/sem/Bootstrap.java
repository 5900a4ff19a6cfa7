package org.familyties.stats.sem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.familyties.stats.sem.estimate.Block;
import org.familyties.stats.sem.estimate.FisherScoring;
import org.familyties.stats.sem.estimate.MlObjective;
import org.familyties.stats.sem.estimate.RamModel;
import org.familyties.stats.sem.estimate.SampleMoments;
import org.familyties.stats.sem.model.Parameter;
import org.familyties.stats.sem.model.ParameterTable;

/**
 * Non-parametric bootstrap: cases are resampled with replacement within each group and the model is refitted.
 * Draw i uses its own generator seeded from (seed, i), so results do not depend on the number of threads.
 */
final class Bootstrap {

    private final SemFitter fitter;
    private final RamModel ram;
    private final double[] theta;

    Bootstrap(SemFitter fitter, RamModel ram, double[] theta) {
        this.fitter = fitter;
        this.ram = ram;
        this.theta = theta;
    }

    /** Per draw: free parameters then defined parameters; null when the draw failed. */
    record Summary(double[][] draws, int successful, int failed, ParameterTable table, double[] theta, SemFitter fitter) {

        List<ParameterEstimate> apply(List<ParameterEstimate> estimates) {
            int q = theta.length;
            List<double[]> ok = Arrays.stream(draws).filter(d -> d != null).toList();
            List<ParameterEstimate> out = new ArrayList<>();
            int defIndex = 0;
            for (int r = 0; r < estimates.size(); r++) {
                ParameterEstimate e = estimates.get(r);
                Parameter par = table.rows().get(r);
                int col;
                if (par.isDefined()) {
                    col = q + defIndex++;
                } else if (par.isFree()) {
                    col = par.free() - 1;
                } else {
                    out.add(e);
                    continue;
                }
                double[] values = ok.stream().mapToDouble(d -> d[col]).filter(Double::isFinite).sorted().toArray();
                if (values.length < 2) {
                    out.add(e);
                    continue;
                }
                double mean = Arrays.stream(values).average().orElse(Double.NaN);
                double ss = 0;
                for (double v : values) {
                    ss += (v - mean) * (v - mean);
                }
                double se = Math.sqrt(ss / (values.length - 1));
                ParameterEstimate base = SemFitter.row(par, e.est(), se, e.stdLv(), e.stdAll());
                out.add(new ParameterEstimate(base.lhs(), base.op(), base.rhs(), base.group(), base.label(), base.free(),
                        base.est(), se, base.z(), base.pvalue(), quantile(values, 0.025), quantile(values, 0.975),
                        base.stdLv(), base.stdAll()));
            }
            return out;
        }
    }

    /** R's default (type 7) quantile of sorted values. */
    static double quantile(double[] sorted, double prob) {
        double h = (sorted.length - 1) * prob;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    Summary run(int draws, long seed) {
        double[][] results = new double[draws][];
        IntStream.range(0, draws).parallel().forEach(i -> results[i] = draw(new SplittableRandom(mix(seed, i))));
        int ok = 0;
        for (double[] r : results) {
            if (r != null) {
                ok++;
            }
        }
        return new Summary(results, ok, draws - ok, fitter.table(), theta, fitter);
    }

    private static long mix(long seed, long i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double[] draw(SplittableRandom rng) {
        int p = fitter.p();
        int groups = fitter.groups();
        ParameterTable table = fitter.table();
        RamModel model = ram.copy();
        List<Block> blocks = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int n = fitter.nObs().get(g);
            double[] rows = fitter.groupRows().get(g);
            double[] sample = new double[n * p];
            for (int r = 0; r < n; r++) {
                System.arraycopy(rows, rng.nextInt(n) * p, sample, r * p, p);
            }
            double[][] mc;
            if (fitter.fiml()) {
                blocks.addAll(SampleMoments.patterns(g, sample, n, p));
                mc = covariateMoments(sample, n, p, table);
            } else {
                mc = SampleMoments.meanAndCov(sample, n, p);
                blocks.add(new Block(g, allIndices(p), n, mc[0], mc[1]));
            }
            for (Parameter par : table.rows()) {
                if (par.exo() && par.group() == g + 1) {
                    int l = table.indexOf(par.lhs());
                    if (par.op().equals(Parameter.INTERCEPT)) {
                        model.setFixedM(g, l, mc[0][l]);
                    } else {
                        int r = table.indexOf(par.rhs());
                        model.setFixedS(g, l, r, mc[1][l * p + r]);
                    }
                }
            }
        }
        MlObjective objective = new MlObjective(model, blocks);
        FisherScoring.Outcome out = new FisherScoring(200, 1e-8).minimise(objective, theta);
        if (!out.converged()) {
            return null;
        }
        double[] defined = fitter.definedValues(out.theta());
        double[] all = Arrays.copyOf(out.theta(), out.theta().length + defined.length);
        System.arraycopy(defined, 0, all, out.theta().length, defined.length);
        return all;
    }

    /** Under FIML only the fixed covariates' moments are needed: from the draw's rows where all covariates are present. */
    private static double[][] covariateMoments(double[] sample, int n, int p, ParameterTable table) {
        int[] xi = table.exogenousObserved().stream().mapToInt(table.observed()::indexOf).toArray();
        double[][] cols = new double[xi.length][n];
        for (int j = 0; j < xi.length; j++) {
            for (int r = 0; r < n; r++) {
                cols[j][r] = sample[r * p + xi[j]];
            }
        }
        double[][] m = SampleMoments.completeCaseMoments(cols, null, 0);
        double[] mean = new double[p];
        double[] cov = new double[p * p];
        for (int a = 0; a < xi.length; a++) {
            mean[xi[a]] = m[0][a];
            for (int b = 0; b < xi.length; b++) {
                cov[xi[a] * p + xi[b]] = m[1][a * xi.length + b];
            }
        }
        return new double[][] {mean, cov};
    }

    private static int[] allIndices(int p) {
        int[] idx = new int[p];
        for (int i = 0; i < p; i++) {
            idx[i] = i;
        }
        return idx;
    }
}
