package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.familyties.export.ExternalTools;
import org.familyties.export.LabelledDataset;
import org.familyties.export.SampleData;
import org.familyties.export.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SavWriterTest {

    static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @TempDir
    Path dir;

    static byte[] sav(LabelledDataset data) throws IOException {
        return sav(data, SavWriter.Compression.NONE);
    }

    static byte[] sav(LabelledDataset data, SavWriter.Compression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SavWriter(compression).write(data, CREATED, out);
        return out.toByteArray();
    }

    @Test
    void headerCarriesTheCallersCreationDateAndIsReproducible() throws IOException {
        byte[] a = sav(SampleData.survey());
        assertThat(a).isEqualTo(sav(SampleData.survey()));
        assertThat(new String(Arrays.copyOfRange(a, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("$FL2");
        assertThat(new String(Arrays.copyOfRange(a, 92, 109), StandardCharsets.US_ASCII)).isEqualTo("02 Jan 2603:04:05");
    }

    @Test
    void shortNamesAreUniqueUpperCaseAndAtMostEightBytes() {
        List<Variable> vars = List.of(Variable.numeric("satisfaction_a").build(),
                Variable.numeric("satisfaction_b").build(), Variable.numeric("age").build());
        assertThat(SavWriter.shortNames(vars)).containsExactly("SATISFAC", "SATISF_1", "AGE");
    }

    @ParameterizedTest
    @EnumSource(SavWriter.Compression.class)
    void psppOpensTheSystemFileWithDictionaryAndData(SavWriter.Compression compression) throws IOException {
        ExternalTools.require("pspp");
        Files.write(dir.resolve("wave1.sav"), sav(SampleData.survey(), compression));
        PsppDictionary.assertMatchesSample(PsppDictionary.describe(dir, "wave1.sav"));
    }

    /** Short-name clashes, a 255-byte string of multi-byte characters, labels with quotes and no rows. */
    static LabelledDataset edgeCases(boolean withRows) {
        LabelledDataset.Builder b = LabelledDataset.builder("edge")
                .add(Variable.numeric("respondent_age_band").label("Age band").value(1, "Under \"25\""))
                .add(Variable.numeric("respondent_age_group").label("Âge — groupe"))
                .add(Variable.string("comment", 255).label("Comment"))
                .add(Variable.string("story", 600).label("Long free text"))
                .add(Variable.numeric("after_story").value(7, "Seven"));
        if (withRows) {
            b.row(1.0, 2.5, "é".repeat(127) + "x", "ü".repeat(299) + "ab", 7.0)
                    .row(null, -1.0e10, "", "short", null);
        }
        return b.build();
    }

    @Test
    void havenReadsEdgeCases() throws IOException {
        ExternalTools.requireRPackage("haven");
        Files.write(dir.resolve("edge.sav"), sav(edgeCases(true), SavWriter.Compression.BYTECODE));
        Files.write(dir.resolve("empty.sav"), sav(edgeCases(false), SavWriter.Compression.BYTECODE));
        String out = ExternalTools.runOk(dir, "Rscript", "--vanilla", "-e", """
                d <- haven::read_sav('edge.sav'); e <- haven::read_sav('empty.sav')
                cat(names(d), sep = ';'); cat('\\n')
                cat(attr(d$respondent_age_group, 'label'), names(attr(d$respondent_age_band, 'labels')), sep = '|'); cat('\\n')
                cat(nchar(d$comment[1]), nchar(d$comment[1], type = 'bytes'), d$comment[2] == '', sep = '|'); cat('\\n')
                cat(sprintf('%.1f', as.numeric(d$respondent_age_group)), is.na(d$respondent_age_band[2]), sep = '|'); cat('\\n')
                cat(nrow(e), ncol(e), names(e), sep = '|'); cat('\\n')
                cat(nchar(d$story), nchar(d$story[1], type = 'bytes'), substr(d$story[1], 298, 301), d$story[2],
                    as.numeric(d$after_story), names(attr(d$after_story, 'labels')), sep = '|'); cat('\\n')
                """);
        assertThat(out.lines()).containsExactly(
                "respondent_age_band;respondent_age_group;comment;story;after_story",
                "Âge — groupe|Under \"25\"",
                "128|255|TRUE",
                "2.5|-10000000000.0|TRUE",
                "0|5|respondent_age_band|respondent_age_group|comment|story|after_story",
                "301|5|600|üüab|short|7|NA|Seven");
    }

    @Test
    void psppReadsEdgeCasesWithoutWarnings() throws IOException {
        ExternalTools.require("pspp");
        Files.write(dir.resolve("edge.sav"), sav(edgeCases(true)));
        String out = PsppDictionary.describe(dir, "edge.sav");
        assertThat(out).doesNotContain("Warning").doesNotContain("Error")
                .contains("respondent_age_band,1,Age band").contains("respondent_age_group,2,Âge — groupe")
                .contains("comment,3,Comment,Nominal,Input,64,Left,A255,A255")
                .contains("story,4,Long free text,Nominal,Input,64,Left,A600,A600")
                .contains("after_story,5,,Scale,Input,8,Right,F8.0,F8.0");
        assertThat(out).contains("üab,7\n").contains(",short,.\n");
    }

    @Test
    void bytecodeCompressionShrinksTheData() throws IOException {
        assertThat(sav(SampleData.survey(), SavWriter.Compression.BYTECODE)).hasSizeLessThan(sav(SampleData.survey()).length);
    }

    @ParameterizedTest
    @EnumSource(SavWriter.Compression.class)
    void havenReadsTheSameValuesAndLabels(SavWriter.Compression compression) throws IOException {
        ExternalTools.requireRPackage("haven");
        Files.write(dir.resolve("wave1.sav"), sav(SampleData.survey(), compression));
        String out = RDescribe.describe(dir, "read_sav('wave1.sav', user_na = TRUE)");
        assertThat(out.lines()).containsExactly(
                "pid|numeric|Participant number|||101;102;103;104;105;106",
                "relation|haven_labelled_spss|Relationship to person in prison"
                        + "|-9=Not applicable;-8=Don't know;-7=Refused;1=Partner;2=Parent;3=Child|-9;-8;-7|1;2;-7;3;-8;1",
                "visits|haven_labelled_spss|Visits in last 3 months|-9=Not applicable|-9|4;0;-9;12;NA;2",
                "wellbeing|numeric|Wellbeing score (WEMWBS), mean|||52.5;48.25;NA;61;39.75;0.125",
                "region|character|Region of residence|||Wales;North East, England;Ynys Môn \"Anglesey\";;Scotland;Wales",
                "interview|Date|Date of interview|||2025-03-01;2025-03-15;NA;2024-12-31;2025-01-02;2025-02-28",
                "satisfied_with_visit_rules|haven_labelled_spss|Satisfied with visits"
                        + "|-8=Don't know;1=Not at all;2=Somewhat;3=Very|-8|3;1;-8;2;NA;3");
    }
}
