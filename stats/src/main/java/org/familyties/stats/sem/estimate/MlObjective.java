package org.familyties.stats.sem.estimate;

import java.util.List;

/**
 * The normal-theory ML discrepancy summed over blocks (groups, or missingness patterns under FIML):
 * F(θ) = Σ (n_b/N) [log|Σ_b| + tr(Σ_b⁻¹ (S_b + d_b d_bᵀ))] with d_b = x̄_b − μ_b; −2 logL/N = F + const.
 * Gradient is analytic; the information is the expected (Fisher) information per case.
 */
public final class MlObjective {

    private final RamModel model;
    private final List<Block> blocks;
    private final int nTotal;

    public MlObjective(RamModel model, List<Block> blocks) {
        this.model = model;
        this.blocks = blocks;
        int n = 0;
        for (Block b : blocks) {
            n += b.n();
        }
        this.nTotal = n;
    }

    public RamModel model() {
        return model;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public int nTotal() {
        return nTotal;
    }

    /** Result of one evaluation; gradient and information are null unless asked for. */
    public record Value(double f, double[] gradient, double[] information) {
        public boolean finite() {
            return Double.isFinite(f);
        }
    }

    public double value(double[] theta) {
        return evaluate(theta, false, false).f();
    }

    public Value evaluate(double[] theta, boolean wantGradient, boolean wantInformation) {
        int q = model.q;
        int k = model.k;
        int p = model.p;
        double f = 0;
        double[] grad = wantGradient ? new double[q] : null;
        double[] info = wantInformation ? new double[q * q] : null;
        RamModel.Implied[] implied = new RamModel.Implied[model.groups];
        for (int g = 0; g < model.groups; g++) {
            implied[g] = model.implied(g, theta);
            if (implied[g] == null) {
                return new Value(Double.POSITIVE_INFINITY, null, null);
            }
        }
        // The gradient is linear in each block's dF/dΣ_b and dF/dμ_b: these are summed into full p×p and p
        // matrices per group, and the chain rule to the parameters is applied once per group, not per block.
        double[][] gSigma = wantGradient ? new double[model.groups][p * p] : null;
        double[][] gMu = wantGradient ? new double[model.groups][p] : null;
        for (Block blk : blocks) {
            int g = blk.group();
            RamModel.Implied im = implied[g];
            int[] idx = blk.observed();
            int po = idx.length;
            double w = (double) blk.n() / nTotal;
            double[] sigInv = Matrices.sub(im.sigma(), p, idx);
            double logDet = Matrices.invertSpd(sigInv, po);
            if (Double.isNaN(logDet)) {
                return new Value(Double.POSITIVE_INFINITY, null, null);
            }
            double[] d = new double[po];
            if (model.meanStructure) {
                for (int i = 0; i < po; i++) {
                    d[i] = blk.mean()[i] - im.mu()[idx[i]];
                }
            }
            // C = S + d dᵀ
            double[] c = blk.cov().clone();
            for (int i = 0; i < po; i++) {
                for (int j = 0; j < po; j++) {
                    c[i * po + j] += d[i] * d[j];
                }
            }
            double tr = 0;
            for (int i = 0; i < po * po; i++) {
                tr += sigInv[i] * c[i];
            }
            f += w * (logDet + tr);
            if (!wantGradient && !wantInformation) {
                continue;
            }
            double[] h = Matrices.mult(sigInv, d, po, po, 1);
            if (wantGradient) {
                // dF_b/dΣ_b = Σ_b⁻¹ − Σ_b⁻¹ C Σ_b⁻¹, dF_b/dμ_b = −2 Σ_b⁻¹ d, scattered to the observed rows/columns
                double[] sc = Matrices.mult(sigInv, c, po, po, po);
                double[] scs = Matrices.mult(sc, sigInv, po, po, po);
                double[] gs = gSigma[g];
                double[] gu = gMu[g];
                for (int i = 0; i < po; i++) {
                    int row = idx[i] * p;
                    for (int j = 0; j < po; j++) {
                        gs[row + idx[j]] += w * (sigInv[i * po + j] - scs[i * po + j]);
                    }
                    gu[idx[i]] += w * h[i];
                }
            }
            if (wantInformation) {
                addInformation(info, blk, im, sigInv, w);
            }
        }
        if (wantGradient) {
            for (int g = 0; g < model.groups; g++) {
                chainRule(g, implied[g], gSigma[g], gMu[g], grad);
            }
        }
        return new Value(f, grad, info);
    }

    /** Adds dF/dθ of one group from the summed dF/dΣ (gs, p×p) and the summed Σ⁻¹d of its blocks (gu). */
    private void chainRule(int g, RamModel.Implied im, double[] gs, double[] gu, double[] grad) {
        int p = model.p;
        int k = model.k;
        int[] mat = model.slotMatrix[g];
        double[] b = im.b();
        double[] omega = im.omega();
        double[] u = new double[p];
        double[] v = new double[p];
        for (int t = 0; t < mat.length; t++) {
            int row = model.slotRow[g][t];
            int col = model.slotCol[g][t];
            int par = model.slotParam[g][t];
            double gradT;
            switch (mat[t]) {
                case RamModel.A -> {
                    for (int i = 0; i < p; i++) {
                        u[i] = b[i * k + row];
                        v[i] = omega[i * k + col];
                    }
                    gradT = 2 * quad(gs, v, u, p);
                    if (model.meanStructure) {
                        gradT -= 2 * dot(gu, u, p) * im.bm()[col];
                    }
                }
                case RamModel.S -> {
                    for (int i = 0; i < p; i++) {
                        u[i] = b[i * k + row];
                        v[i] = b[i * k + col];
                    }
                    gradT = row == col ? quad(gs, u, u, p) : 2 * quad(gs, v, u, p);
                }
                default -> {
                    for (int i = 0; i < p; i++) {
                        u[i] = b[i * k + row];
                    }
                    gradT = -2 * dot(gu, u, p);
                }
            }
            grad[par] += gradT;
        }
    }

    /** Adds the expected information of one block, weight w. */
    private void addInformation(double[] info, Block blk, RamModel.Implied im, double[] sigInv, double w) {
        int q = model.q;
        int k = model.k;
        int g = blk.group();
        int[] idx = blk.observed();
        int po = idx.length;
        double[][] dSigma = new double[q][];
        double[][] dMu = new double[q][];
        int[] mat = model.slotMatrix[g];
        double[] b = im.b();
        double[] omega = im.omega();
        double[] u = new double[po];
        double[] v = new double[po];
        for (int t = 0; t < mat.length; t++) {
            int row = model.slotRow[g][t];
            int col = model.slotCol[g][t];
            int par = model.slotParam[g][t];
            switch (mat[t]) {
                case RamModel.A -> {
                    for (int i = 0; i < po; i++) {
                        u[i] = b[idx[i] * k + row];
                        v[i] = omega[idx[i] * k + col];
                    }
                    addOuter(dSigma, par, u, v, po, true);
                    if (model.meanStructure) {
                        addScaled(dMu, par, u, im.bm()[col], po);
                    }
                }
                case RamModel.S -> {
                    for (int i = 0; i < po; i++) {
                        u[i] = b[idx[i] * k + row];
                        v[i] = b[idx[i] * k + col];
                    }
                    if (row == col) {
                        addOuter(dSigma, par, u, u, po, false);
                    } else {
                        addOuter(dSigma, par, u, v, po, true);
                    }
                }
                default -> {
                    for (int i = 0; i < po; i++) {
                        u[i] = b[idx[i] * k + row];
                    }
                    addScaled(dMu, par, u, 1.0, po);
                }
            }
        }
        double[][] ms = new double[q][];
        double[][] hm = new double[q][];
        for (int s = 0; s < q; s++) {
            if (dSigma[s] != null) {
                ms[s] = Matrices.mult(sigInv, dSigma[s], po, po, po);
            }
            if (dMu[s] != null) {
                hm[s] = Matrices.mult(sigInv, dMu[s], po, po, 1);
            }
        }
        for (int s = 0; s < q; s++) {
            for (int t = s; t < q; t++) {
                double val = 0;
                if (ms[s] != null && ms[t] != null) {
                    double tr2 = 0;
                    double[] a1 = ms[s];
                    double[] a2 = ms[t];
                    for (int i = 0; i < po; i++) {
                        for (int j = 0; j < po; j++) {
                            tr2 += a1[i * po + j] * a2[j * po + i];
                        }
                    }
                    val += 0.5 * tr2;
                }
                if (hm[s] != null && dMu[t] != null) {
                    val += dot(hm[s], dMu[t], po);
                }
                if (val != 0) {
                    info[s * q + t] += w * val;
                    if (s != t) {
                        info[t * q + s] += w * val;
                    }
                }
            }
        }
    }

    private static double quad(double[] m, double[] x, double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double r = 0;
            for (int j = 0; j < n; j++) {
                r += m[i * n + j] * y[j];
            }
            s += x[i] * r;
        }
        return s;
    }

    private static double dot(double[] x, double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static void addOuter(double[][] target, int par, double[] u, double[] v, int n, boolean symmetrise) {
        if (target[par] == null) {
            target[par] = new double[n * n];
        }
        double[] t = target[par];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[i * n + j] += symmetrise ? u[i] * v[j] + v[i] * u[j] : u[i] * v[j];
            }
        }
    }

    private static void addScaled(double[][] target, int par, double[] u, double scale, int n) {
        if (target[par] == null) {
            target[par] = new double[n];
        }
        for (int i = 0; i < n; i++) {
            target[par][i] += scale * u[i];
        }
    }
}
