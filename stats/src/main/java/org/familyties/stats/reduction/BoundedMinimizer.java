package org.familyties.stats.reduction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * Minimises a smooth function within box bounds by projected limited-memory BFGS: variables held at a bound by
 * their gradient are frozen, the others follow the quasi-Newton direction, and steps are projected back into the box.
 */
final class BoundedMinimizer {

    record Evaluation(double value, double[] gradient) {
    }

    record Result(double[] point, double value, int iterations, boolean converged) {
    }

    private static final int MEMORY = 10;

    private BoundedMinimizer() {
    }

    static Result minimize(Function<double[], Evaluation> f, double[] start, double lower, double upper,
            double gradientTolerance, int maxIterations) {
        int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = clamp(start[i], lower, upper);
        }
        Evaluation e = f.apply(x);
        Deque<double[][]> history = new ArrayDeque<>();
        for (int iter = 0; iter < maxIterations; iter++) {
            double[] g = e.gradient();
            boolean[] free = new boolean[n];
            double pgMax = 0;
            for (int i = 0; i < n; i++) {
                free[i] = !((x[i] <= lower && g[i] > 0) || (x[i] >= upper && g[i] < 0));
                pgMax = Math.max(pgMax, Math.abs(x[i] - clamp(x[i] - g[i], lower, upper)));
            }
            if (pgMax < gradientTolerance) {
                return new Result(x, e.value(), iter, true);
            }
            double[] d = direction(g, free, history);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                slope += d[i] * g[i];
            }
            if (!(slope < 0)) {
                history.clear();
                d = direction(g, free, history);
            }
            double step = 1;
            double[] xNew = null;
            Evaluation eNew = null;
            boolean accepted = false;
            for (int k = 0; k < 60; k++) {
                xNew = new double[n];
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    xNew[i] = clamp(x[i] + step * d[i], lower, upper);
                    decrease += g[i] * (xNew[i] - x[i]);
                }
                eNew = f.apply(xNew);
                if (Double.isFinite(eNew.value()) && eNew.value() <= e.value() + 1e-4 * decrease) {
                    accepted = true;
                    break;
                }
                step /= 2;
            }
            if (!accepted) {
                return new Result(x, e.value(), iter, pgMax < Math.sqrt(gradientTolerance));
            }
            double[] s = new double[n];
            double[] y = new double[n];
            double sy = 0;
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = eNew.gradient()[i] - g[i];
                sy += s[i] * y[i];
            }
            if (sy > 1e-14) {
                history.addLast(new double[][] {s, y});
                if (history.size() > MEMORY) {
                    history.removeFirst();
                }
            }
            boolean stalled = Math.abs(e.value() - eNew.value()) <= 1e-16 * Math.max(1, Math.abs(e.value()));
            x = xNew;
            e = eNew;
            if (stalled) {
                return new Result(x, e.value(), iter + 1, true);
            }
        }
        return new Result(x, e.value(), maxIterations, false);
    }

    /** Two-loop recursion restricted to the free variables. */
    private static double[] direction(double[] g, boolean[] free, Deque<double[][]> history) {
        int n = g.length;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = free[i] ? g[i] : 0;
        }
        double[][][] h = history.toArray(double[][][]::new);
        double[] alpha = new double[h.length];
        double[] rho = new double[h.length];
        for (int k = h.length - 1; k >= 0; k--) {
            double[] s = h[k][0];
            double[] y = h[k][1];
            double sy = dotFree(s, y, free);
            if (sy <= 0) {
                rho[k] = 0;
                continue;
            }
            rho[k] = 1 / sy;
            alpha[k] = rho[k] * dotFree(s, q, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    q[i] -= alpha[k] * y[i];
                }
            }
        }
        double gamma = 1;
        if (h.length > 0) {
            double[] s = h[h.length - 1][0];
            double[] y = h[h.length - 1][1];
            double yy = dotFree(y, y, free);
            double sy = dotFree(s, y, free);
            if (yy > 0 && sy > 0) {
                gamma = sy / yy;
            }
        }
        for (int i = 0; i < n; i++) {
            q[i] *= gamma;
        }
        for (int k = 0; k < h.length; k++) {
            if (rho[k] == 0) {
                continue;
            }
            double[] s = h[k][0];
            double[] y = h[k][1];
            double beta = rho[k] * dotFree(y, q, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    q[i] += s[i] * (alpha[k] - beta);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            q[i] = free[i] ? -q[i] : 0;
        }
        return q;
    }

    private static double dotFree(double[] a, double[] b, boolean[] free) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (free[i]) {
                s += a[i] * b[i];
            }
        }
        return s;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
