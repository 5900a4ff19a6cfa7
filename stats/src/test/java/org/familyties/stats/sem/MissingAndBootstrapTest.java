package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.familyties.stats.data.DataTable;
import org.junit.jupiter.api.Test;

class MissingAndBootstrapTest {

    @Test
    void fimlUsesAllCasesAndReportsPatterns() throws Exception {
        SemResult r = Sem.fit(LavaanReference.model("D_HS_cfa_fiml"), LavaanReference.data("HS_missing_seed42.csv"),
                SemOptions.cfa().withMissing(MissingData.FIML));
        // lavaan: nobs 301, nrow(lavInspect(fit, "patterns")) = 51
        assertThat(r.nObserved()).containsExactly(301);
        assertThat(r.patterns()).hasSize(51);
        assertThat(r.patterns().stream().mapToInt(MissingPattern::cases).sum()).isEqualTo(301);
        assertThat(r.patterns()).anyMatch(p -> p.observed().size() == 9 && p.cases() == 115);
    }

    @Test
    void listwiseDeletionReportsCasesUsedAndMatchesLavaan() throws Exception {
        SemResult r = Sem.fit(LavaanReference.model("D_HS_cfa_fiml"), LavaanReference.data("HS_missing_seed42.csv"), SemOptions.cfa());
        assertThat(r.nObserved()).containsExactly(115);
        assertThat(r.nTotalRows()).containsExactly(301);
        // 01_reference_fits.out, "D listwise" (printed to 3 decimals)
        Map<String, Double> lavaan = Map.of("npar", 21.0, "chisq", 41.493, "df", 24.0, "pvalue", 0.015, "baseline.chisq", 365.299,
                "cfi", 0.947, "tli", 0.920, "rmsea", 0.080, "srmr", 0.080, "logl", -1416.797);
        lavaan.forEach((k, v) -> assertThat(r.fit().get(k)).as(k).isCloseTo(v, within(1e-3)));
        assertThat(r.fit().get("bic")).isCloseTo(2933.237, within(1e-3));
    }

    @Test
    void fimlBootstrapResamplesIncompleteCases() throws Exception {
        DataTable data = LavaanReference.data("family_mediation_missing_seed7.csv");
        String model = LavaanReference.model("G5_fiml_covariates");
        SemResult analytic = Sem.fit(model, data, SemOptions.defaults().withMissing(MissingData.FIML));
        SemResult boot = Sem.fit(model, data, SemOptions.defaults().withMissing(MissingData.FIML).withBootstrap(300, 3));
        assertThat(boot.bootstrapDraws()).isEqualTo(300);
        for (String[] key : new String[][] {{"stress", "~", "inc"}, {"anti", "~", "stress"}, {"ind", ":=", "a*b"}}) {
            double se = analytic.parameter(key[0], key[1], key[2]).se();
            assertThat(boot.parameter(key[0], key[1], key[2]).se()).as(String.join("", key)).isCloseTo(se, within(0.15 * se));
            assertThat(boot.parameter(key[0], key[1], key[2]).est()).isEqualTo(analytic.parameter(key[0], key[1], key[2]).est());
        }
    }

    private static SemResult bootC1(int draws, long seed) throws Exception {
        DataTable data = LavaanReference.data("mediation_tutorial_seed1234.csv");
        return Sem.fit(LavaanReference.model("C1_mediation_tutorial"), data, SemOptions.defaults().withBootstrap(draws, seed));
    }

    @Test
    void bootstrapStandardErrorsAndPercentileIntervalsAreNearLavaans() throws Exception {
        SemResult r = bootC1(1000, 2024);
        assertThat(r.bootstrapDraws()).isEqualTo(1000);
        // 01_reference_fits.out, "C1 bootstrap": R's generator, so only loosely comparable
        record Ref(String lhs, String op, String rhs, double se, double lo, double hi) {
        }
        List<Ref> refs = List.of(new Ref("Y", "~", "X", 0.111, -0.170, 0.253), new Ref("M", "~", "X", 0.099, 0.270, 0.660),
                new Ref("Y", "~", "M", 0.087, 0.610, 0.956), new Ref("Y", "~~", "Y", 0.142, 0.610, 1.155),
                new Ref("M", "~~", "M", 0.171, 0.715, 1.376), new Ref("ab", ":=", "a*b", 0.087, 0.203, 0.546),
                new Ref("total", ":=", "c+(a*b)", 0.139, 0.136, 0.681));
        for (Ref ref : refs) {
            ParameterEstimate p = r.parameter(ref.lhs(), ref.op(), ref.rhs());
            assertThat(p.se()).as(ref.lhs() + ref.op() + ref.rhs()).isCloseTo(ref.se(), within(0.12 * ref.se()));
            assertThat(p.ciLower()).isCloseTo(ref.lo(), within(0.06));
            assertThat(p.ciUpper()).isCloseTo(ref.hi(), within(0.06));
            assertThat(p.z()).isCloseTo(p.est() / p.se(), within(1e-12));
        }
        ParameterEstimate x = r.parameter("X", "~~", "X");
        assertThat(x.se()).isZero();
        assertThat(x.ciLower()).isEqualTo(x.est());
    }

    @Test
    void bootstrapDoesNotDependOnTheNumberOfThreads() throws Exception {
        SemResult parallel = bootC1(300, 11);
        SemResult single = new ForkJoinPool(1).submit(() -> bootC1(300, 11)).get();
        SemResult other = bootC1(300, 12);
        for (int i = 0; i < parallel.parameters().size(); i++) {
            assertThat(single.parameters().get(i).se()).isEqualTo(parallel.parameters().get(i).se());
            assertThat(single.parameters().get(i).ciLower()).isEqualTo(parallel.parameters().get(i).ciLower());
        }
        assertThat(other.parameter("ab", ":=", "a*b").se()).isNotEqualTo(parallel.parameter("ab", ":=", "a*b").se());
    }
}
