package org.familyties.stats.sem.estimate;

/** Small dense row-major matrix helpers on primitive arrays; sizes are a few dozen at most. */
public final class Matrices {

    private Matrices() {
    }

    /**
     * Inverts a symmetric positive-definite n×n matrix in place via Cholesky.
     *
     * @return log-determinant, or NaN when the matrix is not positive definite (a is then garbage)
     */
    public static double invertSpd(double[] a, int n) {
        double[] l = new double[n * n];
        double logDet = 0;
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0)) {
                return Double.NaN;
            }
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            logDet += 2 * Math.log(ljj);
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / ljj;
            }
        }
        // inverse of L (lower triangular), then A^-1 = L^-T L^-1
        double[] li = new double[n * n];
        for (int i = 0; i < n; i++) {
            li[i * n + i] = 1.0 / l[i * n + i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i * n + k] * li[k * n + j];
                }
                li[i * n + j] = s / l[i * n + i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) {
                    s += li[k * n + i] * li[k * n + j];
                }
                a[i * n + j] = s;
                a[j * n + i] = s;
            }
        }
        return logDet;
    }

    /**
     * Smallest squared Cholesky pivot of a symmetric matrix with unit diagonal (a correlation-scaled
     * information matrix): near 0 when the matrix is (nearly) singular, NaN when it is not positive definite.
     */
    public static double minPivot(double[] a, int n) {
        double[] l = new double[n * n];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0)) {
                return Double.NaN;
            }
            min = Math.min(min, d);
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / ljj;
            }
        }
        return min;
    }

    /** Log-determinant of a symmetric matrix via Cholesky, NaN when not positive definite. */
    public static double logDetSpd(double[] a, int n) {
        return invertSpd(a.clone(), n);
    }

    /** Inverts a general n×n matrix in place (Gauss-Jordan, partial pivoting); false when singular. */
    public static boolean invert(double[] a, int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tiny = 1e-13 * Math.max(scale, 1e-300);
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r * n + c]) > Math.abs(a[piv * n + c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv * n + c]) <= tiny) {
                return false;
            }
            if (piv != c) {
                swapRows(a, n, piv, c);
                swapRows(inv, n, piv, c);
            }
            double d = 1.0 / a[c * n + c];
            for (int j = 0; j < n; j++) {
                a[c * n + j] *= d;
                inv[c * n + j] *= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r * n + c];
                    if (f != 0) {
                        for (int j = 0; j < n; j++) {
                            a[r * n + j] -= f * a[c * n + j];
                            inv[r * n + j] -= f * inv[c * n + j];
                        }
                    }
                }
            }
        }
        System.arraycopy(inv, 0, a, 0, n * n);
        return true;
    }

    private static void swapRows(double[] a, int n, int r1, int r2) {
        for (int j = 0; j < n; j++) {
            double t = a[r1 * n + j];
            a[r1 * n + j] = a[r2 * n + j];
            a[r2 * n + j] = t;
        }
    }

    /** c = a (n×m) · b (m×l). */
    public static double[] mult(double[] a, double[] b, int n, int m, int l) {
        double[] c = new double[n * l];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                double aik = a[i * m + k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < l; j++) {
                    c[i * l + j] += aik * b[k * l + j];
                }
            }
        }
        return c;
    }

    /** c = a (n×m) · bᵀ where b is l×m. */
    public static double[] multTransB(double[] a, double[] b, int n, int m, int l) {
        double[] c = new double[n * l];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < l; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[i * m + k] * b[j * m + k];
                }
                c[i * l + j] = s;
            }
        }
        return c;
    }

    /** Symmetric positive semi-definite solve of (a + ridge) x = b via inversion; null when it fails. */
    public static double[] inverseSymmetric(double[] a, int n) {
        double[] copy = a.clone();
        if (!Double.isNaN(invertSpd(copy, n))) {
            return copy;
        }
        copy = a.clone();
        return invert(copy, n) ? copy : null;
    }

    /** Extracts the sub-matrix of rows/cols idx from an n×n matrix. */
    public static double[] sub(double[] a, int n, int[] idx) {
        int q = idx.length;
        double[] s = new double[q * q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                s[i * q + j] = a[idx[i] * n + idx[j]];
            }
        }
        return s;
    }
}
