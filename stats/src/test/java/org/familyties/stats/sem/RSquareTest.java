package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** R² against lavInspect(fit, "r2") (r/13_rsquare.R). */
class RSquareTest {

    private static void check(String name, SemResult r) throws Exception {
        List<Map<String, String>> refs = LavaanReference.rows("ref_rsquare.csv").stream().filter(m -> m.get("case").equals(name)).toList();
        assertThat(r.rSquare()).extracting(RSquare::variable).containsExactlyElementsOf(refs.stream().map(m -> m.get("variable")).toList());
        for (int i = 0; i < refs.size(); i++) {
            assertThat(r.rSquare().get(i).value()).isCloseTo(Double.parseDouble(refs.get(i).get("r2")), within(1e-4));
        }
    }

    @Test
    void politicalDemocracy() throws Exception {
        check("B_PD_sem", Sem.fit(LavaanReference.model("B_PD_sem"), LavaanReference.data("PoliticalDemocracy.csv"), SemOptions.defaults()));
    }

    @Test
    void familyMediation() throws Exception {
        check("C2_family_mediation", Sem.fit(LavaanReference.model("C2_family_mediation"),
                LavaanReference.data("family_mediation_seed20240601.csv"), SemOptions.defaults()));
    }
}
