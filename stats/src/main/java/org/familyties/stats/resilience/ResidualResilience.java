package org.familyties.stats.resilience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.LinAlg;
import org.familyties.stats.risk.IndexResult;

/**
 * Resilience as doing better than expected given adversity: the standardised residual of an OLS regression of the
 * outcome on the adversity index (and optional covariates). Rows with the outcome, the index or a covariate missing
 * are left out.
 */
public final class ResidualResilience {

    private ResidualResilience() {
    }

    /**
     * @param familyColumn column identifying families, or null for no family summary
     */
    public static ResilienceResult fit(DataTable table, IndexResult adversity, String outcome,
            ResilienceOptions options, String familyColumn) {
        return fit(table, adversity.values(), outcome, options, familyColumn);
    }

    public static ResilienceResult fit(DataTable table, double[] adversity, String outcome, ResilienceOptions options,
            String familyColumn) {
        if (adversity.length != table.rowCount()) {
            throw new IllegalArgumentException("adversity has " + adversity.length + " values for " + table.rowCount() + " rows");
        }
        requireNumeric(table, outcome);
        double[] y = table.column(outcome);
        List<double[]> cov = new ArrayList<>();
        for (String c : options.covariates()) {
            requireNumeric(table, c);
            cov.add(table.column(c));
        }
        String[] family = familyColumn == null ? null : table.textColumn(familyColumn);

        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            boolean ok = !Double.isNaN(y[r]) && !Double.isNaN(adversity[r]);
            for (double[] c : cov) {
                ok &= !Double.isNaN(c[r]);
            }
            if (ok) {
                rows.add(r);
            }
        }
        int n = rows.size();
        int k = 2 + cov.size();
        if (n <= k + 1) {
            throw new DataException("Only " + n + " rows have the outcome, the adversity index and the covariates present;"
                    + " at least " + (k + 2) + " are needed");
        }
        double[][] x = new double[n][k];
        double[] yy = new double[n];
        for (int i = 0; i < n; i++) {
            int r = rows.get(i);
            x[i][0] = 1;
            x[i][1] = adversity[r];
            for (int j = 0; j < cov.size(); j++) {
                x[i][2 + j] = cov.get(j)[r];
            }
            yy[i] = y[r];
        }
        double[][] xtx = LinAlg.multiply(LinAlg.transpose(x), x);
        if (nearlySingular(xtx)) {
            throw new DataException("The adversity index and covariates are collinear (or constant); the regression cannot be fitted");
        }
        double[][] xtxInv = LinAlg.inverse(xtx);
        double[] xty = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                xty[j] += x[i][j] * yy[i];
            }
        }
        double[] beta = new double[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                beta[a] += xtxInv[a][b] * xty[b];
            }
        }
        double[] fitted = new double[n];
        double[] resid = new double[n];
        double rss = 0;
        double yMean = 0;
        for (double v : yy) {
            yMean += v / n;
        }
        double tss = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                fitted[i] += x[i][j] * beta[j];
            }
            resid[i] = yy[i] - fitted[i];
            rss += resid[i] * resid[i];
            tss += (yy[i] - yMean) * (yy[i] - yMean);
        }
        if (!(tss > 0)) {
            throw new DataException("The outcome '" + outcome + "' does not vary");
        }
        if (rss <= 1e-24 * tss) {
            throw new DataException("The outcome '" + outcome + "' is predicted exactly, so nobody does better or worse than expected");
        }
        double sigma2 = rss / (n - k);
        List<Coefficient> coefficients = new ArrayList<>();
        List<String> terms = new ArrayList<>(List.of("(intercept)", "adversity"));
        terms.addAll(options.covariates());
        for (int j = 0; j < k; j++) {
            coefficients.add(new Coefficient(terms.get(j), beta[j], Math.sqrt(sigma2 * xtxInv[j][j])));
        }
        // residuals of a model with an intercept have mean zero, so this is R's scale() of them
        double residualSd = Math.sqrt(rss / (n - 1));
        double sign = options.problemOutcome() ? -1 : 1;
        List<PersonResilience> persons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = rows.get(i);
            double score = sign * resid[i] / residualSd;
            persons.add(new PersonResilience(r, adversity[r], yy[i], fitted[i], resid[i], score, options.classify(score),
                    family == null ? Optional.empty() : Optional.ofNullable(family[r])));
        }
        return new ResilienceResult(outcome, options, n, table.rowCount() - n, coefficients, 1 - rss / tss, residualSd,
                persons, family == null ? List.of() : families(persons));
    }

    /** Summaries of families from their members' scores; members without a family identifier are left out. */
    public static List<FamilyResilience> families(List<PersonResilience> persons) {
        Map<String, List<PersonResilience>> byFamily = new LinkedHashMap<>();
        for (PersonResilience p : persons) {
            p.family().ifPresent(f -> byFamily.computeIfAbsent(f, key -> new ArrayList<>()).add(p));
        }
        List<FamilyResilience> out = new ArrayList<>();
        for (Map.Entry<String, List<PersonResilience>> e : byFamily.entrySet()) {
            List<PersonResilience> members = e.getValue();
            int m = members.size();
            double mean = members.stream().mapToDouble(PersonResilience::score).average().orElseThrow();
            double min = members.stream().mapToDouble(PersonResilience::score).min().orElseThrow();
            double ss = members.stream().mapToDouble(p -> (p.score() - mean) * (p.score() - mean)).sum();
            double sd = m > 1 ? Math.sqrt(ss / (m - 1)) : Double.NaN;
            ResilienceClass first = members.get(0).classification();
            boolean same = members.stream().allMatch(p -> p.classification() == first);
            out.add(new FamilyResilience(e.getKey(), m, mean, min, sd, same ? Optional.of(first) : Optional.empty()));
        }
        return out;
    }

    /** Judged on the cross-products scaled to unit diagonal, so that the units of the predictors do not matter. */
    private static boolean nearlySingular(double[][] xtx) {
        int k = xtx.length;
        double[][] scaled = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                scaled[i][j] = xtx[i][j] / Math.sqrt(xtx[i][i] * xtx[j][j]);
            }
        }
        double[] ev = LinAlg.eigenSymmetric(scaled).values();
        return !(ev[k - 1] > 1e-10 * ev[0]);
    }

    private static void requireNumeric(DataTable table, String column) {
        if (!table.isNumeric(column)) {
            throw new DataException("Column '" + column + "' must be numeric but holds text");
        }
    }
}
