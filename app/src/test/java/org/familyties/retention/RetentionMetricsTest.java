package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.familyties.retention.WaveOutcome.COMPLETED;
import static org.familyties.retention.WaveOutcome.DECEASED;
import static org.familyties.retention.WaveOutcome.INELIGIBLE;
import static org.familyties.retention.WaveOutcome.PARTIAL;
import static org.familyties.retention.WaveOutcome.PENDING;
import static org.familyties.retention.WaveOutcome.REFUSED;
import static org.familyties.retention.WaveOutcome.UNTRACEABLE;
import static org.familyties.retention.WaveOutcome.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A hand-made cohort of six families. Baseline (wave 1, window opens 1 January 2026):
 * <pre>
 * family  mother                              child
 * F1      COMPLETED 1 attempt, day 10         PARTIAL 3 attempts, day 20
 * F2      REFUSED                             COMPLETED 2 attempts, day 30
 * F3      UNTRACEABLE, not located            DECEASED (located flag set, not counted)
 * F4      COMPLETED 4 attempts, day 4         WITHDRAWN
 * F5      PENDING, located, not contacted     INELIGIBLE (located flag set, not counted)
 * F6      COMPLETED 7 attempts, day 60        COMPLETED 9 attempts, day 1
 * </pre>
 * Follow-up (wave 2): F1 mother and child COMPLETED, father REFUSED; F2 everyone INELIGIBLE; F3 mother
 * COMPLETED.
 */
class RetentionMetricsTest {

    static final LocalDate OPENS = LocalDate.of(2026, 1, 1);

    static List<WaveParticipation> cohort() {
        List<WaveParticipation> list = new ArrayList<>();
        // wave 2 first: the rows must still come in wave order
        list.add(p("F1", "mother", 2, COMPLETED, 1, 5));
        list.add(p("F1", "child", 2, COMPLETED, 1, 5));
        list.add(p("F1", "father", 2, REFUSED, 2, -1));
        list.add(p("F2", "mother", 2, INELIGIBLE, 0, -1));
        list.add(p("F2", "child", 2, INELIGIBLE, 0, -1));
        list.add(p("F3", "mother", 2, COMPLETED, 2, 8));
        list.add(p("F1", "mother", 1, COMPLETED, 1, 10));
        list.add(p("F1", "child", 1, PARTIAL, 3, 20));
        list.add(p("F2", "mother", 1, REFUSED, 2, -1));
        list.add(p("F2", "child", 1, COMPLETED, 2, 30));
        list.add(new WaveParticipation("F3-1", "F3", "mother", 1, "Baseline", UNTRACEABLE, false, false, 5, OPENS,
                null));
        list.add(p("F3", "child", 1, DECEASED, 0, -1));
        list.add(p("F4", "mother", 1, COMPLETED, 4, 4));
        list.add(p("F4", "child", 1, WITHDRAWN, 1, -1));
        list.add(new WaveParticipation("F5-1", "F5", "mother", 1, "Baseline", PENDING, true, false, 0, OPENS, null));
        list.add(p("F5", "child", 1, INELIGIBLE, 0, -1));
        list.add(p("F6", "mother", 1, COMPLETED, 7, 60));
        list.add(p("F6", "child", 1, COMPLETED, 9, 1));
        return list;
    }

    /** Located and contacted; interviewed {@code day} days after the window opened (−1: not interviewed). */
    private static WaveParticipation p(String family, String role, int wave, WaveOutcome outcome, int attempts,
                                       int day) {
        return new WaveParticipation(family + "-" + role, family, role, wave, wave == 1 ? "Baseline" : "Follow-up",
                outcome, true, true, attempts, OPENS, day < 0 ? null : OPENS.plusDays(day));
    }

