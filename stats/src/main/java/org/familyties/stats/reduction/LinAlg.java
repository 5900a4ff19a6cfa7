package org.familyties.stats.reduction;

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/** Small dense matrix helpers on {@code double[row][col]} arrays, backed by EJML where it matters. */
public final class LinAlg {

    private LinAlg() {
    }

    /** Eigen-decomposition of a symmetric matrix, eigenvalues in decreasing order. */
    public record SymmetricEigen(double[] values, double[][] vectors) {
        /** Column {@code k} of {@link #vectors()}, the eigenvector of {@code values()[k]}. */
        public double[] vector(int k) {
            double[] v = new double[vectors.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = vectors[i][k];
            }
            return v;
        }
    }

    public static SymmetricEigen eigenSymmetric(double[][] a) {
        int n = a.length;
        DMatrixRMaj m = new DMatrixRMaj(a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            throw new ArithmeticException("Eigen-decomposition failed");
        }
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            raw[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> raw[i]).reversed());
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = raw[order[k]];
            DMatrixRMaj v = eig.getEigenVector(order[k]);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += v.get(i, 0) * v.get(i, 0);
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                vectors[i][k] = v.get(i, 0) / norm;
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    public static double[][] inverse(double[][] a) {
        DMatrixRMaj m = new DMatrixRMaj(a);
        DMatrixRMaj inv = new DMatrixRMaj(a.length, a.length);
        if (!CommonOps_DDRM.invert(m, inv)) {
            throw new ArithmeticException("Matrix is singular");
        }
        return toArray(inv);
    }

    public static double determinant(double[][] a) {
        return CommonOps_DDRM.det(new DMatrixRMaj(a));
    }

    /** Orthogonal polar factor {@code U V'} of the singular value decomposition, and the sum of singular values. */
    public record Polar(double[][] orthogonal, double singularValueSum) {
    }

    public static Polar polar(double[][] a) {
        DMatrixRMaj m = new DMatrixRMaj(a);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols, true, true, true);
        if (!svd.decompose(m)) {
            throw new ArithmeticException("Singular value decomposition failed");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        DMatrixRMaj uvt = new DMatrixRMaj(u.numRows, v.numRows);
        CommonOps_DDRM.multTransB(u, v, uvt);
        double sum = 0;
        for (double s : svd.getSingularValues()) {
            sum += s;
        }
        return new Polar(toArray(uvt), sum);
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double ail = a[i][l];
                if (ail == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    c[i][j] += ail * b[l][j];
                }
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    public static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }
}
