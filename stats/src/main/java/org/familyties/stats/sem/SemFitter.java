package org.familyties.stats.sem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.dist.Distributions;
import org.familyties.stats.sem.estimate.Block;
import org.familyties.stats.sem.estimate.FisherScoring;
import org.familyties.stats.sem.estimate.Matrices;
import org.familyties.stats.sem.estimate.MlObjective;
import org.familyties.stats.sem.estimate.RamModel;
import org.familyties.stats.sem.estimate.SampleMoments;
import org.familyties.stats.sem.model.ModelBuilder;
import org.familyties.stats.sem.model.Parameter;
import org.familyties.stats.sem.model.ParameterTable;
import org.familyties.stats.sem.syntax.Statement;

/** Does one fit: data preparation, defaults, estimation, standard errors, fit measures, standardisation. */
final class SemFitter {

    static final double Z975 = 1.959963984540054;

    private final SemOptions options;
    private final ParameterTable table;
    private final int groups;
    private final int p;
    private final boolean fiml;
    private final List<String> groupLabels = new ArrayList<>();
    private final List<Integer> nObs = new ArrayList<>();
    private final List<Integer> nRows = new ArrayList<>();
    /** Per group: row-major data of the cases used (NaN where missing under FIML). */
    private final List<double[]> groupRows = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    /** Per group sample (or EM-saturated) mean and covariance. */
    private final List<double[][]> moments = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Parameter> byLabel = new HashMap<>();

    private SemFitter(ModelSpec model, DataTable data, SemOptions options) {
        this.options = options;
        this.fiml = options.missing() == MissingData.FIML;
        List<Statement> statements = model.statements();
        int[] groupOf = assignGroups(data);
        this.groups = groupLabels.size();
        boolean meanStructure = fiml || groups > 1 || options.function() == ModelFunction.GROWTH
                || ModelBuilder.mentionsIntercepts(statements);
        this.table = ModelBuilder.build(statements, data.names(), groups, options, meanStructure);
        this.p = table.observed().size();
        warnings.addAll(table.notes());
        for (Parameter par : table.rows()) {
            if (!par.label().isEmpty() && !par.isDefined()) {
                byLabel.putIfAbsent(par.label(), par);
            }
        }
        prepareData(data, groupOf);
    }

    static SemResult fit(ModelSpec model, DataTable data, SemOptions options) {
        return new SemFitter(model, data, options).run();
    }

