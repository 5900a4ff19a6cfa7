package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familyties.export.ExternalTools;
import org.familyties.export.LabelledDataset;
import org.familyties.export.SampleData;
import org.familyties.export.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAndSpssSyntaxWriterTest {

    @TempDir
    Path dir;

    @Test
    void csvHasHeaderPlainNumbersIsoDatesAndEmptySystemMissing() throws IOException {
        String csv = csv(SampleData.survey());
        assertThat(csv.split("\n")).containsExactly(
                "pid,relation,visits,wellbeing,region,interview,satisfied_with_visit_rules",
                "101,1,4,52.5,Wales,2025-03-01,3",
                "102,2,0,48.25,\"North East, England\",2025-03-15,1",
                "103,-7,-9,,\"Ynys Môn \"\"Anglesey\"\"\",,-8",
                "104,3,12,61,,2024-12-31,2",
                "105,-8,,39.75,Scotland,2025-01-02,",
                "106,1,2,0.125,Wales,2025-02-28,3");
    }

    @Test
    void lineBreaksInsideStringsBecomeSpacesSoEachCaseStaysOnOneLine() throws IOException {
        LabelledDataset data = LabelledDataset.builder("notes").add(Variable.string("note", 40))
                .row("first line\r\nsecond\nthird\rfourth").build();
        assertThat(csv(data)).isEqualTo("note\nfirst line second third fourth\n");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertThat(csv(SampleData.survey())).isEqualTo(csv(SampleData.survey()));
        assertThat(sps(SampleData.survey())).isEqualTo(sps(SampleData.survey()));
    }

    @Test
    void syntaxDeclaresLabelsMissingValuesAndLevels() throws IOException {
        String sps = sps(SampleData.survey());
        assertThat(sps)
                .contains("/FILE='wave1.csv'")
                .contains("\n    interview SDATE10\n")
                .contains("    region A20\n")
                .contains("relation 'Relationship to person in prison'")
                .contains("-8 'Don''t know'")
                .contains("MISSING VALUES relation (-9, -8, -7).")
                .contains("VARIABLE LEVEL satisfied_with_visit_rules (ORDINAL).")
                .contains("SAVE OUTFILE='wave1.sav'.");
    }

    @Test
    void psppReadsTheCsvWithTheSyntaxAndKeepsTheDictionary() throws IOException {
        ExternalTools.require("pspp");
        LabelledDataset data = SampleData.survey();
        Files.writeString(dir.resolve("wave1.csv"), csv(data));
        Files.writeString(dir.resolve("wave1.sps"), sps(data));
        ExternalTools.runOk(dir, "pspp", "-b", "wave1.sps");
        assertThat(dir.resolve("wave1.sav")).exists();

        String out = PsppDictionary.describe(dir, "wave1.sav");
        PsppDictionary.assertMatchesSample(out);
    }

    @Test
    void psppReadsLongStringsAndMultiByteTextThroughTheSyntax() throws IOException {
        ExternalTools.require("pspp");
        LabelledDataset data = SavWriterTest.edgeCases(true);
        Files.writeString(dir.resolve("edge.csv"), csv(data));
        ByteArrayOutputStream sps = new ByteArrayOutputStream();
        new SpssSyntaxWriter().write(data, "edge.csv", "edge.sav", sps);
        Files.write(dir.resolve("edge.sps"), sps.toByteArray());
        ExternalTools.runOk(dir, "pspp", "-b", "edge.sps");
        String out = PsppDictionary.describe(dir, "edge.sav");
        assertThat(out).doesNotContain("Warning").doesNotContain("Error")
                .contains("story,4,Long free text,Nominal,Input,").contains("A600,A600")
                .contains("Age band,1,\"Under \"\"25\"\"\"")
                .contains("éx,üü").contains("üab,7\n").contains(",short,.\n");
    }

    @Test
    void namesThatPsppWouldTakeForCommentOrDocumentCommandsStillWork() throws IOException {
        ExternalTools.require("pspp");
        LabelledDataset data = LabelledDataset.builder("names")
                .add(Variable.numeric("document").label("First"))
                .add(Variable.string("comm", 5).label("Second"))
                .add(Variable.numeric("doc").label("Third"))
                .row(1.0, "a", 2.0).build();
        Files.writeString(dir.resolve("names.csv"), csv(data));
        ByteArrayOutputStream sps = new ByteArrayOutputStream();
        new SpssSyntaxWriter().write(data, "names.csv", "names.sav", sps);
        Files.write(dir.resolve("names.sps"), sps.toByteArray());
        ExternalTools.runOk(dir, "pspp", "-b", "names.sps");
        String out = PsppDictionary.describe(dir, "names.sav");
        assertThat(out).doesNotContain("Warning").doesNotContain("Error")
                .contains("document,1,First,").contains("comm,2,Second,").contains("doc,3,Third,")
                .contains("document,comm,doc\n1,a,2\n");
    }

    private static String csv(LabelledDataset data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(data, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String sps(LabelledDataset data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpssSyntaxWriter().write(data, "wave1.csv", "wave1.sav", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void write(Path file, Writer writer) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
