package org.familyties.stats.reduction;

/**
 * Unrotated factor solutions of a correlation matrix: maximum likelihood as R's {@code factanal} and minimum
 * residual as psych's {@code fa(fm = "minres")}. Both optimise the uniquenesses within [0.005, 1].
 */
final class FactorExtraction {

    static final double LOWER = 0.005;

    record Solution(double[][] loadings, double[] uniquenesses, boolean converged, int iterations) {
    }

    private FactorExtraction() {
    }

    static Solution maximumLikelihood(double[][] r, int factors) {
        int p = r.length;
        double[][] inv = LinAlg.inverse(r);
        double[] start = new double[p];
        for (int i = 0; i < p; i++) {
            start[i] = (1 - 0.5 * factors / p) / inv[i][i];
        }
        BoundedMinimizer.Result res = BoundedMinimizer.minimize(psi -> mlEvaluation(r, factors, psi), start, LOWER, 1,
                1e-10, 2000);
        return new Solution(mlLoadings(r, factors, res.point()), res.point(), res.converged(), res.iterations());
    }

    /** The ML discrepancy at the best loadings for given uniquenesses, and its gradient (as {@code factanal}'s FAfn and FAgr). */
    private static BoundedMinimizer.Evaluation mlEvaluation(double[][] r, int q, double[] psi) {
        int p = r.length;
        LinAlg.SymmetricEigen eig = LinAlg.eigenSymmetric(scaled(r, psi));
        double value = 0;
        for (int k = q; k < p; k++) {
            double e = eig.values()[k];
            value -= Math.log(e) - e;
        }
        value -= p - q;
        double[][] load = loadingsFrom(eig, psi, q);
        double[] grad = new double[p];
        for (int i = 0; i < p; i++) {
            double ll = 0;
            for (int k = 0; k < q; k++) {
                ll += load[i][k] * load[i][k];
            }
            grad[i] = (ll + psi[i] - r[i][i]) / (psi[i] * psi[i]);
        }
        return new BoundedMinimizer.Evaluation(value, grad);
    }

    private static double[][] mlLoadings(double[][] r, int q, double[] psi) {
        return loadingsFrom(LinAlg.eigenSymmetric(scaled(r, psi)), psi, q);
    }

    private static double[][] scaled(double[][] r, double[] psi) {
        int p = r.length;
        double[][] s = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                s[i][j] = r[i][j] / Math.sqrt(psi[i] * psi[j]);
            }
        }
        return s;
    }

    private static double[][] loadingsFrom(LinAlg.SymmetricEigen eig, double[] psi, int q) {
        int p = psi.length;
        double[][] load = new double[p][q];
        for (int k = 0; k < q; k++) {
            double root = Math.sqrt(Math.max(eig.values()[k] - 1, 0));
            for (int i = 0; i < p; i++) {
                load[i][k] = Math.sqrt(psi[i]) * eig.vectors()[i][k] * root;
            }
        }
        return load;
    }

    /**
     * Minimum residual: the uniquenesses that minimise the squared off-diagonal residuals. With the diagonal fitted
     * exactly this is the unweighted least squares problem {@code 1/2 sum over the last p - q eigenvalues of (R - Psi)} squared,
     * whose gradient is {@code diag(LL' + Psi - R)}, the gradient psych uses.
     */
    static Solution minimumResidual(double[][] r, int factors) {
        int p = r.length;
        double[] smc = Moments.smc(r);
        double[] start = new double[p];
        for (int i = 0; i < p; i++) {
            start[i] = r[i][i] - smc[i];
        }
        BoundedMinimizer.Result res = BoundedMinimizer.minimize(psi -> ulsEvaluation(r, factors, psi), start, LOWER, 1,
                1e-10, 2000);
        double[][] load = ulsLoadings(reduced(r, res.point()), factors);
        double[] uniq = new double[p];
        for (int i = 0; i < p; i++) {
            double h2 = 0;
            for (int k = 0; k < factors; k++) {
                h2 += load[i][k] * load[i][k];
            }
            uniq[i] = r[i][i] - h2;
        }
        return new Solution(load, uniq, res.converged(), res.iterations());
    }

    private static BoundedMinimizer.Evaluation ulsEvaluation(double[][] r, int q, double[] psi) {
        int p = r.length;
        double[][] red = reduced(r, psi);
        LinAlg.SymmetricEigen eig = LinAlg.eigenSymmetric(red);
        double value = 0;
        for (int k = q; k < p; k++) {
            value += 0.5 * eig.values()[k] * eig.values()[k];
        }
        double[] grad = new double[p];
        for (int i = 0; i < p; i++) {
            double g = 0;
            for (int k = q; k < p; k++) {
                double v = eig.vectors()[i][k];
                g -= eig.values()[k] * v * v;
            }
            grad[i] = g;
        }
        return new BoundedMinimizer.Evaluation(value, grad);
    }

    private static double[][] reduced(double[][] r, double[] psi) {
        double[][] red = LinAlg.copy(r);
        for (int i = 0; i < r.length; i++) {
            red[i][i] -= psi[i];
        }
        return red;
    }

    private static double[][] ulsLoadings(double[][] reduced, int q) {
        LinAlg.SymmetricEigen eig = LinAlg.eigenSymmetric(reduced);
        int p = reduced.length;
        double[][] load = new double[p][q];
        for (int k = 0; k < q; k++) {
            double root = Math.sqrt(Math.max(eig.values()[k], 0));
            for (int i = 0; i < p; i++) {
                load[i][k] = eig.vectors()[i][k] * root;
            }
        }
        return load;
    }

    /** The ML discrepancy {@code tr(Sigma^-1 R) - log det(Sigma^-1 R) - p} of the model {@code LL' + diag(psi)}. */
    static double mlDiscrepancy(double[][] r, double[][] loadings, double[] uniquenesses) {
        int p = r.length;
        double[][] sigma = LinAlg.multiply(loadings, LinAlg.transpose(loadings));
        for (int i = 0; i < p; i++) {
            sigma[i][i] += uniquenesses[i];
        }
        double[][] prod = LinAlg.multiply(LinAlg.inverse(sigma), r);
        double trace = 0;
        for (int i = 0; i < p; i++) {
            trace += prod[i][i];
        }
        return trace - Math.log(LinAlg.determinant(prod)) - p;
    }
}
