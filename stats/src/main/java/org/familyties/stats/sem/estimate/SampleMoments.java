package org.familyties.stats.sem.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Means, covariances (divisor n) and missingness patterns of row-major data. */
public final class SampleMoments {

    private SampleMoments() {
    }

    /** Mean (p) and covariance (p×p, divisor n) of n complete rows; one pass, shifted by the first row for accuracy. */
    public static double[][] meanAndCov(double[] rows, int n, int p) {
        double[] shift = new double[p];
        if (n > 0) {
            System.arraycopy(rows, 0, shift, 0, p);
        }
        double[] sum = new double[p];
        double[] cross = new double[p * p];
        double[] d = new double[p];
        for (int r = 0; r < n; r++) {
            int off = r * p;
            for (int i = 0; i < p; i++) {
                d[i] = rows[off + i] - shift[i];
                sum[i] += d[i];
            }
            for (int i = 0; i < p; i++) {
                double di = d[i];
                int base = i * p;
                for (int j = 0; j <= i; j++) {
                    cross[base + j] += di * d[j];
                }
            }
        }
        double[] mean = new double[p];
        double[] cov = new double[p * p];
        for (int i = 0; i < p; i++) {
            mean[i] = shift[i] + sum[i] / n;
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double c = cross[i * p + j] / n - (sum[i] / n) * (sum[j] / n);
                cov[i * p + j] = c;
                cov[j * p + i] = c;
            }
        }
        return new double[][] {mean, cov};
    }

    private static final int CHUNK = 1 << 16;

    /**
     * Mean and covariance (divisor n) of the complete rows of one group, read straight from the columns in one
     * pass. Large data are summed in fixed chunks in parallel and combined in chunk order, so the result does
     * not depend on the number of threads.
     *
     * @param groupOf group of each row, or null when there is one group
     * @return {mean, cov, {n}}
     */
    public static double[][] completeCaseMoments(double[][] cols, int[] groupOf, int group) {
        int p = cols.length;
        int rows = p == 0 ? 0 : cols[0].length;
        double[] shift = null;
        for (int r = 0; r < rows && shift == null; r++) {
            if (usable(cols, groupOf, group, r, p)) {
                shift = new double[p];
                for (int i = 0; i < p; i++) {
                    shift[i] = cols[i][r];
                }
            }
        }
        double[] mean = new double[p];
        double[] cov = new double[p * p];
        if (shift == null) {
            return new double[][] {mean, cov, {0}};
        }
        int chunks = (rows + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        final double[] sh = shift;
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
        (chunks > 2 ? range.parallel() : range).forEach(c -> partial[c] = chunkSums(cols, groupOf, group, sh,
                c * CHUNK, Math.min(rows, (c + 1) * CHUNK)));
        double[] acc = new double[p + p * p + 1];
        for (double[] part : partial) {
            for (int i = 0; i < acc.length; i++) {
                acc[i] += part[i];
            }
        }
        int n = (int) acc[p + p * p];
        for (int i = 0; i < p; i++) {
            mean[i] = shift[i] + acc[i] / n;
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double c = acc[p + i * p + j] / n - (acc[i] / n) * (acc[j] / n);
                cov[i * p + j] = c;
                cov[j * p + i] = c;
            }
        }
        return new double[][] {mean, cov, {n}};
    }

    private static boolean usable(double[][] cols, int[] groupOf, int group, int r, int p) {
        if (groupOf != null && groupOf[r] != group) {
            return false;
        }
        for (int i = 0; i < p; i++) {
            if (Double.isNaN(cols[i][r])) {
                return false;
            }
        }
        return true;
    }

    /** {sums (p), lower-triangle cross-products (p×p), count} of shifted complete rows in [from, to). */
    private static double[] chunkSums(double[][] cols, int[] groupOf, int group, double[] shift, int from, int to) {
        int p = cols.length;
        double[] sum = new double[p];
        double[] cross = new double[p * p];
        double[] d = new double[p];
        int n = 0;
        for (int r = from; r < to; r++) {
            if (groupOf != null && groupOf[r] != group) {
                continue;
            }
            boolean complete = true;
            for (int i = 0; i < p; i++) {
                double v = cols[i][r];
                if (v != v) {
                    complete = false;
                    break;
                }
                d[i] = v - shift[i];
            }
            if (!complete) {
                continue;
            }
            for (int i = 0; i < p; i++) {
                double di = d[i];
                sum[i] += di;
                int base = i * p;
                for (int j = 0; j <= i; j++) {
                    cross[base + j] += di * d[j];
                }
            }
            n++;
        }
        double[] out = new double[p + p * p + 1];
        System.arraycopy(sum, 0, out, 0, p);
        System.arraycopy(cross, 0, out, p, p * p);
        out[p + p * p] = n;
        return out;
    }

    /** Groups rows by which variables are present; rows with nothing present are skipped. */
    public static List<Block> patterns(int group, double[] rows, int n, int p) {
        Map<String, List<Integer>> byPattern = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            StringBuilder key = new StringBuilder(p);
            boolean any = false;
            for (int i = 0; i < p; i++) {
                boolean present = !Double.isNaN(rows[r * p + i]);
                key.append(present ? '1' : '0');
                any |= present;
            }
            if (any) {
                byPattern.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(r);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byPattern.entrySet()) {
            String key = e.getKey();
            int[] idx = new int[key.replace("0", "").length()];
            int c = 0;
            for (int i = 0; i < p; i++) {
                if (key.charAt(i) == '1') {
                    idx[c++] = i;
                }
            }
            List<Integer> members = e.getValue();
            double[] sub = new double[members.size() * idx.length];
            for (int r = 0; r < members.size(); r++) {
                for (int i = 0; i < idx.length; i++) {
                    sub[r * idx.length + i] = rows[members.get(r) * p + idx[i]];
                }
            }
            double[][] mc = meanAndCov(sub, members.size(), idx.length);
            blocks.add(new Block(group, idx, members.size(), mc[0], mc[1]));
        }
        return blocks;
    }

    /** −2 log-likelihood contributions summed: Σ n_b [p_b log 2π + log|Σ_b| + tr(Σ_b⁻¹(S_b + d dᵀ))]; NaN if not PD. */
    public static double minusTwoLogL(List<Block> blocks, double[] mean, double[] cov, int p) {
        double total = 0;
        for (Block b : blocks) {
            int[] idx = b.observed();
            int po = idx.length;
            double[] inv = Matrices.sub(cov, p, idx);
            double logDet = Matrices.invertSpd(inv, po);
            if (Double.isNaN(logDet)) {
                return Double.NaN;
            }
            double tr = 0;
            for (int i = 0; i < po; i++) {
                double di = b.mean()[i] - mean[idx[i]];
                for (int j = 0; j < po; j++) {
                    double dj = b.mean()[j] - mean[idx[j]];
                    tr += inv[i * po + j] * (b.cov()[i * po + j] + di * dj);
                }
            }
            total += b.n() * (po * Math.log(2 * Math.PI) + logDet + tr);
        }
        return total;
    }

    /**
     * Saturated (unrestricted) mean and covariance of incomplete data by EM.
     *
     * @return {mean, cov}
     */
    public static double[][] saturatedEm(List<Block> blocks, int p, int maxIterations) {
        int nTotal = 0;
        double[] mean = new double[p];
        double[] cov = new double[p * p];
        int[] count = new int[p];
        for (Block b : blocks) {
            nTotal += b.n();
            for (int i = 0; i < b.size(); i++) {
                int v = b.observed()[i];
                count[v] += b.n();
                mean[v] += b.n() * b.mean()[i];
            }
        }
        for (int v = 0; v < p; v++) {
            mean[v] /= count[v];
        }
        for (Block b : blocks) {
            for (int i = 0; i < b.size(); i++) {
                int v = b.observed()[i];
                double d = b.mean()[i] - mean[v];
                cov[v * p + v] += b.n() * (b.cov()[i * b.size() + i] + d * d);
            }
        }
        for (int v = 0; v < p; v++) {
            cov[v * p + v] /= count[v];
        }
        double prev = Double.NaN;
        for (int it = 0; it < maxIterations; it++) {
            double[] t1 = new double[p];
            double[] t2 = new double[p * p];
            for (Block b : blocks) {
                eStep(b, mean, cov, p, t1, t2);
            }
            for (int i = 0; i < p; i++) {
                mean[i] = t1[i] / nTotal;
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    cov[i * p + j] = t2[i * p + j] / nTotal - mean[i] * mean[j];
                }
            }
            double m2ll = minusTwoLogL(blocks, mean, cov, p);
            if (!Double.isNaN(prev) && Math.abs(prev - m2ll) < 1e-11 * (1 + Math.abs(m2ll))) {
                break;
            }
            prev = m2ll;
        }
        return new double[][] {mean, cov};
    }

    private static void eStep(Block b, double[] mean, double[] cov, int p, double[] t1, double[] t2) {
        int[] o = b.observed();
        int po = o.length;
        int n = b.n();
        double[] sumX = new double[po];
        double[] sumXX = new double[po * po];
        for (int i = 0; i < po; i++) {
            sumX[i] = n * b.mean()[i];
        }
        for (int i = 0; i < po; i++) {
            for (int j = 0; j < po; j++) {
                sumXX[i * po + j] = n * (b.cov()[i * po + j] + b.mean()[i] * b.mean()[j]);
            }
        }
        boolean[] present = new boolean[p];
        for (int v : o) {
            present[v] = true;
        }
        int[] m = new int[p - po];
        int c = 0;
        for (int v = 0; v < p; v++) {
            if (!present[v]) {
                m[c++] = v;
            }
        }
        int pm = m.length;
        for (int i = 0; i < po; i++) {
            t1[o[i]] += sumX[i];
            for (int j = 0; j < po; j++) {
                t2[o[i] * p + o[j]] += sumXX[i * po + j];
            }
        }
        if (pm == 0) {
            return;
        }
        double[] sooInv = Matrices.sub(cov, p, o);
        Matrices.invertSpd(sooInv, po);
        double[] smo = new double[pm * po];
        for (int i = 0; i < pm; i++) {
            for (int j = 0; j < po; j++) {
                smo[i * po + j] = cov[m[i] * p + o[j]];
            }
        }
        double[] coef = Matrices.mult(smo, sooInv, pm, po, po);
        double[] c0 = new double[pm];
        for (int i = 0; i < pm; i++) {
            double s = mean[m[i]];
            for (int j = 0; j < po; j++) {
                s -= coef[i * po + j] * mean[o[j]];
            }
            c0[i] = s;
        }
        double[] cSumX = Matrices.mult(coef, sumX, pm, po, 1);
        double[] cSumXX = Matrices.mult(coef, sumXX, pm, po, po);
        double[] cSumXXc = Matrices.multTransB(cSumXX, coef, pm, po, pm);
        double[] resid = Matrices.multTransB(coef, smo, pm, po, pm);
        for (int i = 0; i < pm; i++) {
            t1[m[i]] += n * c0[i] + cSumX[i];
            for (int j = 0; j < po; j++) {
                double v = c0[i] * sumX[j] + cSumXX[i * po + j];
                t2[m[i] * p + o[j]] += v;
                t2[o[j] * p + m[i]] += v;
            }
            for (int j = 0; j < pm; j++) {
                t2[m[i] * p + m[j]] += n * c0[i] * c0[j] + c0[i] * cSumX[j] + cSumX[i] * c0[j] + cSumXXc[i * pm + j]
                        + n * (cov[m[i] * p + m[j]] - resid[i * pm + j]);
            }
        }
    }
}
