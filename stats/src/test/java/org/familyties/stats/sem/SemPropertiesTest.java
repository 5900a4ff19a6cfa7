package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.familyties.stats.data.DataTable;
import org.junit.jupiter.api.Test;

/** Invariances any correct ML fit has, independent of lavaan. */
class SemPropertiesTest {

    private static final String CFA = "f1 =~ y1 + y2 + y3\nf2 =~ y4 + y5 + y6";

    /** Data whose covariance matrix (divisor n) is exactly sigma. */
    static DataTable withCovariance(double[][] sigma, int n, long seed, List<String> names) {
        int p = sigma.length;
        Random rnd = new Random(seed);
        double[][] z = new double[n][p];
        for (double[] row : z) {
            for (int j = 0; j < p; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        double[][] s = covariance(z);
        double[][] ls = cholesky(s);
        double[][] lt = cholesky(sigma);
        double[][] cols = new double[p][n];
        for (int r = 0; r < n; r++) {
            double[] c = new double[p];
            double[] mean = mean(z);
            for (int j = 0; j < p; j++) {
                c[j] = z[r][j] - mean[j];
            }
            // w = Ls^-1 c (forward substitution), x = Lt w
            double[] w = new double[p];
            for (int i = 0; i < p; i++) {
                double v = c[i];
                for (int k = 0; k < i; k++) {
                    v -= ls[i][k] * w[k];
                }
                w[i] = v / ls[i][i];
            }
            for (int i = 0; i < p; i++) {
                double v = 0;
                for (int k = 0; k <= i; k++) {
                    v += lt[i][k] * w[k];
                }
                cols[i][r] = v + 10;
            }
        }
        return DataTable.ofColumns(names, cols);
    }

    private static double[] mean(double[][] z) {
        double[] m = new double[z[0].length];
        for (double[] row : z) {
            for (int j = 0; j < m.length; j++) {
                m[j] += row[j] / z.length;
            }
        }
        return m;
    }

    private static double[][] covariance(double[][] z) {
        int p = z[0].length;
        double[] m = mean(z);
        double[][] s = new double[p][p];
        for (double[] row : z) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    s[i][j] += (row[i] - m[i]) * (row[j] - m[j]) / z.length;
                }
            }
        }
        return s;
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    @Test
    void fittingTheImpliedCovarianceReproducesTheParametersWithZeroChiSquare() {
        double[] lambda = {1, 0.8, 1.3, 1, 0.6, 1.1};
        double[] theta = {0.5, 0.7, 0.4, 0.3, 0.9, 0.6};
        double[][] psi = {{1.2, 0.4}, {0.4, 0.8}};
        double[][] sigma = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                sigma[i][j] = lambda[i] * lambda[j] * psi[i / 3][j / 3] + (i == j ? theta[i] : 0);
            }
        }
        DataTable data = withCovariance(sigma, 200, 7, List.of("y1", "y2", "y3", "y4", "y5", "y6"));
        SemResult r = Sem.fit(CFA, data, SemOptions.cfa());
        assertThat(r.converged()).isTrue();
        assertThat(r.fit().get("chisq")).isCloseTo(0, within(1e-8));
        assertThat(r.fit().get("rmsea")).isCloseTo(0, within(1e-6));
        assertThat(r.fit().get("srmr")).isCloseTo(0, within(1e-6));
        assertThat(r.parameter("f1", "=~", "y2").est()).isCloseTo(0.8, within(1e-7));
        assertThat(r.parameter("f2", "=~", "y6").est()).isCloseTo(1.1, within(1e-7));
        assertThat(r.parameter("f1", "~~", "f2").est()).isCloseTo(0.4, within(1e-7));
        assertThat(r.parameter("y5", "~~", "y5").est()).isCloseTo(0.9, within(1e-7));
        assertThat(r.parameter("f1", "~~", "f1").est()).isCloseTo(1.2, within(1e-7));
    }

    @Test
    void aParsedModelFitsLikeItsText() throws Exception {
        DataTable data = LavaanReference.data("PoliticalDemocracy.csv");
        ModelSpec spec = ModelSpec.parse(LavaanReference.model("B_PD_sem"));
        SemResult fromSpec = Sem.fit(spec, data, SemOptions.defaults());
        SemResult fromText = Sem.fit(spec.text(), data, SemOptions.defaults());
        assertThat(fromSpec.parameters()).isEqualTo(fromText.parameters());
        assertThat(fromSpec.fit().asMap()).isEqualTo(fromText.fit().asMap());
    }

    @Test
    void permutingRowsChangesNothing() throws Exception {
        DataTable data = LavaanReference.data("PoliticalDemocracy.csv");
        String model = LavaanReference.model("B_PD_sem");
        SemResult original = Sem.fit(model, data, SemOptions.defaults());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.rowCount(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(3));
        double[][] cols = new double[data.columnCount()][data.rowCount()];
        for (int c = 0; c < cols.length; c++) {
            double[] src = data.column(data.names().get(c));
            for (int r = 0; r < src.length; r++) {
                cols[c][r] = src[order.get(r)];
            }
        }
        SemResult shuffled = Sem.fit(model, DataTable.ofColumns(data.names(), cols), SemOptions.defaults());
        for (int i = 0; i < original.parameters().size(); i++) {
            ParameterEstimate a = original.parameters().get(i);
            ParameterEstimate b = shuffled.parameters().get(i);
            assertThat(b.est()).isCloseTo(a.est(), within(1e-7));
            assertThat(b.se()).isCloseTo(a.se(), within(1e-7));
        }
        assertThat(shuffled.fit().get("chisq")).isCloseTo(original.fit().get("chisq"), within(1e-7));
    }

    @Test
    void rescalingAnIndicatorRescalesItsLoadingAndResidualVariance() throws Exception {
        DataTable data = LavaanReference.data("HolzingerSwineford1939.csv");
        String model = LavaanReference.model("A_HS_cfa");
        SemResult original = Sem.fit(model, data, SemOptions.cfa());
        double[][] cols = new double[data.columnCount()][];
        for (int c = 0; c < cols.length; c++) {
            String name = data.names().get(c);
            cols[c] = data.column(name).clone();
            if (name.equals("x2")) {
                for (int r = 0; r < cols[c].length; r++) {
                    cols[c][r] *= 10;
                }
            }
        }
        SemResult scaled = Sem.fit(model, DataTable.ofColumns(data.names(), cols), SemOptions.cfa());
        assertThat(scaled.parameter("visual", "=~", "x2").est())
                .isCloseTo(10 * original.parameter("visual", "=~", "x2").est(), within(1e-6));
        assertThat(scaled.parameter("visual", "=~", "x2").se())
                .isCloseTo(10 * original.parameter("visual", "=~", "x2").se(), within(1e-6));
        assertThat(scaled.parameter("x2", "~~", "x2").est())
                .isCloseTo(100 * original.parameter("x2", "~~", "x2").est(), within(1e-5));
        assertThat(scaled.parameter("visual", "=~", "x3").est())
                .isCloseTo(original.parameter("visual", "=~", "x3").est(), within(1e-7));
        assertThat(scaled.parameter("visual", "=~", "x2").stdAll())
                .isCloseTo(original.parameter("visual", "=~", "x2").stdAll(), within(1e-7));
        assertThat(scaled.fit().get("chisq")).isCloseTo(original.fit().get("chisq"), within(1e-6));
    }
}
