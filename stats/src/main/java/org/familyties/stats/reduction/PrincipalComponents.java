package org.familyties.stats.reduction;

import java.util.ArrayList;
import java.util.List;

import org.familyties.stats.data.DataTable;

/** Principal component analysis, on the correlation matrix unless asked for the covariance matrix. */
public final class PrincipalComponents {

    private PrincipalComponents() {
    }

    public static PcaResult fit(DataTable table, List<String> variables) {
        return fit(table, variables, true);
    }

    public static PcaResult fit(DataTable table, List<String> variables, boolean correlationMatrix) {
        CompleteCases data = CompleteCases.of(table, variables, variables.size() + 1);
        double[][] cov = Moments.covariance(data.rows());
        double[][] m = correlationMatrix ? Moments.toCorrelation(cov, data.variables()) : cov;
        return ofMatrix(data.variables(), m, correlationMatrix, data.n(), data.totalRows() - data.n());
    }

    static PcaResult ofMatrix(List<String> names, double[][] m, boolean correlationMatrix, int n, int dropped) {
        int p = m.length;
        LinAlg.SymmetricEigen eig = LinAlg.eigenSymmetric(m);
        double total = 0;
        for (double v : eig.values()) {
            total += v;
        }
        List<Double> values = new ArrayList<>();
        List<Double> prop = new ArrayList<>();
        List<Double> cum = new ArrayList<>();
        double running = 0;
        double[][] loadings = new double[p][p];
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            double ev = eig.values()[k];
            values.add(ev);
            prop.add(ev / total);
            running += ev / total;
            cum.add(running);
            columns.add("PC" + (k + 1));
            double root = Math.sqrt(Math.max(ev, 0));
            double sum = 0;
            for (int i = 0; i < p; i++) {
                loadings[i][k] = eig.vectors()[i][k] * root;
                sum += loadings[i][k];
            }
            if (sum < 0) {
                for (int i = 0; i < p; i++) {
                    loadings[i][k] = -loadings[i][k];
                }
            }
        }
        return new PcaResult(names, correlationMatrix, n, dropped, values, prop, cum,
                new LabelledMatrix(names, columns, loadings));
    }
}
