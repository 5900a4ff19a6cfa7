package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.familyties.stats.data.DataTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every estimate, standard error and fit measure of the reference cases matches lavaan 0.6-14. */
class LavaanReferenceTest {

    private static final List<String> PARAM_COLUMNS = List.of("est", "se", "z", "pvalue", "ci.lower", "ci.upper");

    record Case(String name, String data, SemOptions options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("A_HS_cfa", "HolzingerSwineford1939.csv", SemOptions.cfa()),
                new Case("B_PD_sem", "PoliticalDemocracy.csv", SemOptions.defaults()),
                new Case("C1_mediation_tutorial", "mediation_tutorial_seed1234.csv", SemOptions.defaults()),
                new Case("C2_family_mediation", "family_mediation_seed20240601.csv", SemOptions.defaults()),
                new Case("D_HS_cfa_fiml", "HS_missing_seed42.csv", SemOptions.cfa().withMissing(MissingData.FIML)));
    }

    static Stream<Arguments> parameterRows() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases().toList()) {
            for (Map<String, String> row : LavaanReference.rows("ref_" + c.name() + "_params.csv")) {
                out.add(Arguments.of(c, row.get("lhs") + " " + row.get("op") + " " + row.get("rhs"), row));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> fitRows() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases().toList()) {
            for (Map.Entry<String, Double> e : LavaanReference.fit("ref_" + c.name() + "_fit.csv").entrySet()) {
                out.add(Arguments.of(c, e.getKey(), e.getValue()));
            }
        }
        return out.stream();
    }

    private static final Map<String, SemResult> FITS = new java.util.concurrent.ConcurrentHashMap<>();

    static SemResult fitted(Case c) {
        return FITS.computeIfAbsent(c.name(), n -> {
            try {
                DataTable data = LavaanReference.data(c.data());
                return Sem.fit(LavaanReference.model(c.name()), data, c.options());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("parameterRows")
    void parameterMatchesLavaan(Case c, String what, Map<String, String> ref) {
        SemResult result = fitted(c);
        String op = ref.get("op");
        String rhs = ref.get("rhs");
        ParameterEstimate est = result.parameter(ref.get("lhs"), op, op.equals("~1") ? "" : rhs);
        if (ref.containsKey("label")) {
            assertThat(est.label()).isEqualTo(ref.get("label"));
        }
        if (op.equals(":=")) {
            assertThat(est.rhs()).isEqualTo(rhs);
        }
        LavaanReference.assertColumnsMatch(est, ref, PARAM_COLUMNS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fitRows")
    void fitMeasureMatchesLavaan(Case c, String measure, double expected) {
        LavaanReference.assertFitMatches(fitted(c), measure, expected);
    }
}
