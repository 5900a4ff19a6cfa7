package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import org.familyties.access.Users;
import org.familyties.export.format.DdiSchema;
import org.familyties.shared.CurrentUser;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files of a real deposit of the demo study, read by the programs reusers will use (GNU PSPP, R
 * haven), its DDI validated against the schema, and its disclosure control checked on the released data.
 */
@FamilyTiesTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositFilesTests {

    @Autowired
    Deposits deposits;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path dir;
    Map<String, byte[]> files;
    Deposits.Made made;

    @BeforeAll
    void deposit() throws IOException {
        long studyId = jdbc.sql("select id from study where code = 'FAMWAVES'").query(Long.class).single();
        CurrentUser user = users.currentUserFor("datamanager").orElseThrow();
        DepositOptions options = new DepositOptions(null, null, null, null, null, null, null, null,
                List.of("cq_age", "cq_school", "cq_sees_father"), 3, null, null);
        byte[][] zip = new byte[1][];
        made = transactions.execute(status -> {
            Deposits.Made m = deposits.create(studyId, options, user);
            try {
                zip[0] = deposits.download(studyId, m.deposit().id(), user).getContentAsByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            status.setRollbackOnly();
            return m;
        });
        files = DepositApiTests.unzip(zip[0]);
    }

    private Path unpacked() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (var e : files.entrySet()) {
            if (e.getKey().startsWith("data/")) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
        return data;
    }

    @Test
    void theZipWasStreamedToAFileThatGoesWithARolledBackDeposit() throws IOException {
        assertThat(made.deposit().zipSize()).isGreaterThan(0);
        assertThat(made.result().zipSize()).isEqualTo(made.deposit().zipSize());
        Path file = Path.of("target/test-deposits", "deposit-" + made.deposit().id() + "-"
                + made.deposit().zipSha256().substring(0, 16) + ".zip");
        assertThat(file).doesNotExist();
        try (var listing = Files.list(Path.of("target/test-deposits"))) {
            assertThat(listing.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void ddiOfTheRealStudyValidatesAgainstTheSchema() throws Exception {
        int validated = 0;
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith("-ddi.xml")) {
                DdiSchema.get().newValidator().validate(new StreamSource(
                        new java.io.ByteArrayInputStream(e.getValue()), e.getKey()));
                validated++;
            }
        }
        assertThat(validated).isEqualTo(7);
    }

    @Test
    void everyQuasiIdentifierGroupHasAtLeastKParticipantsAfterSuppression() {
        String[] header;
        List<String[]> rows = new ArrayList<>();
        String csv = new String(files.get("data/child_wide.csv"), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        header = lines[0].split(",", -1);
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        List<Integer> qis = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c].matches("(cq_age|cq_school|cq_sees_father)_w[0-9]+")) {
                qis.add(c);
            }
        }
        assertThat(qis).hasSize(9);
        assertThat(rows).hasSizeGreaterThan(3);
        for (String[] row : rows) {
            int group = 0;
            for (String[] other : rows) {
                boolean same = true;
                for (int c : qis) {
                    if (!row[c].isEmpty() && !other[c].isEmpty() && !row[c].equals(other[c])) {
                        same = false;
                        break;
                    }
                }
                group += same ? 1 : 0;
            }
            assertThat(group).as("group of %s", Arrays.toString(row)).isGreaterThanOrEqualTo(3);
        }
        var childRisk = made.result().risks().stream().filter(r -> r.role().equals("child")).findFirst().orElseThrow();
        assertThat(childRisk.kAfter()).isGreaterThanOrEqualTo(3);
        assertThat(childRisk.atRiskAfter()).isZero();
        assertThat(childRisk.atRiskBefore()).isPositive();
        assertThat(childRisk.suppressedValues()).isPositive();
        String report = new String(files.get("disclosure/disclosure-report.txt"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains("Role child").contains("values suppressed: " + childRisk.suppressedValues());
        assertThat(files).containsKey("disclosure/child_record_risk.csv");
        // what the wide form hides, the long form hides too
        String longCsv = new String(files.get("data/child_long.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(longCsv.split("\n")[0]).startsWith("participant_id,family_id,wave,");
    }

    @Test
    void theSpssSyntaxRunsInPsppOnTheCsvAndTheSavFilesOpen() throws IOException {
        ExternalTools.require("pspp");
        Path data = unpacked();
        for (String name : List.of("child_long", "father_wide", "family_linkage")) {
            String out = ExternalTools.runOk(data, "pspp", "-b", name + ".sps");
            assertThat(out).doesNotContain("error").doesNotContain("Error");
        }
        Files.write(data.resolve("child_wide.sav"), files.get("data/child_wide.sav"));
        Files.writeString(data.resolve("open.sps"), "GET FILE='child_wide.sav'.\nDISPLAY DICTIONARY.\n"
                + "DESCRIPTIVES VARIABLES=cq_closeness_w1.\n");
        String out = ExternalTools.runOk(data, "pspp", "-b", "-o", "open.csv", "open.sps");
        String described = Files.readString(data.resolve("open.csv"));
        assertThat(out + described).doesNotContain("Error");
        assertThat(described).contains("participant_id").contains("cq_school_w1").contains("Not well");
    }

    @Test
    void theStataFilesReadInRHaven() throws IOException {
        ExternalTools.requireRPackage("haven");
        Path data = unpacked();
        int rows = new String(files.get("data/mother_wide.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .split("\n").length - 1;
        String out = ExternalTools.runOk(data, "Rscript", "-e", """
                suppressPackageStartupMessages(library(haven))
                d <- read_dta('mother_wide.dta'); l <- read_dta('family_linkage.dta')
                cat(nrow(d), ncol(d) > 10, attr(d$sdq_1_w1, 'label'), names(attr(d$sdq_1_w1, 'labels'))[1],
                    inherits(l$sentence_start, 'Date'), sep = '|')
                """);
        assertThat(out.trim()).isEqualTo(rows + "|TRUE|Item 1 (W1)|Not true|TRUE");
    }

    @Test
    void theReadmeTellsReusersWhatWasDone() {
        String readme = new String(files.get("README.txt"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(readme).contains("FAMWAVES").contains("sha256sum -c MANIFEST.sha256")
                .contains("Free-text fields dropped: cq_worries").contains("shifted")
                .contains("did not consent to archiving");
        assertThat(files.keySet()).noneMatch(n -> n.contains("anonymisation"));
        String mother = new String(files.get("data/mother_wide.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mother.substring(0, mother.indexOf('\n'))).as("scale scores are released beside the items")
                .contains("sdq_parent_emotional_w1").contains("brs_resilience_w1");
        assertThat(made.result().anonymisationLog()).startsWith("kind,study id,released id");
    }
}
