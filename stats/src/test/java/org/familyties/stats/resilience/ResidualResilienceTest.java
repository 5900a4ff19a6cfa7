package org.familyties.stats.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.References;
import org.familyties.stats.risk.CumulativeIndex;
import org.familyties.stats.risk.IndexResult;
import org.familyties.stats.risk.IndicatorSpec;
import org.familyties.stats.risk.MissingRule;
import org.junit.jupiter.api.Test;

class ResidualResilienceTest {

    static final String RISKS = "father_incarcerated==1, mother_depression>0.8416212335729143, poverty:income_to_poverty<1,"
            + " low_maternal_educ:mother_educ_years<12, harsh_parenting>p75, residential_instab:moves_since_birth>=2";

    /** adversity 0,1,2,3 with outcome 1,3,2,6: slope 7/5, intercept 0.9, residuals 0.1, 0.7, -1.7, 0.9. */
    static DataTable small() {
        return new DataTable(List.of("risk", "y", "fam"),
                new double[][] {{0, 1, 2, 3, 1}, {1, 3, 2, 6, Double.NaN}, {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}},
                new String[][] {{"0", "1", "2", "3", "1"}, {"1", "3", "2", "6", null}, {"f1", "f1", "f2", "f2", "f3"}});
    }

    @Test
    void matchesRResidualApproach() {
        DataTable fam = References.data("cumrisk_resilience_seed99.csv");
        IndexResult risk = CumulativeIndex.compute(fam, IndicatorSpec.parse(RISKS), MissingRule.allRequired());
        ResilienceResult r = ResidualResilience.fit(fam, risk, "antisocial", ResilienceOptions.defaults(true), null);
        // 05_reduction_risk_resilience.out: intercept=-0.1317 slope=0.3009 (SE 0.0207), R2=0.0953
        assertThat(r.coefficients().get(0).estimate()).isCloseTo(-0.1317, within(5e-5));
        assertThat(r.coefficients().get(1).estimate()).isCloseTo(0.3009, within(5e-5));
        assertThat(r.coefficients().get(1).standardError()).isCloseTo(0.0207, within(5e-5));
        assertThat(r.rSquared()).isCloseTo(0.0953, within(5e-5));
        assertThat(r.n()).isEqualTo(2000);
        double[] rScore = fam.column("resilience_score");
        double[] rZ = fam.column("resilience_z");
        for (PersonResilience p : r.persons()) {
            assertThat(-p.residual()).isCloseTo(rScore[p.row()], within(1e-9));
            assertThat(p.score()).isCloseTo(rZ[p.row()], within(1e-9));
        }
        long highRisk = r.persons().stream().filter(p -> p.adversity() >= 3).count();
        long better = r.persons().stream().filter(p -> p.adversity() >= 3 && p.score() > 0).count();
        assertThat(highRisk).isEqualTo(394);
        assertThat(better).isEqualTo(200);
    }