    @Test
    void countsRatesAndIntervalsPerWaveAndRole() {
        List<RetentionRow> rows = RetentionMetrics.byWaveAndRole(cohort());

        assertThat(rows).extracting(r -> r.waveOrder() + " " + r.role()).containsExactly(
                "1 child", "1 mother", "1 all", "2 child", "2 father", "2 mother", "2 all");

        // baseline children: eligible F1 F2 F4 F6 (F3 deceased, F5 ineligible); interviewed F1 F2 F6;
        // withdrawn F4 = lost 1; retention 3/4 = 0.75, Wilson (R prop.test(3, 4, correct = FALSE)) 0.3006..0.9544
        RetentionRow child = rows.get(0);
        assertThat(child).extracting(RetentionRow::eligible, RetentionRow::located, RetentionRow::contacted,
                RetentionRow::interviewed, RetentionRow::refused, RetentionRow::withdrawn, RetentionRow::lost,
                RetentionRow::pending).containsExactly(4, 4, 4, 3, 0, 1, 1, 0);
        assertProportion(child.retention(), 3, 4, 0.75, 0.3006418426, 0.9544127392);
        // attempts 3, 2, 9: mean 14/3, R quantile(type = 7) 2, 2.5, 3, 6, 9
        assertDistribution(child.attemptsPerInterview(), 3, 14.0 / 3, 2, 2.5, 3, 6, 9);
        // days 20, 30, 1: mean 17, quartiles 1, 10.5, 20, 25, 30
        assertDistribution(child.daysToInterview(), 3, 17, 1, 10.5, 20, 25, 30);

        // baseline mothers: all six eligible; located all but F3 = 5; contacted all but F3 and F5 = 4;
        // interviewed F1 F4 F6; refused F2; pending F5; lost F2 F3 = 2; retention 3/(6 − 1) = 0.6,
        // Wilson (R prop.test(3, 5, correct = FALSE)) 0.2307..0.8824
        RetentionRow mother = rows.get(1);
        assertThat(mother).extracting(RetentionRow::eligible, RetentionRow::located, RetentionRow::contacted,
                RetentionRow::interviewed, RetentionRow::refused, RetentionRow::withdrawn, RetentionRow::lost,
                RetentionRow::pending).containsExactly(6, 5, 4, 3, 1, 0, 2, 1);
        assertProportion(mother.retention(), 3, 5, 0.6, 0.2307242813, 0.8823792258);
        // attempts 1, 4, 7: quartiles 1, 2.5, 4, 5.5, 7; days 10, 4, 60: 4, 7, 10, 35, 60, mean 74/3
        assertDistribution(mother.attemptsPerInterview(), 3, 4, 1, 2.5, 4, 5.5, 7);
        assertDistribution(mother.daysToInterview(), 3, 74.0 / 3, 4, 7, 10, 35, 60);

        // everyone at baseline: retention 6/9, Wilson (R) 0.3542..0.8794; attempts 1 2 3 4 7 9:
        // R quantile(c(1,2,3,4,7,9), type = 7) = 1, 2.25, 3.5, 6.25, 9
        RetentionRow all = rows.get(2);
        assertThat(all).extracting(RetentionRow::role, RetentionRow::eligible, RetentionRow::located,
                RetentionRow::contacted, RetentionRow::interviewed, RetentionRow::refused, RetentionRow::withdrawn,
                RetentionRow::lost, RetentionRow::pending).containsExactly("all", 10, 9, 8, 6, 1, 1, 3, 1);
        assertProportion(all.retention(), 6, 9, 6.0 / 9, 0.3542021356, 0.8794161816);
        assertDistribution(all.attemptsPerInterview(), 6, 26.0 / 6, 1, 2.25, 3.5, 6.25, 9);
    }

    @Test
    void nobodyResolvedGivesZeroOfZeroAndEmptyDistributions() {
        List<RetentionRow> rows = RetentionMetrics.byWaveAndRole(List.of(
                new WaveParticipation("F9-1", "F9", "mother", 1, "Baseline", PENDING, false, false, 0, OPENS, null)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).retention()).isEqualTo(new Proportion(0, 0, 0, 0, 1));
        assertThat(rows.get(0).attemptsPerInterview()).isEqualTo(new Distribution(0, 0, 0, 0, 0, 0, 0));
        assertThat(rows.get(0).daysToInterview().n()).isZero();
    }

    @Test
    void wilsonIntervalMatchesAKnownValue() {
        // R: prop.test(8, 10, correct = FALSE)$conf.int → 0.4901624715 0.9433178485
        assertProportion(Proportion.wilson(8, 10), 8, 10, 0.8, 0.4901624715, 0.9433178485);
        // all or nothing stays inside 0..1
        assertThat(Proportion.wilson(5, 5).upper95()).isEqualTo(1.0);
        assertThat(Proportion.wilson(0, 5).lower95()).isEqualTo(0.0);
    }

    @Test
    void quartilesFollowRType7() {
        // R: quantile(c(1, 2, 2, 3, 7, 9), type = 7) → 1.0 2.0 2.5 6.0 9.0
        assertDistribution(Distribution.of(List.of(9, 2, 1, 7, 3, 2)), 6, 4, 1, 2, 2.5, 6, 9);
        // R: quantile(c(3, 10, 12, 40), type = 7) → 3.00 8.25 11.00 19.00 40.00
        assertDistribution(Distribution.of(List.of(40, 3, 12, 10)), 4, 16.25, 3, 8.25, 11, 19, 40);
        assertDistribution(Distribution.of(List.of(5)), 1, 5, 5, 5, 5, 5, 5);
    }

    @Test
    void familySets() {
        List<FamilySetRow> sets = RetentionMetrics.familySets(cohort());

        // baseline: F1 both interviewed and F6 both = 2 complete; F2 child only and F4 mother only = 2 singles;
        // F3 (mother the only eligible, untraceable) and F5 (mother the only eligible, pending) = 2 none
        assertThat(sets.get(0)).isEqualTo(new FamilySetRow(1, "Baseline", 6, 2, 0, 2, 2));
        // follow-up: F1 two of three = dyad; F3 its only member = complete; F2 has no eligible member
        assertThat(sets.get(1)).isEqualTo(new FamilySetRow(2, "Follow-up", 2, 1, 1, 0, 0));
    }

    static void assertProportion(Proportion p, int count, int of, double rate, double lower, double upper) {
        assertThat(p.count()).isEqualTo(count);
        assertThat(p.of()).isEqualTo(of);
        assertThat(p.rate()).isCloseTo(rate, within(1e-12));
        assertThat(p.lower95()).isCloseTo(lower, within(1e-8));
        assertThat(p.upper95()).isCloseTo(upper, within(1e-8));
    }

    static void assertDistribution(Distribution d, int n, double mean, double min, double q1, double median,
                                   double q3, double max) {
        assertThat(d.n()).isEqualTo(n);
        assertThat(new double[] {d.mean(), d.min(), d.q1(), d.median(), d.q3(), d.max()})
                .containsExactly(new double[] {mean, min, q1, median, q3, max}, within(1e-9));
    }
}
