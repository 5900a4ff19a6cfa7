package org.familyties.stats.sem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.familyties.stats.cli.StatsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private Path resource(String name) throws IOException {
        Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream("/sem/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Run run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] a = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int status = StatsCli.run(a, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    @Test
    void jsonHasLavaanFitNamesParametersAndNulls() throws IOException {
        Run r = run("sem", "--data", resource("family_mediation_seed20240601.csv"), "--model", resource("models/C2_family_mediation.lav"),
                "--format", "json");
        assertThat(r.status()).isZero();
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        Map<String, Object> fit = (Map<String, Object>) json.get("fit");
        // lavaan 0.6-14, ref_C2_family_mediation_fit.csv
        assertThat((Double) fit.get("chisq")).isCloseTo(1.99381583718061, within(1e-3));
        assertThat((Double) fit.get("cfi")).isCloseTo(0.995506174528863, within(1e-3));
        assertThat((Double) fit.get("rmsea.ci.upper")).isCloseTo(0.0966657982241154, within(1e-3));
        assertThat((Double) fit.get("ntotal")).isEqualTo(1000.0);
        List<Map<String, Object>> params = (List<Map<String, Object>>) json.get("parameters");
        assertThat(params).hasSize(10);
        Map<String, Object> ind = params.get(9);
        assertThat(ind).containsEntry("lhs", "ind").containsEntry("op", ":=").containsEntry("rhs", "a*b").containsEntry("label", "ind");
        assertThat((Double) ind.get("est")).isCloseTo(0.132591892919601, within(1e-3));
        assertThat((Double) ind.get("se")).isCloseTo(0.0306357529729021, within(1e-3));
        Map<String, Object> incVar = params.get(6);
        assertThat(incVar).containsEntry("lhs", "inc").containsEntry("rhs", "inc");
        assertThat(incVar.get("z")).isNull();
        assertThat(incVar.get("pvalue")).isNull();
        assertThat(incVar).containsKeys("lhs", "op", "rhs", "group", "label", "est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.lv", "std.all");
        assertThat((List<Object>) json.get("warnings")).isEmpty();
        assertThat((List<Object>) json.get("nobs")).containsExactly(1000.0);
    }

    @SuppressWarnings("unchecked")
    @Test
    void jsonListsMissingPatternsUnderFiml() throws IOException {
        Run r = run("sem", "--data", resource("HS_missing_seed42.csv"), "--model", resource("models/D_HS_cfa_fiml.lav"),
                "--function", "cfa", "--missing", "fiml", "--format", "json");
        assertThat(r.status()).isZero();
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        List<Map<String, Object>> patterns = (List<Map<String, Object>>) json.get("patterns");
        // lavaan: nrow(lavInspect(fit, "patterns")) = 51, 115 complete cases
        assertThat(patterns).hasSize(51);
        assertThat(patterns.stream().mapToDouble(p -> (Double) p.get("cases")).sum()).isEqualTo(301.0);
        assertThat(patterns).anyMatch(p -> ((List<Object>) p.get("observed")).size() == 9 && (Double) p.get("cases") == 115.0);
        assertThat((Double) ((Map<String, Object>) json.get("fit")).get("chisq")).isCloseTo(72.3723679691401, within(1e-3 * 72.37));
    }

    @SuppressWarnings("unchecked")
    @Test
    void informationOptionSelectsObservedStandardErrors() throws IOException {
        Run r = run("sem", "--data", resource("HolzingerSwineford1939.csv"), "--model", resource("models/A_HS_cfa.lav"),
                "--function", "cfa", "--information", "observed", "--format", "json");
        assertThat(r.status()).isZero();
        List<Map<String, Object>> params = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(r.out())).get("parameters");
        // lavaan cfa(..., information = "observed"): se of visual =~ x2 is 0.109247 (expected information: 0.099665)
        assertThat((Double) params.get(1).get("se")).isCloseTo(0.109247, within(1e-3));
        assertThat(run("sem", "--data", dir.resolve("HolzingerSwineford1939.csv"), "--model", dir.resolve("A_HS_cfa.lav"),
                "--information", "hessian").status()).isEqualTo(StatsCli.BAD_INPUT);
    }

    @Test
    void textIsLaidOutLikeLavaansSummary() throws IOException {
        Run r = run("sem", "--data", resource("mediation_tutorial_seed1234.csv"), "--model", resource("models/C1_mediation_tutorial.lav"));
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Model Test User Model:", "Comparative Fit Index (CFI)", "Regressions:", "Variances:",
                "Defined Parameters:");
        assertThat(r.out()).containsPattern("ab\\s+0\\.374\\s+0\\.092\\s+4\\.059\\s+0\\.000");
        assertThat(r.out()).containsPattern("X\\s+\\(c\\)\\s+0\\.036\\s+0\\.104");
    }

    @Test
    void fimlReportsPatternsAndCfaFunction() throws IOException {
        Path data = resource("HS_missing_seed42.csv");
        Path model = resource("models/D_HS_cfa_fiml.lav");
        Run r = run("sem", "--data", data, "--model", model, "--function", "cfa", "--missing", "fiml");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("Number of missing patterns\\s+\\d+");
        assertThat(r.out()).containsPattern("Test statistic\\s+72\\.372");
        Run lw = run("sem", "--data", data, "--model", model, "--function", "cfa");
        assertThat(lw.status()).isZero();
        // lavaan: listwise nobs = 115 of 301, chisq 41.493
        assertThat(lw.out()).containsPattern("Number of observations\\s+115\\s+301");
        assertThat(lw.out()).containsPattern("Test statistic\\s+41\\.493");
    }

    @Test
    void unknownVariableExitsWithTwoAndListsColumns() throws IOException {
        Path model = file("bad.lav", "Y ~ X + Z\n");
        Run r = run("sem", "--data", resource("mediation_tutorial_seed1234.csv"), "--model", model);
        assertThat(r.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("'Z'").contains("X, Y, M");
    }

    @Test
    void syntaxErrorExitsWithTwoNamingLineAndColumn() throws IOException {
        Path model = file("bad.lav", "Y ~ c*X\nM ~ ~ a*X\n");
        Run r = run("sem", "--data", resource("mediation_tutorial_seed1234.csv"), "--model", model);
        assertThat(r.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("line 2, column 5").contains("expected");
    }

    @Test
    void badOptionsExitWithTwo() throws IOException {
        Path data = resource("mediation_tutorial_seed1234.csv");
        Path model = resource("models/C1_mediation_tutorial.lav");
        assertThat(run("sem", "--data", data).status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(run("sem", "--data", data, "--model", model, "--function", "pca").status()).isEqualTo(StatsCli.BAD_INPUT);
        Run r = run("sem", "--data", data, "--model", model, "--group", "X", "--group-equal", "loadingz");
        assertThat(r.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(r.err()).contains("loadingz");
        assertThat(run("sem", "--data", data, "--model", model, "--group", "nosuch").err()).contains("nosuch");
    }

    @SuppressWarnings("unchecked")
    @Test
    void seededBootstrapIsReproducible() throws IOException {
        Path data = resource("mediation_tutorial_seed1234.csv");
        Path model = resource("models/C1_mediation_tutorial.lav");
        Run a = run("sem", "--data", data, "--model", model, "--bootstrap", 200, "--seed", 5, "--format", "json");
        Run b = run("sem", "--data", data, "--model", model, "--bootstrap", 200, "--seed", 5, "--format", "json");
        assertThat(a.status()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        List<Map<String, Object>> params = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(a.out())).get("parameters");
        List<Double> ses = new ArrayList<>();
        params.forEach(p -> ses.add((Double) p.get("se")));
        // bootstrap SE of ab near lavaan's 0.087 (R's own draws), not the delta-method 0.092 exactly
        assertThat(ses.get(6)).isCloseTo(0.087, within(0.015));
    }
}