    @Test
    void handComputedScoresAndClasses() {
        DataTable t = small();
        ResilienceResult r = ResidualResilience.fit(t, t.column("risk"), "y", ResilienceOptions.defaults(false), null);
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.rowsDropped()).isEqualTo(1);
        assertThat(r.coefficients().get(0).estimate()).isCloseTo(0.9, within(1e-12));
        assertThat(r.coefficients().get(1).estimate()).isCloseTo(1.4, within(1e-12));
        double sd = Math.sqrt(4.2 / 3);
        assertThat(r.residualSd()).isCloseTo(sd, within(1e-12));
        double[] residuals = {0.1, 0.7, -1.7, 0.9};
        for (int i = 0; i < 4; i++) {
            assertThat(r.persons().get(i).score()).isCloseTo(residuals[i] / sd, within(1e-12));
        }
        // -1.7 / 1.183 = -1.437 is at or below -1; the others lie within one SD
        assertThat(r.persons().stream().map(PersonResilience::classification)).containsExactly(ResilienceClass.EXPECTED,
                ResilienceClass.EXPECTED, ResilienceClass.VULNERABLE, ResilienceClass.EXPECTED);
        assertThat(r.classCounts()).containsEntry(ResilienceClass.VULNERABLE, 1).containsEntry(ResilienceClass.EXPECTED, 3)
                .containsEntry(ResilienceClass.RESILIENT, 0);
    }

    @Test
    void problemOutcomeFlipsTheSignAndThresholdsAreConfigurable() {
        DataTable t = small();
        ResilienceOptions opts = new ResilienceOptions(List.of(), true, 0.5, -0.5);
        ResilienceResult r = ResidualResilience.fit(t, t.column("risk"), "y", opts, null);
        double sd = Math.sqrt(4.2 / 3);
        // scores -0.085, -0.592, +1.437, -0.761
        assertThat(r.persons().get(2).score()).isCloseTo(1.7 / sd, within(1e-12));
        assertThat(r.persons().stream().map(PersonResilience::classification)).containsExactly(ResilienceClass.EXPECTED,
                ResilienceClass.VULNERABLE, ResilienceClass.RESILIENT, ResilienceClass.VULNERABLE);
    }

    @Test
    void familySummaries() {
        DataTable t = small();
        ResilienceResult r = ResidualResilience.fit(t, t.column("risk"), "y", ResilienceOptions.defaults(false), "fam");
        double sd = Math.sqrt(4.2 / 3);
        // f3's only member has no outcome, so f3 is absent
        assertThat(r.families()).hasSize(2);
        FamilyResilience f1 = r.families().get(0);
        assertThat(f1.family()).isEqualTo("f1");
        assertThat(f1.members()).isEqualTo(2);
        assertThat(f1.mean()).isCloseTo(0.4 / sd, within(1e-12));
        assertThat(f1.minimum()).isCloseTo(0.1 / sd, within(1e-12));
        assertThat(f1.sd()).isCloseTo(0.6 / sd / Math.sqrt(2), within(1e-12));
        assertThat(f1.sharedClass()).contains(ResilienceClass.EXPECTED);
        FamilyResilience f2 = r.families().get(1);
        assertThat(f2.mean()).isCloseTo(-0.4 / sd, within(1e-12));
        assertThat(f2.minimum()).isCloseTo(-1.7 / sd, within(1e-12));
        assertThat(f2.allSameClass()).isFalse();
    }

    @Test
    void covariatesEnterTheRegression() {
        // y = 1 + 2 * risk + 3 * c + e with e = (1, -1, 0, 0, -1, 1) orthogonal to 1, risk and c,
        // so OLS gives exactly 1, 2, 3 with residuals e, and only if c is in the model
        DataTable t = DataTable.ofColumns(List.of("risk", "c", "y"), new double[][] {
            {0, 1, 2, 3, 0, 1}, {0, 0, 1, 1, 2, 2}, {2, 2, 8, 10, 6, 10}});
        ResilienceOptions opts = new ResilienceOptions(List.of("c"), false, 1, -1);
        ResilienceResult r = ResidualResilience.fit(t, t.column("risk"), "y", opts, null);
        assertThat(r.coefficients().get(0).estimate()).isCloseTo(1, within(1e-9));
        assertThat(r.coefficients().get(1).estimate()).isCloseTo(2, within(1e-9));
        assertThat(r.coefficients().get(2).term()).isEqualTo("c");
        assertThat(r.coefficients().get(2).estimate()).isCloseTo(3, within(1e-9));
        double[] e = {1, -1, 0, 0, -1, 1};
        for (int i = 0; i < 6; i++) {
            assertThat(r.persons().get(i).residual()).isCloseTo(e[i], within(1e-9));
            assertThat(r.persons().get(i).score()).isCloseTo(e[i] / Math.sqrt(4.0 / 5), within(1e-9));
        }
    }

    @Test
    void perfectFitIsBadInput() {
        DataTable t = DataTable.ofColumns(List.of("risk", "y"), new double[][] {{0, 1, 2, 3}, {1, 3, 5, 7}});
        assertThatThrownBy(() -> ResidualResilience.fit(t, t.column("risk"), "y", ResilienceOptions.defaults(false), null))
                .isInstanceOf(DataException.class).hasMessageContaining("exactly");
    }

    @Test
    void constantAdversityIsBadInput() {
        DataTable t = DataTable.ofColumns(List.of("risk", "y"), new double[][] {{2, 2, 2, 2}, {1, 3, 2, 7}});
        assertThatThrownBy(() -> ResidualResilience.fit(t, t.column("risk"), "y", ResilienceOptions.defaults(false), null))
                .isInstanceOf(DataException.class).hasMessageContaining("collinear");
    }

    @Test
    void textOutcomeIsBadInput() {
        DataTable t = small();
        assertThatThrownBy(() -> ResidualResilience.fit(t, t.column("risk"), "fam", ResilienceOptions.defaults(false), null))
                .isInstanceOf(DataException.class).hasMessageContaining("numeric");
    }
}
