package org.familyties.stats.reduction;

/** The rotation algorithms, written to follow R's {@code varimax}/{@code promax} and GPArotation step by step. */
final class Rotations {

    /** Rotated loadings with the factor correlations ({@code null} for an orthogonal rotation). */
    record Rotated(double[][] loadings, double[][] phi, boolean converged) {
    }

    private Rotations() {
    }

    static Rotated rotate(double[][] a, Rotation rotation) {
        if (a[0].length < 2 || rotation == Rotation.NONE) {
            return new Rotated(LinAlg.copy(a), null, true);
        }
        return switch (rotation) {
            case VARIMAX -> {
                Varimax v = varimax(a, true, 1e-5);
                yield new Rotated(v.loadings, null, v.converged);
            }
            case PROMAX -> promax(a, 4);
            case OBLIMIN -> oblimin(a, 0.0, 1e-5, 1000);
            case NONE -> throw new IllegalStateException();
        };
    }

    private record Varimax(double[][] loadings, double[][] rotmat, boolean converged) {
    }

    private static Varimax varimax(double[][] x0, boolean normalize, double eps) {
        int p = x0.length;
        int nc = x0[0].length;
        double[][] x = LinAlg.copy(x0);
        double[] sc = new double[p];
        if (normalize) {
            for (int i = 0; i < p; i++) {
                double s = 0;
                for (int k = 0; k < nc; k++) {
                    s += x[i][k] * x[i][k];
                }
                sc[i] = Math.sqrt(s);
                for (int k = 0; k < nc; k++) {
                    x[i][k] /= sc[i];
                }
            }
        }
        double[][] tt = LinAlg.identity(nc);
        double d = 0;
        boolean converged = false;
        for (int iter = 0; iter < 1000; iter++) {
            double[][] z = LinAlg.multiply(x, tt);
            double[] colSq = new double[nc];
            for (double[] row : z) {
                for (int k = 0; k < nc; k++) {
                    colSq[k] += row[k] * row[k];
                }
            }
            double[][] target = new double[p][nc];
            for (int i = 0; i < p; i++) {
                for (int k = 0; k < nc; k++) {
                    target[i][k] = Math.pow(z[i][k], 3) - z[i][k] * colSq[k] / p;
                }
            }
            LinAlg.Polar polar = LinAlg.polar(LinAlg.multiply(LinAlg.transpose(x), target));
            tt = polar.orthogonal();
            double dPast = d;
            d = polar.singularValueSum();
            if (d < dPast * (1 + eps)) {
                converged = true;
                break;
            }
        }
        double[][] z = LinAlg.multiply(x, tt);
        if (normalize) {
            for (int i = 0; i < p; i++) {
                for (int k = 0; k < nc; k++) {
                    z[i][k] *= sc[i];
                }
            }
        }
        return new Varimax(z, tt, converged);
    }

