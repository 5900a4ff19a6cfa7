package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AttritionAnalysisTest {

    /**
     * Age of the retained 30, 35, 28, 40, 33 and of the lost 25, 22, 31, 27; one retained participant has no
     * age (absent key) and one lost has null: both are left out.
     */
    static List<BaselineProfile> ages() {
        List<BaselineProfile> profiles = new ArrayList<>();
        int i = 0;
        for (double age : new double[] {30, 35, 28, 40, 33}) {
            profiles.add(new BaselineProfile("R" + i++, "mother", true, Map.of("age", age), Map.of()));
        }
        for (double age : new double[] {25, 22, 31, 27}) {
            profiles.add(new BaselineProfile("L" + i++, "mother", false, Map.of("age", age), Map.of()));
        }
        profiles.add(new BaselineProfile("R-missing", "mother", true, Map.of(), Map.of()));
        Map<String, Double> nullAge = new HashMap<>();
        nullAge.put("age", null);
        profiles.add(new BaselineProfile("L-missing", "mother", false, nullAge, Map.of()));
        return profiles;
    }

    @Test
    void numericCharacteristicMatchesRWelchTest() {
        /*
         * R: r <- c(30,35,28,40,33); l <- c(25,22,31,27); t.test(r, l)
         *   Welch Two Sample t-test: t = 2.4723079, df = 6.9858967, p-value = 0.04275561
         * c(mean(r), sd(r), mean(l), sd(l)) → 33.2 4.658325880 26.25 3.774917218
         * (mean(r) - mean(l)) / sqrt((var(r) + var(l)) / 2) → 1.639269487
         */
        AttritionReport report = AttritionAnalysis.compare(ages());

        assertThat(report.retained()).isEqualTo(6);
        assertThat(report.lost()).isEqualTo(5);
        NumericComparison age = report.numeric().get(0);
        assertThat(age.characteristic()).isEqualTo("age");
        assertThat(age.nRetained()).isEqualTo(5);
        assertThat(age.nLost()).isEqualTo(4);
        assertThat(age.meanRetained()).isCloseTo(33.2, within(1e-9));
        assertThat(age.sdRetained()).isCloseTo(4.658325880, within(1e-8));
        assertThat(age.meanLost()).isCloseTo(26.25, within(1e-9));
        assertThat(age.sdLost()).isCloseTo(3.774917218, within(1e-8));
        assertThat(age.smd()).isCloseTo(1.639269487, within(1e-8));
        assertThat(age.welchT()).isCloseTo(2.4723079, within(1e-6));
        assertThat(age.df()).isCloseTo(6.9858967, within(1e-6));
        assertThat(age.pValue()).isCloseTo(0.04275561, within(1e-7));
    }

    @Test
    void categoricalCharacteristicMatchesRChiSquare() {
        /*
         * housing: retained own 8, rent 2; lost own 3, rent 7.
         * R: chisq.test(matrix(c(8,2,3,7), nrow = 2), correct = FALSE)
         *   X-squared = 5.0505051, df = 1, p-value = 0.02461876 (warning: approximation may be incorrect —
         *   expected rent among the retained 10 · 9/20 = 4.5 < 5)
         * SMD own: (0.8 − 0.3) / sqrt((0.8·0.2 + 0.3·0.7)/2) = 1.162476387; rent: −1.162476387
         *
         * region: retained a 3, b 2, c 1; lost a 1, b 1, c 3.
         * R: chisq.test(matrix(c(3,1,2,1,1,3), nrow = 2), correct = FALSE)
         *   X-squared = 2.2611111, df = 2, p-value = 0.3228538
         */
        List<BaselineProfile> profiles = new ArrayList<>();
        add(profiles, true, "housing", "own", 8);
        add(profiles, true, "housing", "rent", 2);
        add(profiles, false, "housing", "own", 3);
        add(profiles, false, "housing", "rent", 7);
        add(profiles, true, "region", "a", 3);
        add(profiles, true, "region", "b", 2);
        add(profiles, true, "region", "c", 1);
        add(profiles, false, "region", "a", 1);
        add(profiles, false, "region", "b", 1);
        add(profiles, false, "region", "c", 3);

        AttritionReport report = AttritionAnalysis.compare(profiles);

        CategoryComparison own = report.categories().get(0);
        assertThat(own).extracting(CategoryComparison::characteristic, CategoryComparison::level,
                CategoryComparison::nRetained, CategoryComparison::nLost).containsExactly("housing", "own", 10, 10);
        assertThat(own.proportionRetained()).isCloseTo(0.8, within(1e-12));
        assertThat(own.proportionLost()).isCloseTo(0.3, within(1e-12));
        assertThat(own.smd()).isCloseTo(1.162476387, within(1e-8));
        assertThat(report.categories().get(1).smd()).isCloseTo(-1.162476387, within(1e-8));
        assertThat(report.categories()).extracting(CategoryComparison::level)
                .containsExactly("own", "rent", "a", "b", "c");

        CategoricalTest housing = report.tests().get(0);
        assertThat(housing.characteristic()).isEqualTo("housing");
        assertThat(housing.chiSquare()).isCloseTo(5.0505051, within(1e-6));
        assertThat(housing.df()).isEqualTo(1);
        assertThat(housing.pValue()).isCloseTo(0.02461876, within(1e-7));
        assertThat(housing.smallExpectedCounts()).isTrue();
        CategoricalTest region = report.tests().get(1);
        assertThat(region.chiSquare()).isCloseTo(2.2611111, within(1e-6));
        assertThat(region.df()).isEqualTo(2);
        assertThat(region.pValue()).isCloseTo(0.3228538, within(1e-6));
    }

    @Test
    void aLevelEveryoneSharesHasZeroSmdAndNoTest() {
        List<BaselineProfile> profiles = new ArrayList<>();
        add(profiles, true, "country", "UK", 3);
        add(profiles, false, "country", "UK", 2);

        AttritionReport report = AttritionAnalysis.compare(profiles);

        // p_r = p_l = 1: the denominator is 0, so the SMD is 0; one level leaves nothing to test
        assertThat(report.categories().get(0).smd()).isZero();
        assertThat(report.tests().get(0).df()).isZero();
        assertThat(report.tests().get(0).pValue()).isNaN();
    }

    private static void add(List<BaselineProfile> profiles, boolean retained, String characteristic, String level,
                            int times) {
        for (int i = 0; i < times; i++) {
            profiles.add(new BaselineProfile(characteristic + level + retained + i, "mother", retained, Map.of(),
                    Map.of(characteristic, level)));
        }
    }
}
