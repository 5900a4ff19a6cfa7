package org.familyties.stats.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familyties.stats.cli.StatsCli;
import org.familyties.stats.reduction.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResilienceCommandTest {

    @TempDir
    Path dir;

    static final String RISKS = ResidualResilienceTest.RISKS;

    @Test
    void textMatchesR() {
        String file = CliRunner.copy("cumrisk_resilience_seed99.csv", dir).toString();
        CliRunner.Run r = CliRunner.run("resilience", "--data", file, "--risk", RISKS, "--outcome", "antisocial",
                "--problem-outcome", "--protect", "warm:warmth>p75, gp:grandparent_support==1");
        assertThat(r.status()).as(r.err()).isEqualTo(StatsCli.OK);
        // 05_reduction_risk_resilience.out
        assertThat(r.out()).contains("Distribution: 0: 316, 1: 699, 2: 591, 3: 290, 4: 93, 5: 11")
                .containsPattern("adversity\\s+0\\.3009\\s+0\\.0207").contains("R-squared = 0.0953")
                .contains("sign flipped").contains("Mean protective index by class");
    }

    @Test
    void specFileFamiliesAndJson() throws IOException {
        Path data = dir.resolve("fam.csv");
        Files.writeString(data, """
                id,fam,risk_a,risk_b,y
                p1,f1,1,0,1
                p2,f1,1,1,3
                p3,f2,0,0,2
                p4,f2,1,1,6
                p5,f3,0,,4
                """);
        Path spec = dir.resolve("risks.txt");
        Files.writeString(spec, "# two risks\na: risk_a == 1\nb: risk_b >= 1\n");
        // index: 1, 2, 0, 2, (b missing) -> with --min-present 1 --missing prorate: 0 * 2 / 1 = 0
        CliRunner.Run r = CliRunner.run("resilience", "--data", data.toString(), "--risk", "@" + spec, "--outcome", "y",
                "--family", "fam", "--id", "id", "--min-present", "1", "--missing", "prorate", "--format", "json");
        assertThat(r.status()).as(r.err()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).contains("\"missingRule\":\"at least 1 of 2 indicators required; count prorated to all indicators\"")
                .contains("\"n\":5,\"rowsDropped\":0")
                .contains("{\"row\":5,\"id\":\"p5\",\"riskIndex\":0,\"riskIndicators\":[],\"missingIndicators\":[\"b\"]")
                .contains("\"family\":\"f3\",\"members\":1");
        CliRunner.Run text = CliRunner.run("resilience", "--data", data.toString(), "--risk", "@" + spec, "--outcome", "y",
                "--family", "fam");
        assertThat(text.status()).isEqualTo(StatsCli.OK);
        // complete cases only by default: p5 has no index
        assertThat(text.out()).contains("n = 4 (1 rows left out)").contains("Families:").containsPattern("f1\\s+2");
    }

    @Test
    void badInput() {
        String file = CliRunner.copy("cumrisk_resilience_seed99.csv", dir).toString();
        CliRunner.Run noOutcome = CliRunner.run("resilience", "--data", file, "--risk", RISKS);
        assertThat(noOutcome.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(noOutcome.err()).contains("--outcome");
        CliRunner.Run badSpec = CliRunner.run("resilience", "--data", file, "--risk", "poverty=>1", "--outcome", "antisocial");
        assertThat(badSpec.status()).isEqualTo(StatsCli.BAD_INPUT);
        CliRunner.Run thresholds = CliRunner.run("resilience", "--data", file, "--risk", RISKS, "--outcome", "antisocial",
                "--resilient-at", "-1", "--vulnerable-at", "1");
        assertThat(thresholds.status()).isEqualTo(StatsCli.BAD_INPUT);
        CliRunner.Run noSpecFile = CliRunner.run("resilience", "--data", file, "--risk", "@" + dir.resolve("none.txt"),
                "--outcome", "antisocial");
        assertThat(noSpecFile.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(noSpecFile.err()).contains("File not found for --risk");
        CliRunner.Run family = CliRunner.run("resilience", "--data", file, "--risk", RISKS, "--outcome", "antisocial",
                "--family", "nofamily");
        assertThat(family.status()).isEqualTo(StatsCli.BAD_INPUT);
    }
}
