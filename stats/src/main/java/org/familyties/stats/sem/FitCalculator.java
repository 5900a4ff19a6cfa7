package org.familyties.stats.sem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.stats.dist.Distributions;
import org.familyties.stats.sem.estimate.Block;
import org.familyties.stats.sem.estimate.Matrices;
import org.familyties.stats.sem.estimate.MlObjective;
import org.familyties.stats.sem.estimate.RamModel;
import org.familyties.stats.sem.estimate.SampleMoments;
import org.familyties.stats.sem.model.ParameterTable;

/** lavaan's fit measures from their closed forms. */
final class FitCalculator {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private FitCalculator() {
    }

    static Map<String, Double> compute(SemFitter fitter, MlObjective objective, double fModel, double[] theta) {
        ParameterTable table = fitter.table();
        int p = fitter.p();
        int groups = fitter.groups();
        boolean means = table.meanStructure();
        int nTotal = objective.nTotal();
        int npar = table.freeCount();
        int px = table.exogenousObserved().size();
        List<Block> blocks = fitter.blocks();

        // −2 logL of the model, the saturated model (H1) and the independence (baseline) model
        double m2llModel = nTotal * fModel;
        double m2llH1 = 0;
        double m2llBase = 0;
        for (Block b : blocks) {
            m2llModel += b.n() * b.size() * LOG_2PI;
        }
        for (int g = 0; g < groups; g++) {
            final int gg = g;
            List<Block> gb = blocks.stream().filter(b -> b.group() == gg).toList();
            double[][] mc = fitter.moments().get(g);
            m2llH1 += SampleMoments.minusTwoLogL(gb, mc[0], mc[1], p);
            m2llBase += baselineMinusTwoLogL(gb, mc, p, table, fitter.fiml());
        }
        // with fixed.x lavaan reports the likelihood conditional on the covariates: drop their marginal part
        double m2llX = 0;
        if (px > 0) {
            int[] xi = table.exogenousObserved().stream().mapToInt(table.observed()::indexOf).toArray();
            for (int g = 0; g < groups; g++) {
                double[] sxx = Matrices.sub(fitter.moments().get(g)[1], p, xi);
                m2llX += fitter.nObs().get(g) * (px * LOG_2PI + Matrices.logDetSpd(sxx, px) + px);
            }
        }
        double logl = -0.5 * (m2llModel - m2llX);
        double unrestricted = -0.5 * (m2llH1 - m2llX);
        double chisq = Math.max(0, m2llModel - m2llH1);
        if (Math.abs(m2llModel - m2llH1) < 1e-9 * Math.abs(m2llH1)) {
            chisq = 0;
        }
        int perGroupStats = p * (p + 1) / 2 + (means ? p : 0);
        int perGroupX = px * (px + 1) / 2 + (means ? px : 0);
        int df = groups * (perGroupStats - perGroupX) - npar;
        // baseline: independence among all but the covariates, whose block stays saturated
        int pc = table.covariates().size();
        int baseDf = groups * (perGroupStats - (pc * (pc + 1) / 2 + (means ? pc : 0)) - (p - pc) * (means ? 2 : 1));
        double baseChisq = m2llBase - m2llH1;

        Map<String, Double> fit = new LinkedHashMap<>();
        fit.put("npar", (double) npar);
        fit.put("fmin", chisq / (2.0 * nTotal));
        fit.put("chisq", chisq);
        fit.put("df", (double) df);
        fit.put("pvalue", df > 0 ? Distributions.chiSquareUpper(chisq, df) : Double.NaN);
        fit.put("baseline.chisq", baseChisq);
        fit.put("baseline.df", (double) baseDf);
        fit.put("baseline.pvalue", baseDf > 0 ? Distributions.chiSquareUpper(baseChisq, baseDf) : Double.NaN);
        double num = Math.max(chisq - df, 0);
        double den = Math.max(Math.max(chisq - df, baseChisq - baseDf), 0);
        fit.put("cfi", den == 0 ? 1.0 : 1 - num / den);
        double tli;
        if (df == 0) {
            tli = 1.0;
        } else {
            double t1 = baseChisq / baseDf;
            tli = (t1 - chisq / df) / (t1 - 1);
        }
        fit.put("tli", tli);
        fit.put("logl", logl);
        fit.put("unrestricted.logl", unrestricted);
        fit.put("aic", -2 * logl + 2 * npar);
        fit.put("bic", -2 * logl + npar * Math.log(nTotal));
        fit.put("ntotal", (double) nTotal);
        fit.put("bic2", -2 * logl + npar * Math.log((nTotal + 2) / 24.0));
        double gFactor = Math.sqrt(groups);
        if (df > 0) {
            fit.put("rmsea", Math.sqrt(Math.max(chisq - df, 0) / (df * (double) nTotal)) * gFactor);
            double lower = 0;
            if (Distributions.chiSquareCdf(chisq, df) >= 0.95) {
                lower = Distributions.noncentralityFor(chisq, df, 0.95);
            }
            double upper = 0;
            if (Distributions.chiSquareCdf(chisq, df) >= 0.05) {
                upper = Distributions.noncentralityFor(chisq, df, 0.05);
            }
            fit.put("rmsea.ci.lower", Math.sqrt(lower / (df * (double) nTotal)) * gFactor);
            fit.put("rmsea.ci.upper", Math.sqrt(upper / (df * (double) nTotal)) * gFactor);
            double ncp0 = 0.05 * 0.05 * df * nTotal / groups;
            fit.put("rmsea.pvalue", 1 - Distributions.noncentralChiSquareCdf(chisq, df, ncp0));
        } else {
            fit.put("rmsea", 0.0);
            fit.put("rmsea.ci.lower", 0.0);
            fit.put("rmsea.ci.upper", 0.0);
            fit.put("rmsea.pvalue", Double.NaN);
        }
        fit.put("srmr", srmr(fitter, objective.model(), theta));
        return fit;
    }

