package org.familyties.stats.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.familyties.stats.data.DataTable;
import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {

    static final List<String> X = List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9");

    private final PcaResult pca = PrincipalComponents.fit(References.data("HolzingerSwineford1939.csv"), X);

    @Test
    void eigenvaluesAndProportionsMatchPrcomp() {
        // 05_reduction_risk_resilience.out
        double[] ev = {3.2163, 1.6387, 1.3652, 0.6989, 0.5843, 0.4997, 0.4731, 0.2860, 0.2377};
        for (int k = 0; k < 9; k++) {
            assertThat(pca.eigenvalues().get(k)).as("eigenvalue %d", k + 1).isCloseTo(ev[k], within(1e-4));
        }
        double[] prop = {0.3574, 0.1821, 0.1517};
        for (int k = 0; k < 3; k++) {
            assertThat(pca.proportion().get(k)).isCloseTo(prop[k], within(1e-4));
        }
        assertThat(pca.cumulative().get(8)).isCloseTo(1.0, within(1e-12));
        assertThat(pca.kaiserCount()).isEqualTo(3);
        assertThat(pca.n()).isEqualTo(301);
    }

    @Test
    void firstComponentLoadingsMatchPrcomp() {
        double[] pc1 = {0.6583, 0.3897, 0.4770, 0.7658, 0.7375, 0.7722, 0.3488, 0.4542, 0.5907};
        for (int i = 0; i < 9; i++) {
            assertThat(pca.loadings().get(i, 0)).as(X.get(i)).isCloseTo(pc1[i], within(1e-4));
        }
    }

    @Test
    void allLoadingsMatchEigenOfCorrelation() {
        for (References.Row r : References.of("pca_hs", "loading")) {
            assertThat(pca.loadings().get(r.row(), r.column())).as(r.row() + "/" + r.column())
                    .isCloseTo(r.value(), within(1e-6));
        }
        for (References.Row r : References.of("pca_hs", "eigenvalue")) {
            int k = Integer.parseInt(r.row().substring(2)) - 1;
            assertThat(pca.eigenvalues().get(k)).isCloseTo(r.value(), within(1e-8));
        }
    }

    @Test
    void rowsWithMissingValuesAreDropped() {
        DataTable missing = References.data("HS_missing_seed42.csv");
        PcaResult r = PrincipalComponents.fit(missing, List.of("x4", "x5", "x6"));
        assertThat(r.n()).isEqualTo((int) References.scalar("alpha_textual_missing", "n"));
        assertThat(r.rowsDropped()).isEqualTo(301 - r.n());
    }
}
