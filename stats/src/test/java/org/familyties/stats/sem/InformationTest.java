package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Standard errors from the non-default information matrix, against lavaan (r/12_information.R). */
class InformationTest {

    private static void check(String refCase, SemResult r) throws Exception {
        List<Map<String, String>> rows = LavaanReference.rows("ref_information.csv").stream()
                .filter(m -> m.get("case").equals(refCase)).toList();
        assertThat(rows).isNotEmpty();
        for (Map<String, String> ref : rows) {
            String op = ref.get("op");
            ParameterEstimate p = r.parameter(ref.get("lhs"), op, op.equals("~1") ? "" : ref.get("rhs"));
            assertThat(p.est()).isCloseTo(Double.parseDouble(ref.get("est")), within(1e-3));
            assertThat(p.se()).as(ref.get("lhs") + op + ref.get("rhs")).isCloseTo(Double.parseDouble(ref.get("se")), within(1e-3));
        }
    }

    @Test
    void observedInformationForCompleteData() throws Exception {
        check("A_observed", Sem.fit(LavaanReference.model("A_HS_cfa"), LavaanReference.data("HolzingerSwineford1939.csv"),
                SemOptions.cfa().withInformation(Information.OBSERVED)));
    }

    @Test
    void expectedInformationUnderFiml() throws Exception {
        check("D_expected", Sem.fit(LavaanReference.model("D_HS_cfa_fiml"), LavaanReference.data("HS_missing_seed42.csv"),
                SemOptions.cfa().withMissing(MissingData.FIML).withInformation(Information.EXPECTED)));
    }
}