    /** Independence model: free means and variances (fixed.x covariates keep their sample block). */
    private static double baselineMinusTwoLogL(List<Block> blocks, double[][] mc, int p, ParameterTable table, boolean fiml) {
        double[] cov = new double[p * p];
        double[] mean = mc[0].clone();
        List<String> ov = table.observed();
        List<String> xs = table.covariates();
        if (fiml) {
            // per-variable ML from the available cases
            double[] sum = new double[p];
            double[] sumSq = new double[p];
            int[] count = new int[p];
            for (Block b : blocks) {
                for (int i = 0; i < b.size(); i++) {
                    int v = b.observed()[i];
                    count[v] += b.n();
                    sum[v] += b.n() * b.mean()[i];
                }
            }
            for (int v = 0; v < p; v++) {
                mean[v] = sum[v] / count[v];
            }
            for (Block b : blocks) {
                for (int i = 0; i < b.size(); i++) {
                    int v = b.observed()[i];
                    double d = b.mean()[i] - mean[v];
                    sumSq[v] += b.n() * (b.cov()[i * b.size() + i] + d * d);
                }
            }
            for (int v = 0; v < p; v++) {
                cov[v * p + v] = sumSq[v] / count[v];
            }
        } else {
            for (int v = 0; v < p; v++) {
                cov[v * p + v] = mc[1][v * p + v];
            }
        }
        for (String a : xs) {
            for (String b : xs) {
                int i = ov.indexOf(a);
                int j = ov.indexOf(b);
                cov[i * p + j] = mc[1][i * p + j];
            }
        }
        return SampleMoments.minusTwoLogL(blocks, mean, cov, p);
    }

    /** Bentler's SRMR: residual correlations standardised by the sample SDs, with mean residuals under a mean structure. */
    static double srmr(SemFitter fitter, RamModel ram, double[] theta) {
        int p = fitter.p();
        boolean means = fitter.table().meanStructure();
        int nTotal = 0;
        for (int n : fitter.nObs()) {
            nTotal += n;
        }
        double weighted = 0;
        for (int g = 0; g < fitter.groups(); g++) {
            RamModel.Implied im = ram.implied(g, theta);
            if (im == null) {
                return Double.NaN;
            }
            double[][] mc = fitter.moments().get(g);
            double sum = 0;
            int count = 0;
            for (int i = 0; i < p; i++) {
                double si = Math.sqrt(mc[1][i * p + i]);
                for (int j = 0; j <= i; j++) {
                    double sj = Math.sqrt(mc[1][j * p + j]);
                    double r = (mc[1][i * p + j] - im.sigma()[i * p + j]) / (si * sj);
                    sum += r * r;
                    count++;
                }
                if (means) {
                    double r = (mc[0][i] - im.mu()[i]) / si;
                    sum += r * r;
                    count++;
                }
            }
            weighted += fitter.nObs().get(g) * Math.sqrt(sum / count);
        }
        // several groups: lavaan weights the groups' SRMR by their sizes
        return weighted / nTotal;
    }
}
