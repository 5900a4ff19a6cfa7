package org.familyties.stats.reliability;

import java.util.ArrayList;
import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.CompleteCases;
import org.familyties.stats.reduction.EfaResult;
import org.familyties.stats.reduction.ExtractionMethod;
import org.familyties.stats.reduction.FactorAnalysis;
import org.familyties.stats.reduction.Moments;
import org.familyties.stats.reduction.Rotation;

/** Cronbach's alpha and McDonald's omega of a set of items, with listwise deletion of incomplete rows. */
public final class ScaleReliability {

    private ScaleReliability() {
    }

    public static ReliabilityResult analyse(DataTable table, List<String> items) {
        if (items.size() < 2) {
            throw new DataException("Reliability needs at least two items");
        }
        CompleteCases data = CompleteCases.of(table, items, 3);
        double[][] cov = Moments.covariance(data.rows());
        double[][] cor = Moments.toCorrelation(cov, data.variables());
        int k = items.size();
        double[] means = Moments.means(data.rows());

        double rSum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    rSum += cor[i][j];
                }
            }
        }
        double rBar = rSum / (k * (k - 1.0));
        double stdAlpha = k * rBar / (1 + (k - 1) * rBar);

        double[] lambda = new double[k];
        double omega = Double.NaN;
        java.util.Arrays.fill(lambda, Double.NaN);
        if (k >= 3) {
            EfaResult one = FactorAnalysis.fitCorrelation(data.variables(), cor, data.n(), 0, 1, ExtractionMethod.ML,
                    Rotation.NONE);
            double sumLambda = 0;
            double sumPsi = 0;
            for (int i = 0; i < k; i++) {
                lambda[i] = one.loadings().get(i, 0);
                double sd = Math.sqrt(cov[i][i]);
                sumLambda += lambda[i] * sd;
                sumPsi += one.uniquenesses().get(i) * cov[i][i];
            }
            omega = sumLambda * sumLambda / (sumLambda * sumLambda + sumPsi);
        }

        List<ItemStatistics> stats = new ArrayList<>();
        for (int item = 0; item < k; item++) {
            List<Integer> rest = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (j != item) {
                    rest.add(j);
                }
            }
            double alphaIfDeleted = rest.size() >= 2 ? alpha(cov, rest) : Double.NaN;
            double covItemRest = 0;
            double varRest = 0;
            for (int a : rest) {
                covItemRest += cov[item][a];
                for (int b : rest) {
                    varRest += cov[a][b];
                }
            }
            double r = covItemRest / Math.sqrt(cov[item][item] * varRest);
            stats.add(new ItemStatistics(items.get(item), means[item], Math.sqrt(cov[item][item]), alphaIfDeleted, r,
                    lambda[item]));
        }
        List<Integer> all = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            all.add(j);
        }
        return new ReliabilityResult(items, data.n(), data.totalRows() - data.n(), alpha(cov, all), stdAlpha, rBar, omega,
                stats);
    }

    private static double alpha(double[][] cov, List<Integer> items) {
        int k = items.size();
        double total = 0;
        double diag = 0;
        for (int a : items) {
            diag += cov[a][a];
            for (int b : items) {
                total += cov[a][b];
            }
        }
        return k / (k - 1.0) * (1 - diag / total);
    }
}
