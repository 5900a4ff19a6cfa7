package org.familyties.stats.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleReliabilityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "alpha_visual; HolzingerSwineford1939.csv; x1,x2,x3",
        "alpha_speed; HolzingerSwineford1939.csv; x7,x8,x9",
        "alpha_all9; HolzingerSwineford1939.csv; x1,x2,x3,x4,x5,x6,x7,x8,x9",
        "alpha_textual_missing; HS_missing_seed42.csv; x4,x5,x6",
        "alpha_all9_missing; HS_missing_seed42.csv; x1,x2,x3,x4,x5,x6,x7,x8,x9"})
    void matchesAlphaByHandAndLavaanOmega(String caseName, String file, String itemList) {
        List<String> items = List.of(itemList.split(","));
        DataTable data = References.data(file);
        ReliabilityResult r = ScaleReliability.analyse(data, items);
        assertThat(r.n()).isEqualTo((int) References.scalar(caseName, "n"));
        assertThat(r.rowsDropped()).isEqualTo(data.rowCount() - r.n());
        assertThat(r.alpha()).isCloseTo(References.scalar(caseName, "alpha"), within(1e-6));
        assertThat(r.standardizedAlpha()).isCloseTo(References.scalar(caseName, "std_alpha"), within(1e-6));
        assertThat(r.omegaTotal()).isCloseTo(References.scalar(caseName, "omega"), within(1e-3));
        for (ItemStatistics s : r.itemStatistics()) {
            assertThat(s.alphaIfDeleted()).as(s.item())
                    .isCloseTo(References.value(caseName, "alpha_if_deleted", s.item()), within(1e-6));
            assertThat(s.correctedItemTotal()).as(s.item())
                    .isCloseTo(References.value(caseName, "item_rest_r", s.item()), within(1e-6));
        }
    }

    @Test
    void handComputedTwoItemScale() {
        // a = 1,2,3,4 and b = 2,2,4,4: var a = 5/3, var b = 4/3, cov = 4/3
        // alpha = 2 * (1 - (5/3 + 4/3) / (5/3 + 4/3 + 8/3)) = 2 * (1 - 9/17) = 16/17
        DataTable t = DataTable.ofColumns(List.of("a", "b"),
                new double[][] {{1, 2, 3, 4, Double.NaN}, {2, 2, 4, 4, 1}});
        ReliabilityResult r = ScaleReliability.analyse(t, List.of("a", "b"));
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.rowsDropped()).isEqualTo(1);
        assertThat(r.alpha()).isCloseTo(16.0 / 17, within(1e-12));
        double rab = (4.0 / 3) / Math.sqrt(5.0 / 3 * 4.0 / 3);
        assertThat(r.standardizedAlpha()).isCloseTo(2 * rab / (1 + rab), within(1e-12));
        assertThat(r.itemStatistics().get(0).correctedItemTotal()).isCloseTo(rab, within(1e-12));
        assertThat(r.itemStatistics().get(0).alphaIfDeleted()).isNaN();
        assertThat(r.omegaTotal()).isNaN();
    }

    @Test
    void oneItemIsBadInput() {
        DataTable t = DataTable.ofColumns(List.of("a"), new double[][] {{1, 2, 3}});
        assertThatThrownBy(() -> ScaleReliability.analyse(t, List.of("a"))).isInstanceOf(DataException.class);
    }
}
