package org.familyties.stats.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FactorAnalysisTest {

    static final List<String> X = PrincipalComponentsTest.X;
    static final DataTable HS = References.data("HolzingerSwineford1939.csv");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ml1_none, 1, ML, NONE",
        "ml2_none, 2, ML, NONE",
        "ml2_varimax, 2, ML, VARIMAX",
        "ml2_promax, 2, ML, PROMAX",
        "ml3_none, 3, ML, NONE",
        "ml3_varimax, 3, ML, VARIMAX",
        "ml3_promax, 3, ML, PROMAX",
        "ml3_oblimin, 3, ML, OBLIMIN",
        "ml4_none, 4, ML, NONE",
        "ml4_varimax, 4, ML, VARIMAX",
        "minres3_none, 3, MINRES, NONE",
        "minres3_varimax, 3, MINRES, VARIMAX",
        "minres3_oblimin, 3, MINRES, OBLIMIN",
        "minres3_promax, 3, MINRES, PROMAX"})
    void matchesR(String caseName, int factors, ExtractionMethod method, Rotation rotation) {
        EfaResult fit = FactorAnalysis.fit(HS, X, factors, method, rotation);
        assertThat(fit.converged()).isTrue();
        for (References.Row r : References.of(caseName, "loading")) {
            assertThat(fit.loadings().get(r.row(), r.column())).as("loading " + r.row() + "/" + r.column())
                    .isCloseTo(r.value(), within(1e-3));
        }
        if (References.all().stream().anyMatch(r -> r.caseName().equals(caseName) && r.quantity().equals("uniqueness"))) {
            for (References.Row r : References.of(caseName, "uniqueness")) {
                assertThat(fit.uniquenesses().get(X.indexOf(r.row()))).as("uniqueness " + r.row())
                        .isCloseTo(r.value(), within(1e-3));
            }
        }
        if (rotation.oblique()) {
            assertThat(fit.factorCorrelations()).isPresent();
            for (References.Row r : References.of(caseName, "phi")) {
                assertThat(fit.factorCorrelations().orElseThrow().get(r.row(), r.column()))
                        .as("phi " + r.row() + "/" + r.column()).isCloseTo(r.value(), within(1e-3));
            }
        } else {
            assertThat(fit.factorCorrelations()).isEmpty();
        }
        {
            double chi = References.scalar(caseName, "chisq");
            assertThat(fit.chiSquare()).isCloseTo(chi, within(1e-3 * Math.max(1, chi / 100)));
            assertThat(fit.degreesOfFreedom()).isEqualTo(References.scalar(caseName, "df"));
            double p = References.scalar(caseName, "pvalue");
            assertThat(fit.pValue()).isCloseTo(p, within(Math.max(1e-6, p * 1e-3)));
        }
    }

    @Test
    void threeFactorVarimaxAndPromaxAsPrintedIn05() {
        EfaResult varimax = FactorAnalysis.fit(HS, X, 3, ExtractionMethod.ML, Rotation.VARIMAX);
        assertThat(varimax.loadings().row(0)).containsExactly(new double[] {0.277, 0.623, 0.151}, within(6e-4));
        assertThat(varimax.loadings().row(6)).containsExactly(new double[] {0.091, -0.073, 0.696}, within(6e-4));
        assertThat(varimax.uniquenesses().get(4)).isCloseTo(0.243, within(6e-4));
        assertThat(varimax.chiSquare()).isCloseTo(22.377, within(6e-4));
        assertThat(varimax.degreesOfFreedom()).isEqualTo(12);
        assertThat(varimax.pValue()).isCloseTo(0.033506, within(1e-6));
        EfaResult promax = FactorAnalysis.fit(HS, X, 3, ExtractionMethod.ML, Rotation.PROMAX);
        assertThat(promax.loadings().row(8)).containsExactly(new double[] {0.002, 0.368, 0.455}, within(6e-4));
        assertThat(promax.loadings().row(2)).containsExactly(new double[] {-0.122, 0.716, -0.002}, within(6e-4));
    }

    @Test
    void ssLoadingsAndStructureFollowFromRLoadingsAndPhi() {
        EfaResult fit = FactorAnalysis.fit(HS, X, 3, ExtractionMethod.ML, Rotation.PROMAX);
        double[][] l = new double[9][3];
        double[][] phi = new double[3][3];
        for (References.Row r : References.of("ml3_promax", "loading")) {
            l[X.indexOf(r.row())][Integer.parseInt(r.column().substring(6)) - 1] = r.value();
        }
        for (References.Row r : References.of("ml3_promax", "phi")) {
            phi[Integer.parseInt(r.row().substring(6)) - 1][Integer.parseInt(r.column().substring(6)) - 1] = r.value();
        }
        for (int k = 0; k < 3; k++) {
            double ss = 0;
            for (int i = 0; i < 9; i++) {
                ss += l[i][k] * l[i][k];
                double s = 0;
                for (int j = 0; j < 3; j++) {
                    s += l[i][j] * phi[j][k];
                }
                assertThat(fit.structure().orElseThrow().get(i, k)).isCloseTo(s, within(1e-3));
            }
            assertThat(fit.ssLoadings().get(k)).isCloseTo(ss, within(1e-3));
        }
        assertThat(FactorAnalysis.fit(HS, X, 3, ExtractionMethod.ML, Rotation.VARIMAX).structure()).isEmpty();
    }

    @Test
    void communalitiesAreOneMinusUniquenessesForML() {
        EfaResult fit = FactorAnalysis.fit(HS, X, 3, ExtractionMethod.ML, Rotation.PROMAX);
        for (int i = 0; i < 9; i++) {
            assertThat(fit.communalities().get(i) + fit.uniquenesses().get(i)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void collinearVariablesAreBadInput() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] b = {2, 1, 4, 3, 6, 5, 8, 9};
        double[] c = {1, 1, 2, 3, 5, 8, 13, 21};
        double[] sum = new double[8];
        for (int i = 0; i < 8; i++) {
            sum[i] = a[i] + b[i];
        }
        DataTable t = DataTable.ofColumns(List.of("a", "b", "c", "s"), new double[][] {a, b, c, sum});
        assertThatThrownBy(() -> FactorAnalysis.fit(t, List.of("a", "b", "c", "s"), 1, ExtractionMethod.ML, Rotation.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("singular");
        DataTable constant = DataTable.ofColumns(List.of("a", "b", "k"), new double[][] {a, b, new double[8]});
        assertThatThrownBy(() -> PrincipalComponents.fit(constant, List.of("a", "b", "k")))
                .isInstanceOf(DataException.class).hasMessageContaining("'k' does not vary");
    }

    @Test
    void heywoodCaseIsReported() {
        // one factor on three variables has lambda_a^2 = r_ab r_ac / r_bc = 0.64 / 0.5 > 1
        double[][] r = {{1, 0.8, 0.8}, {0.8, 1, 0.5}, {0.8, 0.5, 1}};
        EfaResult fit = FactorAnalysis.fitCorrelation(List.of("a", "b", "c"), r, 100, 0, 1, ExtractionMethod.ML,
                Rotation.NONE);
        assertThat(fit.uniquenesses().get(0)).isCloseTo(0.005, within(1e-6));
        assertThat(fit.warnings()).singleElement().asString().contains("Heywood").contains("for a;");
        EfaResult clean = FactorAnalysis.fit(HS, X, 3, ExtractionMethod.ML, Rotation.VARIMAX);
        assertThat(clean.warnings()).isEmpty();
    }

    @Test
    void tooManyFactorsIsBadInput() {
        assertThatThrownBy(() -> FactorAnalysis.fit(HS, List.of("x1", "x2", "x3"), 2, ExtractionMethod.ML, Rotation.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("too many");
    }
}
