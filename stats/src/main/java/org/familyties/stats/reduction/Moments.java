package org.familyties.stats.reduction;

import org.familyties.stats.data.DataException;

/** Means, covariances (divisor n - 1) and correlations of complete data. */
public final class Moments {

    private Moments() {
    }

    public static double[] means(double[][] rows) {
        int p = rows[0].length;
        double[] m = new double[p];
        for (double[] row : rows) {
            for (int j = 0; j < p; j++) {
                m[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            m[j] /= rows.length;
        }
        return m;
    }

    public static double[][] covariance(double[][] rows) {
        int n = rows.length;
        int p = rows[0].length;
        double[] m = means(rows);
        double[][] s = new double[p][p];
        for (double[] row : rows) {
            for (int i = 0; i < p; i++) {
                double di = row[i] - m[i];
                for (int j = i; j < p; j++) {
                    s[i][j] += di * (row[j] - m[j]);
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                s[i][j] /= (n - 1);
                s[j][i] = s[i][j];
            }
        }
        return s;
    }

    public static double[][] toCorrelation(double[][] cov, java.util.List<String> names) {
        int p = cov.length;
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            if (!(cov[i][i] > 0)) {
                throw new DataException("Variable '" + names.get(i) + "' does not vary in the rows used");
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i][j] = i == j ? 1.0 : cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        return r;
    }

    public static double[][] correlation(double[][] rows) {
        double[][] cov = covariance(rows);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < cov.length; j++) {
            names.add("column " + (j + 1));
        }
        return toCorrelation(cov, names);
    }

    public static double[][] correlation(CompleteCases data) {
        return toCorrelation(covariance(data.rows()), data.variables());
    }

    /** Factor analysis needs an invertible correlation matrix: no variable may be a linear combination of others. */
    public static void requireInvertible(double[][] r, java.util.List<String> names) {
        double smallest = LinAlg.eigenSymmetric(r).values()[r.length - 1];
        if (!(smallest > 1e-10)) {
            throw new DataException("The correlation matrix of " + String.join(", ", names)
                    + " is singular: some variables are exact linear combinations of others (or there are too few rows)");
        }
    }

    /** Squared multiple correlations {@code 1 - 1/diag(R^-1)}. */
    public static double[] smc(double[][] r) {
        double[][] inv = LinAlg.inverse(r);
        double[] s = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            s[i] = 1 - 1 / inv[i][i];
        }
        return s;
    }
}
