package org.familyties.stats.sem.estimate;

import java.util.ArrayList;
import java.util.List;

import org.familyties.stats.sem.model.Parameter;
import org.familyties.stats.sem.model.ParameterTable;

/**
 * Reticular action model form of a parameter table: for all k = p + m variables (observed first),
 * directed paths A (k×k, A[to][from]), symmetric (residual) covariances S (k×k) and intercepts m (k).
 * Σ = F (I−A)⁻¹ S (I−A)⁻ᵀ Fᵀ and μ = F (I−A)⁻¹ m, where F selects the observed variables.
 */
public final class RamModel {

    static final int A = 0;
    static final int S = 1;
    static final int M = 2;

    final int p;
    final int k;
    final int groups;
    final int q;
    final boolean meanStructure;
    private final double[][] baseA;
    private final double[][] baseS;
    private final double[][] baseM;
    /** Per group: slots of free parameters (matrix, row, col, parameter 0-based). */
    final int[][] slotMatrix;
    final int[][] slotRow;
    final int[][] slotCol;
    final int[][] slotParam;

    public RamModel(ParameterTable table) {
        this.p = table.observed().size();
        this.k = p + table.latent().size();
        this.groups = table.groups();
        this.q = table.freeCount();
        this.meanStructure = table.meanStructure();
        baseA = new double[groups][k * k];
        baseS = new double[groups][k * k];
        baseM = new double[groups][k];
        slotMatrix = new int[groups][];
        slotRow = new int[groups][];
        slotCol = new int[groups][];
        slotParam = new int[groups][];
        List<List<int[]>> slots = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            slots.add(new ArrayList<>());
        }
        for (Parameter par : table.rows()) {
            if (par.isDefined()) {
                continue;
            }
            int g = par.group() - 1;
            int l = table.indexOf(par.lhs());
            int matrix;
            int row;
            int col;
            switch (par.op()) {
                case Parameter.LOADING -> {
                    matrix = A;
                    row = table.indexOf(par.rhs());
                    col = l;
                }
                case Parameter.REGRESSION -> {
                    matrix = A;
                    row = l;
                    col = table.indexOf(par.rhs());
                }
                case Parameter.COVARIANCE -> {
                    matrix = S;
                    int r = table.indexOf(par.rhs());
                    row = Math.max(l, r);
                    col = Math.min(l, r);
                }
                case Parameter.INTERCEPT -> {
                    matrix = M;
                    row = l;
                    col = 0;
                }
                default -> throw new IllegalStateException(par.op());
            }
            if (par.isFree()) {
                slots.get(g).add(new int[] {matrix, row, col, par.free() - 1});
            } else {
                set(matrix, baseA[g], baseS[g], baseM[g], row, col, par.value());
            }
        }
        for (int g = 0; g < groups; g++) {
            List<int[]> s = slots.get(g);
            slotMatrix[g] = s.stream().mapToInt(a -> a[0]).toArray();
            slotRow[g] = s.stream().mapToInt(a -> a[1]).toArray();
            slotCol[g] = s.stream().mapToInt(a -> a[2]).toArray();
            slotParam[g] = s.stream().mapToInt(a -> a[3]).toArray();
        }
    }

    private void set(int matrix, double[] a, double[] s, double[] m, int row, int col, double v) {
        switch (matrix) {
            case A -> a[row * k + col] = v;
            case S -> {
                s[row * k + col] = v;
                s[col * k + row] = v;
            }
            default -> m[row] = v;
        }
    }

    /** Refreshes the fixed values (fixed.x sample values may have changed, e.g. in a bootstrap draw). */
    public void setFixed(ParameterTable table) {
        for (Parameter par : table.rows()) {
            if (par.isDefined() || par.isFree()) {
                continue;
            }
            int g = par.group() - 1;
            int l = table.indexOf(par.lhs());
            switch (par.op()) {
                case Parameter.COVARIANCE -> {
                    int r = table.indexOf(par.rhs());
                    baseS[g][l * k + r] = par.value();
                    baseS[g][r * k + l] = par.value();
                }
                case Parameter.INTERCEPT -> baseM[g][l] = par.value();
                case Parameter.LOADING -> baseA[g][table.indexOf(par.rhs()) * k + l] = par.value();
                default -> baseA[g][l * k + table.indexOf(par.rhs())] = par.value();
            }
        }
    }

    /** Copies with fixed values private to the copy, for parallel bootstrap draws. */
    public RamModel copy() {
        return new RamModel(this);
    }

    private RamModel(RamModel other) {
        p = other.p;
        k = other.k;
        groups = other.groups;
        q = other.q;
        meanStructure = other.meanStructure;
        baseA = deepCopy(other.baseA);
        baseS = deepCopy(other.baseS);
        baseM = deepCopy(other.baseM);
        slotMatrix = other.slotMatrix;
        slotRow = other.slotRow;
        slotCol = other.slotCol;
        slotParam = other.slotParam;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public void setFixedS(int g, int i, int j, double v) {
        baseS[g][i * k + j] = v;
        baseS[g][j * k + i] = v;
    }

    public void setFixedM(int g, int i, double v) {
        baseM[g][i] = v;
    }

    /** The model-implied moments of group g at θ; null when I − A is singular. */
    public Implied implied(int g, double[] theta) {
        double[] a = baseA[g].clone();
        double[] s = baseS[g].clone();
        double[] m = baseM[g].clone();
        int[] mat = slotMatrix[g];
        for (int t = 0; t < mat.length; t++) {
            double v = theta[slotParam[g][t]];
            set(mat[t], a, s, m, slotRow[g][t], slotCol[g][t], v);
        }
        double[] b = new double[k * k];
        boolean acyclicIdentity = true;
        for (int i = 0; i < k * k; i++) {
            if (a[i] != 0) {
                acyclicIdentity = false;
                break;
            }
        }
        if (acyclicIdentity) {
            for (int i = 0; i < k; i++) {
                b[i * k + i] = 1;
            }
        } else {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    b[i * k + j] = (i == j ? 1 : 0) - a[i * k + j];
                }
            }
            if (!Matrices.invert(b, k)) {
                return null;
            }
        }
        double[] bs = Matrices.mult(b, s, k, k, k);
        double[] omega = Matrices.multTransB(bs, b, k, k, k);
        double[] sigma = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(omega, i * k, sigma, i * p, p);
        }
        double[] bm = Matrices.mult(b, m, k, k, 1);
        double[] mu = new double[p];
        System.arraycopy(bm, 0, mu, 0, p);
        return new Implied(a, s, m, b, omega, sigma, bm, mu, k, p);
    }

    public int totalVariables() {
        return k;
    }

    public int observedCount() {
        return p;
    }

    public int freeCount() {
        return q;
    }

    public int groups() {
        return groups;
    }

    /** Implied moments and intermediates of one group. */
    public record Implied(double[] a, double[] s, double[] m, double[] b, double[] omega, double[] sigma, double[] bm,
                          double[] mu, int k, int p) {
    }
}
