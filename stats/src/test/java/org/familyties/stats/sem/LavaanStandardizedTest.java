package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.familyties.stats.data.DataTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Estimates with std.lv and std.all of cases A-D plus multiple groups (E), growth (F) and std.lv = TRUE,
 * against lavaan 0.6-14 (r/09_standardized_groups_growth.R, r/10_syntax_cases.R); fit measures of the cases that
 * 01_reference_fits.R does not cover.
 */
class LavaanStandardizedTest {

    private static final List<String> COLUMNS = List.of("est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.lv", "std.all");
    private static final Set<String> SCHOOL = Set.of("E1_HS_school", "E2_HS_school_equal", "E3_HS_school_sem");

    record Case(String name, String model, String data, SemOptions options, boolean ownFit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        SemOptions school = SemOptions.cfa().withGroup("school", Set.of());
        return Stream.of(
                new Case("A_HS_cfa", "A_HS_cfa", "HolzingerSwineford1939.csv", SemOptions.cfa(), false),
                new Case("B_PD_sem", "B_PD_sem", "PoliticalDemocracy.csv", SemOptions.defaults(), false),
                new Case("C1_mediation_tutorial", "C1_mediation_tutorial", "mediation_tutorial_seed1234.csv", SemOptions.defaults(), false),
                new Case("C2_family_mediation", "C2_family_mediation", "family_mediation_seed20240601.csv", SemOptions.defaults(), false),
                new Case("D_HS_cfa_fiml", "D_HS_cfa_fiml", "HS_missing_seed42.csv", SemOptions.cfa().withMissing(MissingData.FIML), false),
                new Case("A_HS_cfa_stdlv", "A_HS_cfa", "HolzingerSwineford1939.csv", SemOptions.cfa().withStdLv(true), true),
                new Case("E1_HS_school", "A_HS_cfa", "HolzingerSwineford1939.csv", school, true),
                new Case("E2_HS_school_equal", "A_HS_cfa", "HolzingerSwineford1939.csv",
                        SemOptions.cfa().withGroup("school", Set.of("loadings", "intercepts")), true),
                new Case("E3_HS_school_sem", "E3_HS_school_sem", "HolzingerSwineford1939.csv",
                        SemOptions.defaults().withGroup("school", Set.of("loadings", "regressions")), true),
                new Case("F1_growth", "F1_growth", "Demo.growth.csv", SemOptions.defaults().withFunction(ModelFunction.GROWTH), true),
                new Case("F2_growth_covariates", "F2_growth_covariates", "Demo.growth.csv",
                        SemOptions.defaults().withFunction(ModelFunction.GROWTH), true),
                // r/10_syntax_cases.R
                new Case("G1_second_order", "G1_second_order", "HolzingerSwineford1939.csv", SemOptions.cfa(), true),
                new Case("G2_modifiers_constraints", "G2_modifiers_constraints", "HolzingerSwineford1939.csv", SemOptions.cfa(), true),
                new Case("G3_PD_equal_loadings", "G3_PD_equal_loadings", "PoliticalDemocracy.csv", SemOptions.defaults(), true),
                new Case("G4_groups_labels", "G4_groups_labels", "HolzingerSwineford1939.csv",
                        SemOptions.defaults().withGroup("school", Set.of()), true),
                new Case("G5_fiml_covariates", "G5_fiml_covariates", "family_mediation_missing_seed7.csv",
                        SemOptions.defaults().withMissing(MissingData.FIML), true),
                new Case("G6_fiml_missing_covariate", "G6_fiml_missing_covariate", "family_mediation_missing_covariate_seed3.csv",
                        SemOptions.defaults().withMissing(MissingData.FIML), true),
                new Case("G7_random_covariates", "G7_random_covariates", "family_mediation_seed20240601.csv", SemOptions.defaults(), true),
                new Case("G8_fixed_x_false", "C2_family_mediation", "family_mediation_seed20240601.csv",
                        SemOptions.defaults().withFixedX(false), true),
                new Case("G9_groups_fiml", "A_HS_cfa", "HS_school_missing_seed11.csv",
                        SemOptions.cfa().withGroup("school", Set.of("loadings")).withMissing(MissingData.FIML), true));
    }

    private static final Map<String, SemResult> FITS = new ConcurrentHashMap<>();

    static SemResult fitted(Case c) {
        return FITS.computeIfAbsent(c.name(), n -> {
            try {
                DataTable data = LavaanReference.data(c.data());
                return Sem.fit(LavaanReference.model(c.model()), data, c.options());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Stream<Arguments> rows() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases().toList()) {
            for (Map<String, String> row : LavaanReference.rows("ref_" + c.name() + "_std.csv")) {
                out.add(Arguments.of(c, row.get("lhs") + " " + row.get("op") + " " + row.get("rhs") + " g" + row.get("group"), row));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> fitRows() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases().filter(Case::ownFit).toList()) {
            for (Map.Entry<String, Double> e : LavaanReference.fit("ref_" + c.name() + "_fit.csv").entrySet()) {
                out.add(Arguments.of(c, e.getKey(), e.getValue()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void parameterMatchesLavaan(Case c, String what, Map<String, String> ref) {
        SemResult result = fitted(c);
        String op = ref.get("op");
        int group = Integer.parseInt(ref.get("group"));
        ParameterEstimate est = result.parameter(ref.get("lhs"), op, ref.get("rhs"), group);
        assertThat(est.label()).isEqualTo(ref.get("label"));
        LavaanReference.assertColumnsMatch(est, ref, COLUMNS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fitRows")
    void fitMeasureMatchesLavaan(Case c, String measure, double expected) {
        LavaanReference.assertFitMatches(fitted(c), measure, expected);
    }

    @org.junit.jupiter.api.Test
    void casesWithMissingCovariatesAreDeletedUnderFimlWithAWarning() {
        SemResult r = fitted(cases().filter(c -> c.name().equals("G6_fiml_missing_covariate")).findFirst().orElseThrow());
        assertThat(r.nObserved()).containsExactly(960);
        assertThat(r.nTotalRows()).containsExactly(1000);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("40 case(s) were deleted") && w.contains("risk"));
    }

    @org.junit.jupiter.api.Test
    void covariatesInCovarianceFormulasBecomeRandomWithAWarning() {
        SemResult r = fitted(cases().filter(c -> c.name().equals("G7_random_covariates")).findFirst().orElseThrow());
        assertThat(r.parameter("inc", "~~", "inc").free()).isTrue();
        assertThat(r.warnings()).anyMatch(w -> w.contains("inc, risk") && w.contains("random"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyParameterIsInTheReference(Case c) throws Exception {
        assertThat(fitted(c).parameters()).hasSize(LavaanReference.rows("ref_" + c.name() + "_std.csv").size());
    }
}
