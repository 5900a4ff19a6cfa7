package org.familyties.stats.sem.estimate;

/**
 * Minimises an {@link MlObjective} by Fisher scoring (Newton steps with the expected information as
 * Hessian) with step halving; Levenberg-style damping when the information is singular.
 */
public final class FisherScoring {

    public record Outcome(double[] theta, double f, double[] gradient, int iterations, boolean converged) {
    }

    private final int maxIterations;
    private final double gradientTolerance;

    public FisherScoring() {
        this(500, 1e-9);
    }

    public FisherScoring(int maxIterations, double gradientTolerance) {
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
    }

    public Outcome minimise(MlObjective objective, double[] start) {
        int q = start.length;
        double[] theta = start.clone();
        MlObjective.Value cur = objective.evaluate(theta, true, true);
        if (!cur.finite()) {
            return new Outcome(theta, cur.f(), null, 0, false);
        }
        int it = 0;
        double damping = 0;
        while (it < maxIterations) {
            if (maxAbs(cur.gradient()) < gradientTolerance) {
                return new Outcome(theta, cur.f(), cur.gradient(), it, true);
            }
            it++;
            double[] step = newtonStep(cur, q, damping);
            if (step == null) {
                damping = damping == 0 ? 1e-6 : damping * 10;
                if (damping > 1e6) {
                    break;
                }
                continue;
            }
            double slope = 0;
            for (int i = 0; i < q; i++) {
                slope += step[i] * cur.gradient()[i];
            }
            if (slope >= 0) {
                // not a descent direction: fall back to steepest descent scaled by the diagonal
                for (int i = 0; i < q; i++) {
                    double dii = 2 * cur.information()[i * q + i];
                    step[i] = -cur.gradient()[i] / (dii > 0 ? dii : 1);
                }
                slope = 0;
                for (int i = 0; i < q; i++) {
                    slope += step[i] * cur.gradient()[i];
                }
            }
            double alpha = 1;
            double[] trial = new double[q];
            boolean accepted = false;
            double fTrial = Double.NaN;
            for (int h = 0; h < 40; h++) {
                for (int i = 0; i < q; i++) {
                    trial[i] = theta[i] + alpha * step[i];
                }
                fTrial = objective.value(trial);
                if (Double.isFinite(fTrial) && fTrial <= cur.f() + 1e-4 * alpha * slope) {
                    accepted = true;
                    break;
                }
                alpha *= 0.5;
            }
            if (!accepted) {
                if (Double.isFinite(fTrial) && Math.abs(fTrial - cur.f()) <= 1e-13 * (1 + Math.abs(cur.f()))) {
                    return new Outcome(theta, cur.f(), cur.gradient(), it, maxAbs(cur.gradient()) < 1e-5);
                }
                if (damping < 1e6) {
                    damping = damping == 0 ? 1e-4 : damping * 10;
                    continue;
                }
                return new Outcome(theta, cur.f(), cur.gradient(), it, maxAbs(cur.gradient()) < 1e-5);
            }
            damping = damping > 0 ? damping / 10 : 0;
            if (damping < 1e-8) {
                damping = 0;
            }
            double fOld = cur.f();
            theta = trial.clone();
            cur = objective.evaluate(theta, true, true);
            double change = fOld - cur.f();
            if (change >= 0 && change < 1e-15 * (1 + Math.abs(cur.f())) && maxAbs(cur.gradient()) < 1e-6) {
                return new Outcome(theta, cur.f(), cur.gradient(), it, true);
            }
        }
        return new Outcome(theta, cur.f(), cur.gradient(), it, maxAbs(cur.gradient()) < 1e-6);
    }

