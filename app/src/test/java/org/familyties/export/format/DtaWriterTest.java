package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.familyties.export.ExternalTools;
import org.familyties.export.LabelledDataset;
import org.familyties.export.SampleData;
import org.familyties.export.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DtaWriterTest {

    @TempDir
    Path dir;

    static byte[] dta(LabelledDataset data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DtaWriter().write(data, LocalDateTime.of(2026, 1, 2, 3, 4), out);
        return out.toByteArray();
    }

    @Test
    void fileIsReproducibleAndStartsWithTheRelease118Header() throws IOException {
        byte[] a = dta(SampleData.survey());
        assertThat(a).isEqualTo(dta(SampleData.survey()));
        String text = new String(a, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>")
                .contains("02 Jan 2026 03:04").endsWith("</value_labels></stata_dta>");
    }

    @Test
    void nonIntegerLabelledCodesAreRejected() {
        LabelledDataset data = LabelledDataset.builder("x")
                .add(Variable.numeric("score").decimals(1).value(1.5, "Half")).row(1.5).build();
        assertThatThrownBy(() -> dta(data)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integer");
    }

    @Test
    void havenReadsEdgeCases() throws IOException {
        ExternalTools.requireRPackage("haven");
        Files.write(dir.resolve("edge.dta"), dta(SavWriterTest.edgeCases(true)));
        Files.write(dir.resolve("empty.dta"), dta(SavWriterTest.edgeCases(false)));
        String out = ExternalTools.runOk(dir, "Rscript", "--vanilla", "-e", """
                d <- haven::read_dta('edge.dta'); e <- haven::read_dta('empty.dta')
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
    void havenReadsLabelsTaggedMissingValuesAndData() throws IOException {
        ExternalTools.requireRPackage("haven");
        Files.write(dir.resolve("wave1.dta"), dta(SampleData.survey()));
        String out = RDescribe.describe(dir, "read_dta('wave1.dta')");
        assertThat(out.lines()).containsExactly(
                "pid|numeric|Participant number|||101;102;103;104;105;106",
                "relation|haven_labelled|Relationship to person in prison"
                        + "|1=Partner;2=Parent;3=Child;NA(a)=Not applicable;NA(b)=Don't know;NA(c)=Refused||1;2;NA(c);3;NA(b);1",
                "visits|haven_labelled|Visits in last 3 months|NA(a)=Not applicable||4;0;NA(a);12;NA;2",
                "wellbeing|numeric|Wellbeing score (WEMWBS), mean|||52.5;48.25;NA;61;39.75;0.125",
                "region|character|Region of residence|||Wales;North East, England;Ynys Môn \"Anglesey\";;Scotland;Wales",
                "interview|Date|Date of interview|||2025-03-01;2025-03-15;NA;2024-12-31;2025-01-02;2025-02-28",
                "satisfied_with_visit_rules|haven_labelled|Satisfied with visits"
                        + "|1=Not at all;2=Somewhat;3=Very;NA(a)=Don't know||3;1;NA(a);2;NA;3");
        String meta = ExternalTools.runOk(dir, "Rscript", "--vanilla", "-e",
                "d <- haven::read_dta('wave1.dta'); cat(attr(d, 'label'), attr(d$wellbeing, 'format.stata'), "
                        + "attr(d$region, 'format.stata'), sep = '|')");
        assertThat(meta).isEqualTo("Family Ties wave 1 (test)|%9.2f|%-20s");
    }
}
