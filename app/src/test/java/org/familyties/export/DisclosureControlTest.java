package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final List<String> QI = List.of("age", "sex", "region");

    private static LabelledDataset.Builder table() {
        return LabelledDataset.builder("t")
                .add(Variable.numeric("id"))
                .add(Variable.numeric("age").missing(-9, "Not known"))
                .add(Variable.numeric("sex").value(1, "Female").value(2, "Male"))
                .add(Variable.string("region", 20));
    }

    private static LabelledDataset handMade() {
        return table()
                .row(1.0, 30.0, 1.0, "A").row(2.0, 30.0, 1.0, "A").row(3.0, 30.0, 1.0, "A")
                .row(4.0, 40.0, 2.0, "B").row(5.0, 40.0, 2.0, "B")
                .row(6.0, 50.0, 1.0, "A")
                .build();
    }

    @Test
    void kIsTheSmallestClassAndRiskIsOneOverClassSize() {
        RiskReport r = new DisclosureControl(QI, 3).assess(handMade());
        assertThat(r.k()).isEqualTo(1);
        assertThat(r.classCount()).isEqualTo(3);
        assertThat(r.recordsAtRisk()).isEqualTo(3);
        assertThat(r.maxRisk()).isEqualTo(1.0);
        assertThat(r.meanRisk()).isCloseTo(0.5, within(1e-12));
        assertThat(r.recordRisks()).containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0, 0.5, 0.5, 1.0);
        assertThat(r.satisfiesThreshold()).isFalse();

        assertThat(new DisclosureControl(List.of("sex")).assess(handMade()).k()).isEqualTo(2);
        assertThat(new DisclosureControl(List.of("region"), 2).assess(handMade()).satisfiesThreshold()).isTrue();
    }

    @Test
    void emptyValuesAreWildcardsButUserMissingCodesAreOrdinaryValues() {
        LabelledDataset data = table()
                .row(1.0, 30.0, 1.0, "A").row(2.0, 30.0, 1.0, "A")
                .row(3.0, null, 1.0, "A")
                .row(4.0, -9.0, 1.0, "A")
                .row(5.0, 30.0, 1.0, "").build();
        RiskReport r = new DisclosureControl(QI).assess(data);
        // Rows 1-2 match each other, row 3 (age blank) and row 5 (region blank); row 3 also matches row 4,
        // but row 4's -9 does not match row 5's 30.
        assertThat(r.recordRisks()).containsExactly(1 / 4.0, 1 / 4.0, 1 / 5.0, 1 / 2.0, 1 / 4.0);
        assertThat(r.k()).isEqualTo(2);
    }

    @Test
    void greedySuppressionBlanksTheValueThatJoinsTheLargestClass() {
        AnonymisedData out = new DisclosureControl(QI, 3).anonymise(handMade(), List.of());
        LabelledDataset d = out.data();
        // Record 6 (50, 1, A) joins the three (30, 1, A) records by losing its age only.
        assertThat(d.row(5)).containsExactly(6.0, null, 1.0, "A");
        // The two (40, 2, B) records then form a class of three with record 6 (age now a wildcard)
        // once their sex and region are blanked.
        assertThat(d.row(3)).containsExactly(4.0, 40.0, null, "");
        assertThat(d.row(4)).containsExactly(5.0, 40.0, null, "");
        assertThat(d.row(0)).containsExactly(1.0, 30.0, 1.0, "A");
        DisclosureReport report = out.report();
        assertThat(report.suppressedValues()).isEqualTo(5);
        assertThat(report.suppressedShare()).isCloseTo(5 / 18.0, within(1e-12));
        assertThat(report.suppressedByVariable()).containsExactly(Map.entry("age", 1), Map.entry("sex", 2),
                Map.entry("region", 2));
        assertThat(report.before().k()).isEqualTo(1);
        assertThat(report.after().k()).isGreaterThanOrEqualTo(3);
        assertThat(report.after().recordsAtRisk()).isZero();
    }

    @Test
    void recodingAndSuppressionReachKOnARealisticTable() {
        Random random = new Random(42);
        String[] regions = {"Cardiff", "Swansea", "Gwynedd", "Leeds", "York", "Durham", "Glasgow"};
        LabelledDataset.Builder b = table();
        for (int i = 0; i < 120; i++) {
            Double age = i % 17 == 0 ? -9.0 : 18.0 + random.nextInt(60);
            b.row((double) i, age, 1.0 + random.nextInt(2), regions[random.nextInt(regions.length)]);
        }
        LabelledDataset data = b.build();
        List<Recode> recodes = List.of(
                Recode.bands("age", new Recode.Band(18, 30, "18-29"), new Recode.Band(30, 45, "30-44"),
                        new Recode.Band(45, 60, "45-59"), new Recode.Band(60, Double.POSITIVE_INFINITY, "60+")),
                Recode.mergeStrings("region", Map.of("Cardiff", "Wales", "Swansea", "Wales", "Gwynedd", "Wales",
                        "Leeds", "England", "York", "England", "Durham", "England", "Glasgow", "Scotland")));
        for (int k : new int[] {3, 5, 10}) {
            AnonymisedData out = new DisclosureControl(QI, k).anonymise(data, recodes);
            assertThat(bruteForceMinimumClass(out.data())).as("k=%d", k).isGreaterThanOrEqualTo(k);
            assertThat(out.report().after().k()).isGreaterThanOrEqualTo(k);
            assertThat(out.report().suppressedValues()).isEqualTo(blankQuasiIdentifiers(out.data()));
            assertThat(out.report().recodingLoss().get("region")).isCloseTo(1 - 3 / 7.0, within(1e-12));
            for (int r = 0; r < data.rowCount(); r++) {
                assertThat(out.data().number(r, 0)).isEqualTo(data.number(r, 0));
            }
        }
        LabelledDataset recoded = recodes.get(0).apply(data);
        assertThat(recoded.variable("age").valueLabels()).containsEntry(4.0, "60+").containsEntry(-9.0, "Not known");
        assertThat(recoded.number(0, 1)).isEqualTo(-9.0);
    }

    @Test
    void suppressionScalesToThousandsOfMostlyUniqueRecords() {
        Random random = new Random(7);
        LabelledDataset.Builder b = table();
        for (int i = 0; i < 3000; i++) {
            b.row((double) i, 18.0 + random.nextInt(70), 1.0 + random.nextInt(2), "R" + random.nextInt(40));
        }
        LabelledDataset data = b.build();
        assertThat(new DisclosureControl(QI, 3).assess(data).recordsAtRisk()).isGreaterThan(1000);
        AnonymisedData out = new DisclosureControl(QI, 3).anonymise(data, List.of());
        assertThat(bruteForceMinimumClass(out.data())).isGreaterThanOrEqualTo(3);
        assertThat(out.report().after().k()).isGreaterThanOrEqualTo(3);
        assertThat(out.report().suppressedValues()).isEqualTo(blankQuasiIdentifiers(out.data()));
    }

    @Test
    void tooFewRecordsCannotReachK() {
        LabelledDataset data = table().row(1.0, 30.0, 1.0, "A").row(2.0, 30.0, 1.0, "A").build();
        assertThatThrownBy(() -> new DisclosureControl(QI, 3).anonymise(data, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codeMergesRelabelAndKeepMissingCodes() {
        LabelledDataset data = table().row(1.0, 30.0, 1.0, "A").row(2.0, -9.0, 2.0, "B").build();
        LabelledDataset merged = Recode.mergeCodes("sex", Map.of(1.0, 9.0, 2.0, 9.0), Map.of(9.0, "Any")).apply(data);
        assertThat(merged.number(0, 2)).isEqualTo(9.0);
        assertThat(merged.number(1, 2)).isEqualTo(9.0);
        assertThat(merged.variable("sex").valueLabels()).containsExactly(Map.entry(9.0, "Any"));
    }

    /** Independent check: pairwise comparison, blanks match anything. */
    private static int bruteForceMinimumClass(LabelledDataset d) {
        int[] cols = {1, 2, 3};
        int min = Integer.MAX_VALUE;
        for (int r = 0; r < d.rowCount(); r++) {
            int size = 0;
            for (int s = 0; s < d.rowCount(); s++) {
                boolean match = true;
                for (int c : cols) {
                    Object a = d.value(r, c);
                    Object b = d.value(s, c);
                    if (a != null && b != null && !"".equals(a) && !"".equals(b) && !Objects.equals(a, b)) {
                        match = false;
                    }
                }
                size += match ? 1 : 0;
            }
            min = Math.min(min, size);
        }
        return min;
    }

    private static int blankQuasiIdentifiers(LabelledDataset d) {
        int n = 0;
        for (int r = 0; r < d.rowCount(); r++) {
            for (int c = 1; c <= 3; c++) {
                Object v = d.value(r, c);
                n += v == null || "".equals(v) ? 1 : 0;
            }
        }
        return n;
    }
}
