package org.familyties.stats.reduction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.dist.Distributions;

/** Exploratory factor analysis of the correlation matrix of complete cases. */
public final class FactorAnalysis {

    private FactorAnalysis() {
    }

    public static EfaResult fit(DataTable table, List<String> variables, int factors, ExtractionMethod method,
            Rotation rotation) {
        CompleteCases data = CompleteCases.of(table, variables, variables.size() + 2);
        double[][] r = Moments.correlation(data);
        return fitCorrelation(data.variables(), r, data.n(), data.totalRows() - data.n(), factors, method, rotation);
    }

    public static EfaResult fitCorrelation(List<String> names, double[][] r, int n, int rowsDropped, int factors,
            ExtractionMethod method, Rotation rotation) {
        int p = r.length;
        if (factors < 1) {
            throw new DataException("The number of factors must be at least 1");
        }
        double dof = 0.5 * ((p - factors) * (p - factors) - p - factors);
        if (factors >= p || (method == ExtractionMethod.ML && dof < 0)) {
            throw new DataException(factors + " factors are too many for " + p + " variables");
        }
        Moments.requireInvertible(r, names);
        FactorExtraction.Solution sol = method == ExtractionMethod.ML
                ? FactorExtraction.maximumLikelihood(r, factors)
                : FactorExtraction.minimumResidual(r, factors);
        double[] communalities = new double[p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < factors; k++) {
                communalities[i] += sol.loadings()[i][k] * sol.loadings()[i][k];
            }
        }
        Rotations.Rotated rot = Rotations.rotate(sol.loadings(), rotation);
        double[][] phi = rot.phi();
        double[][] load = rot.loadings();

        Integer[] order = new Integer[factors];
        double[] ssq = new double[factors];
        for (int k = 0; k < factors; k++) {
            order[k] = k;
            for (int i = 0; i < p; i++) {
                ssq[k] += load[i][k] * load[i][k];
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -ssq[k]));
        double[] sign = new double[factors];
        double[][] sorted = new double[p][factors];
        for (int k = 0; k < factors; k++) {
            double sum = 0;
            for (int i = 0; i < p; i++) {
                sum += load[i][order[k]];
            }
            sign[k] = sum < 0 ? -1 : 1;
            for (int i = 0; i < p; i++) {
                sorted[i][k] = sign[k] * load[i][order[k]];
            }
        }
        List<String> factorNames = new ArrayList<>();
        for (int k = 0; k < factors; k++) {
            factorNames.add("Factor" + (k + 1));
        }
        Optional<LabelledMatrix> correlations = Optional.empty();
        if (phi != null) {
            double[][] ph = new double[factors][factors];
            for (int a = 0; a < factors; a++) {
                for (int b = 0; b < factors; b++) {
                    ph[a][b] = sign[a] * sign[b] * phi[order[a]][order[b]];
                }
            }
            correlations = Optional.of(new LabelledMatrix(factorNames, factorNames, ph));
        }
        double[] uniq = sol.uniquenesses();
        double discrepancy = FactorExtraction.mlDiscrepancy(r, sol.loadings(), uniq);
        double chi = Double.NaN;
        double pValue = Double.NaN;
        if (dof > 0) {
            chi = (n - 1 - (2.0 * p + 5) / 6 - (2.0 * factors) / 3) * discrepancy;
            pValue = Distributions.chiSquareUpper(chi, dof);
        }
        List<Double> u = new ArrayList<>();
        List<Double> h = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            u.add(uniq[i]);
            h.add(communalities[i]);
        }
        List<String> warnings = new ArrayList<>();
        if (!sol.converged()) {
            warnings.add("The " + method.label() + " estimation did not converge");
        }
        if (!rot.converged()) {
            warnings.add("The " + rotation.label() + " rotation did not converge");
        }
        List<String> heywood = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            if (uniq[i] <= FactorExtraction.LOWER + 1e-6) {
                heywood.add(names.get(i));
            }
        }
        if (!heywood.isEmpty()) {
            warnings.add("Uniqueness at its lower bound " + FactorExtraction.LOWER + " (a Heywood case) for "
                    + String.join(", ", heywood) + "; consider fewer factors");
        }
        return new EfaResult(names, n, rowsDropped, factors, method, rotation,
                new LabelledMatrix(names, factorNames, sorted), correlations, u, h, discrepancy, chi, dof, pValue,
                sol.converged() && rot.converged(), warnings);
    }
}