    private static Rotated promax(double[][] a, int m) {
        Varimax v = varimax(a, true, 1e-5);
        double[][] x = v.loadings;
        int p = x.length;
        int nc = x[0].length;
        double[][] q = new double[p][nc];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < nc; k++) {
                q[i][k] = x[i][k] * Math.pow(Math.abs(x[i][k]), m - 1);
            }
        }
        double[][] xt = LinAlg.transpose(x);
        double[][] u = LinAlg.multiply(LinAlg.inverse(LinAlg.multiply(xt, x)), LinAlg.multiply(xt, q));
        double[][] utuInv = LinAlg.inverse(LinAlg.multiply(LinAlg.transpose(u), u));
        for (int i = 0; i < nc; i++) {
            for (int k = 0; k < nc; k++) {
                u[i][k] *= Math.sqrt(utuInv[k][k]);
            }
        }
        double[][] z = LinAlg.multiply(x, u);
        double[][] rotmat = LinAlg.multiply(v.rotmat, u);
        double[][] inv = LinAlg.inverse(rotmat);
        double[][] phi = LinAlg.multiply(inv, LinAlg.transpose(inv));
        return new Rotated(z, phi, v.converged);
    }

    /** GPArotation's {@code GPFoblq} with the oblimin criterion, unnormalised, from the identity. */
    private static Rotated oblimin(double[][] a, double gamma, double eps, int maxit) {
        int nc = a[0].length;
        double[][] tmat = LinAlg.identity(nc);
        double alpha = 1;
        double[][] l = LinAlg.multiply(a, LinAlg.transpose(LinAlg.inverse(tmat)));
        Criterion c = obliminCriterion(l, gamma);
        double f = c.value;
        double[][] g = obliqueGradient(l, c.gradient, tmat);
        boolean converged = false;
        for (int iter = 0; iter <= maxit; iter++) {
            double[][] gp = new double[nc][nc];
            for (int k = 0; k < nc; k++) {
                double colDot = 0;
                for (int i = 0; i < nc; i++) {
                    colDot += tmat[i][k] * g[i][k];
                }
                for (int i = 0; i < nc; i++) {
                    gp[i][k] = g[i][k] - tmat[i][k] * colDot;
                }
            }
            double s = 0;
            for (double[] row : gp) {
                for (double v : row) {
                    s += v * v;
                }
            }
            s = Math.sqrt(s);
            if (s < eps) {
                converged = true;
                break;
            }
            alpha *= 2;
            double[][] tNew = null;
            Criterion cNew = null;
            double[][] lNew = null;
            for (int i = 0; i <= 10; i++) {
                tNew = new double[nc][nc];
                for (int k = 0; k < nc; k++) {
                    double norm = 0;
                    for (int r = 0; r < nc; r++) {
                        tNew[r][k] = tmat[r][k] - alpha * gp[r][k];
                        norm += tNew[r][k] * tNew[r][k];
                    }
                    norm = Math.sqrt(norm);
                    for (int r = 0; r < nc; r++) {
                        tNew[r][k] /= norm;
                    }
                }
                lNew = LinAlg.multiply(a, LinAlg.transpose(LinAlg.inverse(tNew)));
                cNew = obliminCriterion(lNew, gamma);
                if (f - cNew.value > 0.5 * s * s * alpha) {
                    break;
                }
                alpha /= 2;
            }
            tmat = tNew;
            f = cNew.value;
            l = lNew;
            g = obliqueGradient(l, cNew.gradient, tmat);
        }
        double[][] phi = LinAlg.multiply(LinAlg.transpose(tmat), tmat);
        return new Rotated(l, phi, converged);
    }

    private record Criterion(double value, double[][] gradient) {
    }

    private static Criterion obliminCriterion(double[][] l, double gamma) {
        int p = l.length;
        int nc = l[0].length;
        double[][] sq = new double[p][nc];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < nc; k++) {
                sq[i][k] = l[i][k] * l[i][k];
            }
        }
        double[][] x = new double[p][nc];
        for (int i = 0; i < p; i++) {
            double rowSum = 0;
            for (int k = 0; k < nc; k++) {
                rowSum += sq[i][k];
            }
            for (int k = 0; k < nc; k++) {
                x[i][k] = rowSum - sq[i][k];
            }
        }
        if (gamma != 0) {
            double[] colMean = new double[nc];
            for (int i = 0; i < p; i++) {
                for (int k = 0; k < nc; k++) {
                    colMean[k] += x[i][k] / p;
                }
            }
            for (int i = 0; i < p; i++) {
                for (int k = 0; k < nc; k++) {
                    x[i][k] -= gamma * colMean[k];
                }
            }
        }
        double f = 0;
        double[][] gq = new double[p][nc];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < nc; k++) {
                gq[i][k] = l[i][k] * x[i][k];
                f += sq[i][k] * x[i][k];
            }
        }
        return new Criterion(f / 4, gq);
    }

    /** {@code -t(t(L) %*% Gq %*% solve(T))}. */
    private static double[][] obliqueGradient(double[][] l, double[][] gq, double[][] tmat) {
        double[][] m = LinAlg.multiply(LinAlg.multiply(LinAlg.transpose(l), gq), LinAlg.inverse(tmat));
        double[][] g = LinAlg.transpose(m);
        for (double[] row : g) {
            for (int k = 0; k < row.length; k++) {
                row[k] = -row[k];
            }
        }
        return g;
    }
}
