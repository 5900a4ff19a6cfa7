package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familyties.export.ExternalTools;
import org.familyties.export.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RScriptWriterTest {

    @TempDir
    Path dir;

    static String script() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RScriptWriter().write(SampleData.survey(), "wave1.csv", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scriptIsDeterministic() throws IOException {
        assertThat(script()).isEqualTo(script()).contains("read.csv(\"wave1.csv\"");
    }

    @Test
    void rReadsTheCsvIntoFactorsWithLabels() throws IOException {
        ExternalTools.require("Rscript");
        try (FileOutputStream csv = new FileOutputStream(dir.resolve("wave1.csv").toFile())) {
            new CsvWriter().write(SampleData.survey(), csv);
        }
        Files.writeString(dir.resolve("wave1.R"), script());
        Files.writeString(dir.resolve("check.R"), """
                source("wave1.R", encoding = "UTF-8")
                show <- function(...) cat(paste(..., sep = "|"), "\\n", sep = "")
                show(attr(d, "label"))
                show(class(d$relation), paste(levels(d$relation), collapse = ";"),
                     paste(ifelse(is.na(d$relation), "NA", as.character(d$relation)), collapse = ";"),
                     paste(ifelse(is.na(attr(d$relation, "missing_reason")), "-",
                                  as.character(attr(d$relation, "missing_reason"))), collapse = ";"),
                     attr(d$relation, "label"))
                show(class(d$satisfied_with_visit_rules)[1], paste(levels(d$satisfied_with_visit_rules), collapse = ";"))
                show(class(d$visits), paste(d$visits, collapse = ";"), paste(attr(d$visits, "missing_reason"), collapse = ";"))
                show(class(d$wellbeing), paste(d$wellbeing, collapse = ";"), attr(d$wellbeing, "label"))
                show(class(d$region), paste(d$region, collapse = ";"))
                show(class(d$interview), paste(format(d$interview), collapse = ";"))
                """);
        String out = ExternalTools.runOk(dir, "Rscript", "--vanilla", "check.R");
        assertThat(out.lines()).containsExactly(
                "Family Ties wave 1 (test)",
                "factor|Partner;Parent;Child|Partner;Parent;NA;Child;NA;Partner|-;-;Refused;-;Don't know;-"
                        + "|Relationship to person in prison",
                "ordered|Not at all;Somewhat;Very",
                "numeric|4;0;NA;12;NA;2|NA;NA;Not applicable;NA;NA;NA",
                "numeric|52.5;48.25;NA;61;39.75;0.125|Wellbeing score (WEMWBS), mean",
                "character|Wales;North East, England;Ynys Môn \"Anglesey\";;Scotland;Wales",
                "Date|2025-03-01;2025-03-15;NA;2024-12-31;2025-01-02;2025-02-28");
    }
}