    /**
     * Quasi-Newton variant: the inverse Hessian starts as the inverse of twice the expected information and
     * is then updated by BFGS from gradient differences, so the (expensive) information is computed only at
     * the start and after failed line searches. Converges superlinearly where Fisher scoring is linear (FIML).
     */
    public Outcome minimiseQuasiNewton(MlObjective objective, double[] start) {
        int q = start.length;
        double[] theta = start.clone();
        MlObjective.Value cur = objective.evaluate(theta, true, true);
        if (!cur.finite()) {
            return new Outcome(theta, cur.f(), null, 0, false);
        }
        double[] hInv = inverseHessian(cur, q);
        if (hInv == null) {
            return minimise(objective, start);
        }
        int it = 0;
        int failures = 0;
        double[] trial = new double[q];
        while (it < maxIterations) {
            double[] g = cur.gradient();
            if (maxAbs(g) < gradientTolerance) {
                return new Outcome(theta, cur.f(), g, it, true);
            }
            it++;
            double[] step = new double[q];
            double slope = 0;
            for (int i = 0; i < q; i++) {
                double v = 0;
                for (int j = 0; j < q; j++) {
                    v -= hInv[i * q + j] * g[j];
                }
                step[i] = v;
                slope += v * g[i];
            }
            double alpha = 1;
            boolean accepted = false;
            double fTrial = Double.NaN;
            if (slope < 0) {
                for (int h = 0; h < 30; h++) {
                    for (int i = 0; i < q; i++) {
                        trial[i] = theta[i] + alpha * step[i];
                    }
                    fTrial = objective.value(trial);
                    if (Double.isFinite(fTrial) && fTrial <= cur.f() + 1e-4 * alpha * slope) {
                        accepted = true;
                        break;
                    }
                    alpha *= 0.5;
                }
            }
            if (!accepted) {
                if (++failures > 3) {
                    Outcome fallback = minimise(objective, theta);
                    return new Outcome(fallback.theta(), fallback.f(), fallback.gradient(), it + fallback.iterations(), fallback.converged());
                }
                MlObjective.Value fresh = objective.evaluate(theta, true, true);
                double[] h = inverseHessian(fresh, q);
                if (h == null) {
                    Outcome fallback = minimise(objective, theta);
                    return new Outcome(fallback.theta(), fallback.f(), fallback.gradient(), it + fallback.iterations(), fallback.converged());
                }
                hInv = h;
                continue;
            }
            MlObjective.Value next = objective.evaluate(trial, true, false);
            double[] s = new double[q];
            double[] y = new double[q];
            double sy = 0;
            for (int i = 0; i < q; i++) {
                s[i] = trial[i] - theta[i];
                y[i] = next.gradient()[i] - g[i];
                sy += s[i] * y[i];
            }
            if (sy > 1e-14 * Math.sqrt(dot(s, s) * dot(y, y))) {
                bfgsUpdate(hInv, s, y, sy, q);
            }
            double fOld = cur.f();
            theta = trial.clone();
            cur = next;
            if (fOld - cur.f() < 1e-15 * (1 + Math.abs(cur.f())) && maxAbs(cur.gradient()) < 1e-6) {
                return new Outcome(theta, cur.f(), cur.gradient(), it, true);
            }
        }
        return new Outcome(theta, cur.f(), cur.gradient(), it, maxAbs(cur.gradient()) < 1e-6);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** H⁻¹ ← (I − ρ s yᵀ) H⁻¹ (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (sᵀy). */
    private static void bfgsUpdate(double[] hInv, double[] s, double[] y, double sy, int q) {
        double rho = 1 / sy;
        double[] hy = new double[q];
        for (int i = 0; i < q; i++) {
            double v = 0;
            for (int j = 0; j < q; j++) {
                v += hInv[i * q + j] * y[j];
            }
            hy[i] = v;
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                hInv[i * q + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private static double[] inverseHessian(MlObjective.Value v, int q) {
        double[] h = new double[q * q];
        for (int i = 0; i < q * q; i++) {
            h[i] = 2 * v.information()[i];
        }
        return Matrices.inverseSymmetric(h, q);
    }

    private static double[] newtonStep(MlObjective.Value v, int q, double damping) {
        double[] h = new double[q * q];
        for (int i = 0; i < q * q; i++) {
            h[i] = 2 * v.information()[i];
        }
        if (damping > 0) {
            for (int i = 0; i < q; i++) {
                h[i * q + i] += damping * Math.max(h[i * q + i], 1e-8);
            }
        }
        double[] inv = Matrices.inverseSymmetric(h, q);
        if (inv == null) {
            return null;
        }
        double[] step = new double[q];
        for (int i = 0; i < q; i++) {
            double s = 0;
            for (int j = 0; j < q; j++) {
                s -= inv[i * q + j] * v.gradient()[j];
            }
            step[i] = s;
        }
        return step;
    }

    static double maxAbs(double[] x) {
        double m = 0;
        if (x == null) {
            return Double.POSITIVE_INFINITY;
        }
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