    private int[] assignGroups(DataTable data) {
        int n = data.rowCount();
        int[] groupOf = new int[n];
        if (options.group() == null) {
            groupLabels.add("");
            return groupOf;
        }
        String[] col = data.textColumn(options.group());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            if (col[r] == null) {
                groupOf[r] = -1;
                continue;
            }
            Integer g = index.get(col[r]);
            if (g == null) {
                g = index.size();
                index.put(col[r], g);
                groupLabels.add(col[r]);
            }
            groupOf[r] = g;
        }
        if (index.isEmpty()) {
            throw new DataException("The group column '" + options.group() + "' has no values");
        }
        return groupOf;
    }

    private void prepareData(DataTable data, int[] groupOf) {
        List<String> ov = table.observed();
        double[][] cols = new double[p][];
        for (int i = 0; i < p; i++) {
            cols[i] = data.column(ov.get(i));
            if (hasNaN(cols[i]) && !data.isNumeric(ov.get(i))) {
                throw new DataException("The model variable '" + ov.get(i) + "' is not numeric in the data");
            }
        }
        int n = data.rowCount();
        for (int g = 0; g < groups; g++) {
            String name = groups > 1 ? " in group '" + groupLabels.get(g) + "'" : "";
            int total = 0;
            if (options.group() == null) {
                total = n;
            } else {
                for (int r = 0; r < n; r++) {
                    if (groupOf[r] == g) {
                        total++;
                    }
                }
            }
            nRows.add(total);
            int kept;
            if (!fiml) {
                double[][] mc = SampleMoments.completeCaseMoments(cols, options.group() == null ? null : groupOf, g);
                kept = (int) mc[2][0];
                moments.add(new double[][] {mc[0], mc[1]});
                blocks.add(new Block(g, allIndices(), kept, mc[0], mc[1]));
                groupRows.add(options.bootstrap() > 0 ? rowsOf(cols, groupOf, g, kept, false) : null);
            } else {
                int[] usable = groupOf;
                if (!table.exogenousObserved().isEmpty()) {
                    usable = groupOf.clone();
                    int dropped = 0;
                    for (int r = 0; r < n; r++) {
                        if (usable[r] != g) {
                            continue;
                        }
                        for (String x : table.exogenousObserved()) {
                            if (Double.isNaN(cols[table.observed().indexOf(x)][r])) {
                                usable[r] = -1;
                                dropped++;
                                break;
                            }
                        }
                    }
                    if (dropped > 0) {
                        warnings.add(dropped + " case(s)" + name + " were deleted because of missing values in the covariate(s) "
                                + String.join(", ", table.exogenousObserved()) + ", whose (co)variances are fixed at their sample values");
                    }
                }
                int[] counted = {0};
                double[] rows = rowsOf(cols, usable, g, -1, true, counted);
                kept = counted[0];
                groupRows.add(rows);
                if (kept >= 2) {
                    List<Block> pats = SampleMoments.patterns(g, rows, kept, p);
                    blocks.addAll(pats);
                    moments.add(SampleMoments.saturatedEm(pats, p, 10000));
                }
            }
            if (kept < 2) {
                throw new DataException("Only " + kept + " usable case(s)" + name + " after removing "
                        + (fiml ? "empty" : "incomplete") + " rows; the model needs more data");
            }
            nObs.add(kept);
            if (Double.isNaN(Matrices.logDetSpd(moments.get(g)[1], p))) {
                warnings.add("The sample covariance matrix" + name + " is not positive definite; "
                        + "check for constant or perfectly collinear variables");
            }
        }
    }

    private static boolean hasNaN(double[] col) {
        for (double v : col) {
            if (v != v) {
                return true;
            }
        }
        return false;
    }

    private double[] rowsOf(double[][] cols, int[] groupOf, int g, int expected, boolean partial) {
        return rowsOf(cols, groupOf, g, expected, partial, new int[1]);
    }

    /** Row-major copy of the group's usable rows: complete ones, or with {@code partial} any with a value present. */
    private double[] rowsOf(double[][] cols, int[] groupOf, int g, int expected, boolean partial, int[] count) {
        int n = groupOf.length;
        double[] buf = new double[(expected >= 0 ? expected : n) * p];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            if (groupOf[r] != g) {
                continue;
            }
            int present = 0;
            for (int i = 0; i < p; i++) {
                if (!Double.isNaN(cols[i][r])) {
                    present++;
                }
            }
            if (partial ? present == 0 : present < p) {
                continue;
            }
            for (int i = 0; i < p; i++) {
                buf[kept * p + i] = cols[i][r];
            }
            kept++;
        }
        count[0] = kept;
        return kept * p == buf.length ? buf : java.util.Arrays.copyOf(buf, kept * p);
    }

    private int[] allIndices() {
        int[] idx = new int[p];
        for (int i = 0; i < p; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private SemResult run() {
        setSampleValues(table, moments);
        StartValues.fill(table, moments, options.stdLv());
        RamModel ram = new RamModel(table);
        MlObjective objective = new MlObjective(ram, blocks);
        double[] start = startVector();
        FisherScoring.Outcome out = new FisherScoring().minimiseQuasiNewton(objective, start);
        if (!out.converged()) {
            warnings.add("The optimiser did not converge after " + out.iterations()
                    + " iterations; estimates are not trustworthy (check the model and the start values)");
        }
        double[] theta = out.theta();
        int nTotal = objective.nTotal();
        double[] vcov = covarianceMatrix(objective, theta, nTotal);
        Map<String, Double> fit = FitCalculator.compute(this, objective, out.f(), theta);
        if (fit.get("df") < 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "The model has more free parameters (%d) than the data have "
                    + "sample moments (df = %d); it is not identified", table.freeCount(), fit.get("df").intValue()));
        }
        List<ParameterEstimate> estimates = buildEstimates(ram, theta, vcov);
        checkSolution(ram, theta);
        int draws = 0;
        if (options.bootstrap() > 0) {
            Bootstrap boot = new Bootstrap(this, ram, theta);
            Bootstrap.Summary summary = boot.run(options.bootstrap(), options.seed());
            draws = summary.successful();
            estimates = summary.apply(estimates);
            if (summary.failed() > 0) {
                warnings.add(summary.failed() + " of " + options.bootstrap() + " bootstrap draws did not converge and were left out");
            }
        }
        List<MissingPattern> pats = new ArrayList<>();
        for (Block b : blocks) {
            List<String> names = new ArrayList<>();
            for (int i : b.observed()) {
                names.add(table.observed().get(i));
            }
            pats.add(new MissingPattern(b.group() + 1, names, b.n()));
        }
        return new SemResult(estimates, new FitMeasures(fit), warnings, out.converged(), out.iterations(), groupLabels,
                nObs, nRows, pats, options, table.observed(), table.latent(), draws, rSquare(ram, theta));
    }

    /** R² = 1 − residual variance / implied variance of every variable with an incoming path. */
    private List<RSquare> rSquare(RamModel ram, double[] theta) {
        java.util.Set<String> endogenous = new java.util.HashSet<>();
        for (Parameter par : table.rows()) {
            if (par.op().equals(Parameter.LOADING)) {
                endogenous.add(par.rhs());
            } else if (par.op().equals(Parameter.REGRESSION)) {
                endogenous.add(par.lhs());
            }
        }
        List<String> order = new ArrayList<>(table.observed());
        order.addAll(table.latent());
        List<RSquare> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            RamModel.Implied im = ram.implied(g, theta);
            if (im == null) {
                continue;
            }
            int k = im.k();
            for (String v : order) {
                if (endogenous.contains(v)) {
                    int i = table.indexOf(v);
                    out.add(new RSquare(g + 1, v, 1 - im.s()[i * k + i] / im.omega()[i * k + i]));
                }
            }
        }
        return out;
    }

    /** Fixed.x rows take their values from the sample moments of their group. */
    static void setSampleValues(ParameterTable table, List<double[][]> moments) {
        int p = table.observed().size();
        for (Parameter par : table.rows()) {
            if (!par.exo()) {
                continue;
            }
            double[][] mc = moments.get(par.group() - 1);
            int l = table.indexOf(par.lhs());
            if (par.op().equals(Parameter.INTERCEPT)) {
                table.setSampleValue(par, mc[0][l]);
            } else {
                table.setSampleValue(par, mc[1][l * p + table.indexOf(par.rhs())]);
            }
        }
    }

    private double[] startVector() {
        double[] start = new double[table.freeCount()];
        boolean[] set = new boolean[start.length];
        for (Parameter par : table.rows()) {
            if (par.isFree() && !set[par.free() - 1]) {
                start[par.free() - 1] = par.start();
                set[par.free() - 1] = true;
            }
        }
        return start;
    }

    private double[] covarianceMatrix(MlObjective objective, double[] theta, int nTotal) {
        int q = theta.length;
        double[] info;
        if (options.observedInformation()) {
            info = numericalHessian(objective, theta);
            for (int i = 0; i < q * q; i++) {
                info[i] *= nTotal / 2.0;
            }
        } else {
            info = objective.evaluate(theta, false, true).information();
            for (int i = 0; i < q * q; i++) {
                info[i] *= nTotal;
            }
        }
        double[] vcov = invertChecked(info, q);
        if (vcov == null) {
            warnings.add("The information matrix is singular: the model may not be identified (empirically "
                    + "under-identified); standard errors are not available");
        }
        return vcov;
    }

    /** Inverse of a symmetric information matrix, null when it is (nearly) singular. */
    static double[] invertChecked(double[] info, int q) {
        double[] scaled = new double[q * q];
        double[] d = new double[q];
        for (int i = 0; i < q; i++) {
            d[i] = info[i * q + i] > 0 ? 1 / Math.sqrt(info[i * q + i]) : Double.NaN;
            if (Double.isNaN(d[i])) {
                return null;
            }
        }
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                scaled[i * q + j] = info[i * q + j] * d[i] * d[j];
            }
        }
        double pivot = Matrices.minPivot(scaled, q);
        if (Double.isNaN(pivot) || pivot < 1e-10) {
            return null;
        }
        double[] check = scaled.clone();
        Matrices.invertSpd(check, q);
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                check[i * q + j] *= d[i] * d[j];
            }
        }
        return check;
    }

    private static double[] numericalHessian(MlObjective objective, double[] theta) {
        int q = theta.length;
        double[] h = new double[q * q];
        for (int j = 0; j < q; j++) {
            double step = 1e-5 * Math.max(1, Math.abs(theta[j]));
            double[] tp = theta.clone();
            double[] tm = theta.clone();
            tp[j] += step;
            tm[j] -= step;
            double[] gp = objective.evaluate(tp, true, false).gradient();
            double[] gm = objective.evaluate(tm, true, false).gradient();
            for (int i = 0; i < q; i++) {
                h[i * q + j] = (gp[i] - gm[i]) / (2 * step);
            }
        }
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < i; j++) {
                double a = 0.5 * (h[i * q + j] + h[j * q + i]);
                h[i * q + j] = a;
                h[j * q + i] = a;
            }
        }
        return h;
    }

    double estimateOf(Parameter par, double[] theta) {
        return par.isFree() ? theta[par.free() - 1] : par.value();
    }

    /** Values of the defined parameters (:=) at θ, in table order. */
    double[] definedValues(double[] theta) {
        Map<String, Double> values = new HashMap<>();
        List<Double> out = new ArrayList<>();
        for (Parameter par : table.rows()) {
            if (par.isDefined()) {
                double v = par.expr().evaluate(lab -> {
                    Double d = values.get(lab);
                    return d != null ? d : estimateOf(byLabel.get(lab), theta);
                });
                values.put(par.lhs(), v);
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<ParameterEstimate> buildEstimates(RamModel ram, double[] theta, double[] vcov) {
        int q = theta.length;
        Standardizer std = new Standardizer(table, ram, theta);
        double[] defined = definedValues(theta);
        double[] definedSe = new double[defined.length];
        java.util.Arrays.fill(definedSe, Double.NaN);
        if (vcov != null && defined.length > 0) {
            double[][] jac = new double[defined.length][q];
            for (int j = 0; j < q; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(theta[j]));
                double[] tp = theta.clone();
                double[] tm = theta.clone();
                tp[j] += h;
                tm[j] -= h;
                double[] dp = definedValues(tp);
                double[] dm = definedValues(tm);
                for (int d = 0; d < defined.length; d++) {
                    jac[d][j] = (dp[d] - dm[d]) / (2 * h);
                }
            }
            for (int d = 0; d < defined.length; d++) {
                double v = 0;
                for (int i = 0; i < q; i++) {
                    for (int j = 0; j < q; j++) {
                        v += jac[d][i] * vcov[i * q + j] * jac[d][j];
                    }
                }
                definedSe[d] = Math.sqrt(Math.max(v, 0));
            }
        }
        Map<String, double[]> stdByLabel = new HashMap<>();
        List<ParameterEstimate> out = new ArrayList<>();
        int defIndex = 0;
        for (Parameter par : table.rows()) {
            double est;
            double se;
            double sLv;
            double sAll;
            if (par.isDefined()) {
                est = defined[defIndex];
                se = definedSe[defIndex];
                defIndex++;
                sLv = par.expr().evaluate(lab -> stdByLabel.get(lab)[0]);
                sAll = par.expr().evaluate(lab -> stdByLabel.get(lab)[1]);
            } else {
                est = estimateOf(par, theta);
                se = par.isFree() ? (vcov == null ? Double.NaN : Math.sqrt(Math.max(0, vcov[(par.free() - 1) * (q + 1)]))) : 0.0;
                double[] s = std.of(par, est);
                sLv = s[0];
                sAll = s[1];
            }
            if (!par.label().isEmpty()) {
                stdByLabel.putIfAbsent(par.label(), new double[] {sLv, sAll});
            }
            out.add(row(par, est, se, sLv, sAll));
        }
        return out;
    }

    static ParameterEstimate row(Parameter par, double est, double se, double sLv, double sAll) {
        boolean hasSe = (par.isFree() || par.isDefined()) && se > 0;
        double z = hasSe ? est / se : Double.NaN;
        double pv = hasSe ? Distributions.twoSidedP(z) : Double.NaN;
        double lo = Double.isNaN(se) ? Double.NaN : est - Z975 * se;
        double hi = Double.isNaN(se) ? Double.NaN : est + Z975 * se;
        String rhs = par.op().equals(Parameter.INTERCEPT) ? "" : par.rhs();
        String op = par.op();
        return new ParameterEstimate(par.lhs(), op, rhs, par.group(), par.label(), par.isFree(), est, se, z, pv, lo, hi, sLv, sAll);
    }

    private void checkSolution(RamModel ram, double[] theta) {
        List<String> negative = new ArrayList<>();
        for (Parameter par : table.rows()) {
            if (par.op().equals(Parameter.COVARIANCE) && par.lhs().equals(par.rhs()) && estimateOf(par, theta) < 0) {
                negative.add(par.lhs() + (groups > 1 ? " (group " + par.group() + ")" : ""));
            }
        }
        if (!negative.isEmpty()) {
            warnings.add("Negative variance estimate(s) (Heywood case) for " + String.join(", ", negative)
                    + "; the model may be misspecified or the sample too small");
        }
        int m = table.latent().size();
        if (m == 0) {
            return;
        }
        for (int g = 0; g < groups; g++) {
            RamModel.Implied im = ram.implied(g, theta);
            if (im == null) {
                continue;
            }
            int k = im.k();
            double[] lat = new double[m * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    lat[i * m + j] = im.omega()[(p + i) * k + p + j];
                }
            }
            if (Double.isNaN(Matrices.logDetSpd(lat, m))) {
                warnings.add("The model-implied covariance matrix of the latent variables"
                        + (groups > 1 ? " in group " + (g + 1) : "") + " is not positive definite");
            }
        }
    }

    // accessors for FitCalculator and Bootstrap
    ParameterTable table() {
        return table;
    }

    int groups() {
        return groups;
    }

    int p() {
        return p;
    }

    boolean fiml() {
        return fiml;
    }

    List<Integer> nObs() {
        return nObs;
    }

    List<double[]> groupRows() {
        return groupRows;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<double[][]> moments() {
        return moments;
    }

    SemOptions options() {
        return options;
    }
}
