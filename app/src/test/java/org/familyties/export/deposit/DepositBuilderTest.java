package org.familyties.export.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.familyties.export.DepositOptions;
import org.familyties.export.Transcript;
import org.familyties.instruments.Choice;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.TextValidation;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.StudyDataExtract.Observation;
import org.junit.jupiter.api.Test;

/** The deposit builder on a small hand-made study: what is dropped, shifted, re-keyed and replaced. */
class DepositBuilderTest {

    static final byte[] SECRET = "a study secret of enough bytes".getBytes(StandardCharsets.UTF_8);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 30);

    static final List<Field> FIELDS = List.of(
            Field.builder("full_name", "intake", FieldType.TEXT).label("Full name").identifier(true).build(),
            Field.builder("visit_date", "intake", FieldType.TEXT).label("Date of last visit")
                    .validation(TextValidation.DATE_YMD).build(),
            Field.builder("moved_date", "intake", FieldType.TEXT).label("Date of moving house")
                    .validation(TextValidation.DATE_YMD).build(),
            Field.builder("children", "intake", FieldType.TEXT).label("Number of children")
                    .validation(TextValidation.INTEGER).build(),
            Field.builder("region", "intake", FieldType.DROPDOWN).label("Region")
                    .choices(new Choice("1", "North"), new Choice("2", "Midlands"), new Choice("3", "South")).build(),
            Field.builder("story", "intake", FieldType.NOTES).label("Tell us about your family").build());

    static DepositInput input(DepositOptions options, Map<String, String> excluded) {
        List<Observation> obs = new ArrayList<>();
        List<DepositInput.Member> members = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String family = String.format("F%03d", i);
            String p = family + "-F1";
            members.add(new DepositInput.Member(p, family, "father"));
            for (int wave = 1; wave <= 2; wave++) {
                obs.add(new Observation(family, p, "father", wave, "Wave " + wave, "full_name", "Jo Bloggs" + i, false));
                obs.add(new Observation(family, p, "father", wave, "Wave " + wave, "visit_date", "2020-0" + wave + "-15", false));
                obs.add(new Observation(family, p, "father", wave, "Wave " + wave, "moved_date", "2020-0" + wave + "-25", false));
                obs.add(new Observation(family, p, "father", wave, "Wave " + wave, "children", i == 12 ? "11" : String.valueOf(i % 3 + 1), false));
                obs.add(new Observation(family, p, "father", wave, "Wave " + wave, "region", i == 5 ? "-7" : String.valueOf(i % 3 + 1), false));
                obs.add(new Observation(family, p, "father", wave, "Wave " + wave, "story", "I am " + p, false));
            }
        }
        return new DepositInput("TEST", "Test study", List.of(new DepositInput.WaveInfo(1, "Wave 1"),
                new DepositInput.WaveInfo(2, "Wave 2")), List.of(new DepositInput.RoleInfo("father", "Father")),
                FIELDS, MissingCode.DEFAULTS, Map.of(), obs::forEach, members,
                List.of(new DepositInput.FamilyInfo("F001", LocalDate.of(2019, 3, 1), LocalDate.of(2020, 3, 1))),
                excluded, List.of(new Transcript("F002-F1", "F002", 1, "Interview",
                        "Interviewer: this is F002-F1 of family F002. F003-F1 is his brother.")), SECRET, options);
    }

    /** A package built as the service builds it, streamed into memory. */
    record Built(DepositResult result, byte[] zip) {
    }

    static Built built(DepositInput in, LocalDateTime at) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DepositResult result = DepositBuilder.build(in, at, out);
        assertThat(result.zipSize()).isEqualTo(out.size());
        assertThat(result.zipSha256()).isEqualTo(org.familyties.export.DeterministicZip.sha256(out.toByteArray()));
        return new Built(result, out.toByteArray());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void dropsIdentifiersAndFreeTextAndShiftsDatesKeepingIntervals() throws IOException {
        Built r = built(input(DepositOptions.defaults(), Map.of()), NOW);
        Map<String, String> files = unzip(r.zip());
        String all = String.join("\n", files.values());
        assertThat(all).doesNotContain("Bloggs").doesNotContain("I am F0").doesNotContain("F001-F1");
        assertThat(r.result().droppedIdentifiers()).containsExactly("full_name");
        assertThat(r.result().droppedFreeText()).containsExactly("story");

        String[] lines = files.get("data/father_long.csv").split("\n");
        assertThat(lines[0]).isEqualTo("participant_id,family_id,wave,visit_date,moved_date,children,region");
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",");
            LocalDate visit = LocalDate.parse(c[3]);
            LocalDate moved = LocalDate.parse(c[4]);
            assertThat(ChronoUnit.DAYS.between(visit, moved)).isEqualTo(10);
            assertThat(visit).isNotIn(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 15));
        }
        assertThat(r.result().anonymisationLog()).contains("participant,F001-F1,");
    }

    @Test
    void keepsFreeTextForReviewReducesDatesToYearsAndReKeysIdsSequentially() throws IOException {
        DepositOptions options = new DepositOptions(List.of(1), null, null, "REVIEW", "YEAR", null, "REKEY",
                List.of(new DepositOptions.TopCode("children", null, 5.0)), null, null, null, null);
        Built r = built(input(options, Map.of("F004-F1", "withdrew")), NOW);
        Map<String, String> files = unzip(r.zip());
        assertThat(r.result().freeTextForReview()).containsExactly("story");
        String[] lines = files.get("data/father_long.csv").split("\n");
        assertThat(lines).hasSize(12);
        assertThat(lines[1]).startsWith("P00001,F").contains(",2020,2020,");
        assertThat(files.get("data/father_long.csv")).doesNotContain(",11,");
        assertThat(files.get("README.txt")).contains("KEPT FOR REVIEW").contains("1 values lowered");
        assertThat(r.result().anonymisationLog()).doesNotContain("F004-F1");
    }

    @Test
    void transcriptsUseTheReleasedIdsAndTheLogStaysOutside() throws IOException {
        Built r = built(input(DepositOptions.defaults(), Map.of()), NOW);
        Map<String, String> files = unzip(r.zip());
        String transcriptName = files.keySet().stream().filter(n -> n.startsWith("transcripts/")).findFirst().orElseThrow();
        String transcript = files.get(transcriptName);
        assertThat(transcript).doesNotContain("F002").doesNotContain("F003");
        String log = r.result().anonymisationLog();
        String p2 = released(log, "participant,F002-F1,");
        String p3 = released(log, "participant,F003-F1,");
        String f2 = released(log, "family,F002,");
        assertThat(transcript).contains("this is " + p2 + " of family " + f2 + ". " + p3 + " is his brother.");
        assertThat(transcriptName).isEqualTo("transcripts/" + p2 + "_w1.txt");
        assertThat(log).contains("transcript " + transcriptName + ",F002-F1," + p2);
    }

    @Test
    void recodingAndSuppressionReachK() throws IOException {
        DepositOptions options = new DepositOptions(null, null, null, null, null, null, null, null,
                List.of("children", "region"), 3,
                List.of(new DepositOptions.Banding("children", List.of(new DepositOptions.Band(null, 3.0, "1-2"),
                        new DepositOptions.Band(3.0, null, "3 or more")))),
                List.of(new DepositOptions.Merge("region", List.of(2.0, 3.0), 2.0, "Midlands or South")));
        Built r = built(input(options, Map.of()), NOW);
        var risk = r.result().risks().get(0);
        assertThat(risk.kAfter()).isGreaterThanOrEqualTo(3);
        assertThat(risk.atRiskAfter()).isZero();
        String readme = unzip(r.zip()).get("README.txt");
        assertThat(readme).contains("father: children: information loss").contains("father: region: information loss");
    }

    @Test
    void refusesUnknownVariablesAndBadChoices() {
        DepositOptions options = new DepositOptions(List.of(3), List.of("nope"), List.of("uncle"), "maybe", null, 0,
                null, null, List.of("story"), 101, null, null);
        assertThatThrownBy(() -> built(input(options, Map.of()), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("freeText", "waves", "roles", "instruments", "k", "maxShiftDays",
                                "quasiIdentifiers"));
    }

    @Test
    void sameInputGivesTheSameDataBytes() throws IOException {
        Map<String, String> a = unzip(built(input(DepositOptions.defaults(), Map.of()), NOW).zip());
        Map<String, String> b = unzip(built(input(DepositOptions.defaults(), Map.of()),
                NOW.plusDays(3)).zip());
        a.keySet().stream().filter(n -> !n.equals("README.txt") && !n.equals("MANIFEST.sha256"))
                .forEach(n -> assertThat(b.get(n)).as(n).isEqualTo(a.get(n)));
    }

    private static String released(String log, String prefix) {
        return log.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }
}
