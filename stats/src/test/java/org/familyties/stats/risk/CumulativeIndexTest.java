package org.familyties.stats.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.References;
import org.junit.jupiter.api.Test;

class CumulativeIndexTest {

    private static final double NA = Double.NaN;

    /** a: numeric, b: numeric, c: categories; rows 2-4 have missing indicators. */
    static DataTable small() {
        return new DataTable(List.of("a", "b", "c"),
                new double[][] {{1, 0, NA, 1, NA}, {5, 2, 7, NA, NA}, {NA, NA, NA, NA, NA}},
                new String[][] {{"1", "0", null, "1", null}, {"5", "2", "7", null, null}, {"x", "y", "z", "x", null}});
    }

    static final List<Indicator> SMALL = IndicatorSpec.parse("a==1, high_b: b>=5, c in x|z");

    @Test
    void allIndicatorsRequiredByDefault() {
        IndexResult r = CumulativeIndex.compute(small(), SMALL, MissingRule.allRequired());
        assertThat(r.values()).containsExactly(3, 0, NA, NA, NA);
        assertThat(r.persons().get(0).fired()).containsExactly("a", "high_b", "c");
        assertThat(r.persons().get(2).missing()).containsExactly("a");
        assertThat(r.scoredCount()).isEqualTo(2);
    }

    @Test
    void countOnlyPresentIndicatorsWhenEnoughArePresent() {
        IndexResult r = CumulativeIndex.compute(small(), SMALL, new MissingRule(2, MissingRule.Scoring.COUNT_PRESENT));
        // row 2: a missing, b = 7 >= 5, c = z; row 3: b missing, a = 1, c = x; row 4: nothing present
        assertThat(r.values()).containsExactly(3, 0, 2, 2, NA);
        assertThat(r.persons().get(3).fired()).containsExactly("a", "c");
        assertThat(r.persons().get(3).present()).isEqualTo(2);
        assertThat(r.indicatorValue(3, 1)).isNaN();
        assertThat(r.indicatorValue(1, 2)).isZero();
    }

    @Test
    void prorateScalesToAllIndicators() {
        IndexResult r = CumulativeIndex.compute(small(), SMALL, new MissingRule(2, MissingRule.Scoring.PRORATE));
        // 2 fired of 2 present, times 3 / 2
        assertThat(r.values()).containsExactly(3, 0, 3, 3, NA);
        IndexResult one = CumulativeIndex.compute(small(), List.of(SMALL.get(0), SMALL.get(1)),
                new MissingRule(1, MissingRule.Scoring.PRORATE));
        // row 2: only b present (fires) -> 1 * 2 / 1; row 3: only a present (fires) -> 2
        assertThat(one.values()).containsExactly(2, 0, 2, 2, NA);
    }

    @Test
    void prevalenceIsAmongPresentRows() {
        IndexResult r = CumulativeIndex.compute(small(), SMALL, MissingRule.allRequired());
        assertThat(r.prevalence().get(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.prevalence().get(1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.prevalence().get(2)).isCloseTo(3.0 / 4, within(1e-12));
    }

    @Test
    void percentileCutIsTheSampleQuantile() {
        DataTable t = DataTable.ofColumns(List.of("d"), new double[][] {{3, 1, 8, 2, 5, 4, 7, 6, NA}});
        // quantile(1:8, 0.75) = 6.25 in R
        IndexResult r = CumulativeIndex.compute(t, IndicatorSpec.parse("d>p75"), new MissingRule(1,
                MissingRule.Scoring.COUNT_PRESENT));
        assertThat(r.cuts().get(0)).isCloseTo(6.25, within(1e-12));
        assertThat(r.values()).containsExactly(0, 0, 1, 0, 0, 0, 1, 0, NA);
        IndexResult low = CumulativeIndex.compute(t, IndicatorSpec.parse("d<=p25"), MissingRule.allRequired());
        // quantile(1:8, 0.25) = 2.75
        assertThat(low.values()).containsExactly(0, 1, 0, 1, 0, 0, 0, 0, NA);
    }

    @Test
    void matchesRCumulativeRiskAndProtection() {
        DataTable fam = References.data("cumrisk_resilience_seed99.csv");
        // cut-offs of 05_reduction_risk_resilience.R; qnorm(0.80) = 0.8416212335729143
        List<Indicator> risks = IndicatorSpec.parse("""
                father_incarcerated: father_incarcerated == 1
                mother_depression: mother_depression > 0.8416212335729143
                poverty: income_to_poverty < 1   # below the poverty line
                low_maternal_educ: mother_educ_years < 12
                harsh_parenting: harsh_parenting > p75
                residential_instab: moves_since_birth >= 2
                """);
        IndexResult risk = CumulativeIndex.compute(fam, risks, MissingRule.allRequired());
        double[] expected = fam.column("cum_risk");
        assertThat(risk.values()).containsExactly(expected);
        for (int i = 0; i < risks.size(); i++) {
            double[] column = fam.column("r_" + risks.get(i).name());
            for (int row = 0; row < fam.rowCount(); row++) {
                assertThat(risk.indicatorValue(row, i)).as(risks.get(i).name() + " row " + row).isEqualTo(column[row]);
            }
        }
        // 05_reduction_risk_resilience.out: risk prevalences
        double[] prevalence = {0.254, 0.203, 0.236, 0.398, 0.250, 0.247};
        for (int i = 0; i < 6; i++) {
            assertThat(risk.prevalence().get(i)).isCloseTo(prevalence[i], within(5e-4));
        }
        IndexResult protect = CumulativeIndex.compute(fam,
                IndicatorSpec.parse("warm: warmth > p75, gp: grandparent_support in 1"), MissingRule.allRequired());
        assertThat(protect.values()).containsExactly(fam.column("cum_protect"));
    }

    @Test
    void specErrorsAreBadInput() {
        assertThatThrownBy(() -> IndicatorSpec.parse("a => 1")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> IndicatorSpec.parse("a > lots")).isInstanceOf(DataException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> IndicatorSpec.parse(" , ")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> CumulativeIndex.compute(small(), IndicatorSpec.parse("c > 1"), MissingRule.allRequired()))
                .isInstanceOf(DataException.class).hasMessageContaining("holds text");
        assertThatThrownBy(() -> CumulativeIndex.compute(small(), IndicatorSpec.parse("zz > 1"), MissingRule.allRequired()))
                .isInstanceOf(DataException.class).hasMessageContaining("zz");
    }
}
