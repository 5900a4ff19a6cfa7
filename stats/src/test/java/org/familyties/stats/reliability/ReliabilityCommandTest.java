package org.familyties.stats.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.familyties.stats.cli.StatsCli;
import org.familyties.stats.reduction.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityCommandTest {

    @TempDir
    Path dir;

    @Test
    void textReportsAlphaOmegaAndRowsUsed() {
        String file = CliRunner.copy("HS_missing_seed42.csv", dir).toString();
        CliRunner.Run r = CliRunner.run("reliability", "--data", file, "--items", "x4,x5,x6");
        assertThat(r.status()).as(r.err()).isEqualTo(StatsCli.OK);
        // reduction_references.out: alpha_textual_missing n 221 alpha 0.8783048 std 0.8806221 omega 0.8815152
        assertThat(r.out()).contains("n = 221 (80 rows with a missing item left out)")
                .contains("Cronbach's alpha = 0.878, standardised alpha = 0.881")
                .contains("McDonald's omega total = 0.882");
    }

    @Test
    void json() {
        String file = CliRunner.copy("HolzingerSwineford1939.csv", dir).toString();
        CliRunner.Run r = CliRunner.run("reliability", "--data", file, "--items", "x1,x2,x3", "--format", "json");
        assertThat(r.status()).isEqualTo(StatsCli.OK);
        assertThat(r.out()).startsWith("{\"analysis\":\"reliability\",\"items\":[\"x1\",\"x2\",\"x3\"],\"n\":301")
                .contains("\"alpha\":0.6261171").contains("\"itemStatistics\":[{\"item\":\"x1\"");
    }

    @Test
    void missingItemsOptionIsBadInput() {
        String file = CliRunner.copy("HolzingerSwineford1939.csv", dir).toString();
        CliRunner.Run r = CliRunner.run("reliability", "--data", file);
        assertThat(r.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(r.err()).contains("--items");
        CliRunner.Run text = CliRunner.run("reliability", "--data", file, "--items", "x1,school");
        assertThat(text.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(text.err()).contains("non-numeric").contains("school");
    }
}
