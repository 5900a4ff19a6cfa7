package org.familyties.stats.reduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.familyties.stats.cli.StatsCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReductionCommandsTest {

    @TempDir
    static Path dir;
    static String hs;
    static final String VARS = "x1,x2,x3,x4,x5,x6,x7,x8,x9";

    @BeforeAll
    static void data() {
        hs = CliRunner.copy("HolzingerSwineford1939.csv", dir).toString();
    }

    @Test
    void pcaText() {
        CliRunner.Run r = CliRunner.run("pca", "--data", hs, "--vars", VARS);
        assertThat(r.status()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).contains("n = 301").containsPattern("PC1\\s+3\\.216\\s+0\\.357\\s+0\\.357")
                .containsPattern("x4\\s+0\\.766");
    }

    @Test
    void pcaWithParallelAnalysis() {
        CliRunner.Run r = CliRunner.run("pca", "--data", hs, "--vars", VARS, "--parallel", "200", "--seed", "9");
        assertThat(r.status()).as(r.err()).isEqualTo(StatsCli.OK);
        // 05_reduction_risk_resilience.out: 3 components retained, random mean of the first about 1.28
        assertThat(r.out()).contains("suggests 3 components").containsPattern("PC1\\s+3\\.216\\s+0\\.357\\s+0\\.357\\s+1\\.2[6-9]");
        CliRunner.Run json = CliRunner.run("pca", "--data", hs, "--vars", VARS, "--parallel", "50", "--format", "json");
        assertThat(json.out()).contains("\"suggestedComponents\":3");
    }

    @Test
    void pcaJson() {
        CliRunner.Run r = CliRunner.run("pca", "--data", hs, "--vars", VARS, "--format", "json");
        assertThat(r.status()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).startsWith("{\"analysis\":\"pca\",\"matrix\":\"correlation\",\"n\":301")
                .contains("\"eigenvalues\":[3.2163");
    }

    @Test
    void efaWithParallelAnalysisChoosesThreeFactors() {
        CliRunner.Run r = CliRunner.run("efa", "--data", hs, "--vars", VARS, "--parallel", "100", "--seed", "4",
                "--rotation", "promax");
        assertThat(r.status()).as(r.err()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).contains("Suggested number of factors: 3").contains("3 factors, maximum likelihood")
                .containsPattern("x9\\s+0\\.002\\s+0\\.368\\s+0\\.455")
                .contains("Factor correlations").contains("Chi-square = 22.377 on 12 degrees of freedom, p = 0.033506");
    }

    @Test
    void efaJsonMinresOblimin() {
        CliRunner.Run r = CliRunner.run("efa", "--data", hs, "--vars", VARS, "--factors", "3", "--method", "minres",
                "--rotation", "oblimin", "--format", "json");
        assertThat(r.status()).as(r.err()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).contains("\"method\":\"minres\",\"rotation\":\"oblimin\",\"factors\":3")
                .contains("\"factorCorrelations\":{\"Factor1\":{\"Factor1\":1");
    }

    @Test
    void efaWithoutFactorsUsesKaiser() {
        CliRunner.Run r = CliRunner.run("efa", "--data", hs, "--vars", VARS, "--rotation", "none");
        assertThat(r.out()).contains("3 factors");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        CliRunner.Run unknownVar = CliRunner.run("efa", "--data", hs, "--vars", "x1,x2,nope");
        assertThat(unknownVar.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(unknownVar.err().strip()).startsWith("efa: Unknown variable 'nope'").doesNotContain("\n");
        CliRunner.Run rotation = CliRunner.run("efa", "--data", hs, "--vars", VARS, "--rotation", "quartimax");
        assertThat(rotation.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(rotation.err()).contains("--rotation must be one of");
        CliRunner.Run tooMany = CliRunner.run("efa", "--data", hs, "--vars", "x1,x2,x3,x4", "--factors", "3");
        assertThat(tooMany.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(tooMany.err()).contains("too many");
        CliRunner.Run seedAlone = CliRunner.run("efa", "--data", hs, "--vars", VARS, "--seed", "3");
        assertThat(seedAlone.status()).isEqualTo(StatsCli.BAD_INPUT);
        CliRunner.Run noFile = CliRunner.run("pca", "--data", dir.resolve("absent.csv").toString(), "--vars", VARS);
        assertThat(noFile.status()).isEqualTo(StatsCli.BAD_INPUT);
        CliRunner.Run oneVar = CliRunner.run("pca", "--data", hs, "--vars", "x1");
        assertThat(oneVar.status()).isEqualTo(StatsCli.BAD_INPUT);
    }

    @Test
    void usageDocumentsTheOptions() {
        CliRunner.Run r = CliRunner.run("efa", "--help");
        assertThat(r.status()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).contains("--factors").contains("--method").contains("--rotation").contains("--parallel")
                .contains("--seed").contains("--format");
        assertThat(CliRunner.run("--help").out()).contains("efa").contains("pca").contains("reliability")
                .contains("resilience");
    }
}
