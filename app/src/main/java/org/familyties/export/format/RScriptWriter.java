package org.familyties.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.familyties.export.LabelledDataset;
import org.familyties.export.MeasurementLevel;
import org.familyties.export.Variable;
import org.familyties.export.internal.Numbers;
import org.familyties.export.internal.Quoting;

/**
 * Base-R script that reads the CSV written by {@link CsvWriter} into a data frame {@code d}. Variable
 * labels become {@code "label"} attributes. Nominal and ordinal variables with value labels become
 * factors (ordered for ordinal ones); values without a label keep their code as level. User-missing
 * codes become NA, and the reason is kept in a {@code "missing_reason"} attribute (a factor of the
 * missing codes' labels, NA where the value is not missing).
 */
public final class RScriptWriter {

    public void write(LabelledDataset data, String csvFileName, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Reads " + csvFileName + " (UTF-8) and applies variable and value labels. Base R only.\n");
        List<String> classes = new ArrayList<>();
        for (Variable v : data.variables()) {
            classes.add(v.name() + " = " + (v.isNumeric() ? "\"numeric\"" : "\"character\""));
        }
        w.write("d <- read.csv(" + Quoting.r(csvFileName) + ", fileEncoding = \"UTF-8\", na.strings = \"\",\n"
                + "  stringsAsFactors = FALSE, check.names = FALSE,\n  colClasses = c(" + String.join(", ", classes)
                + "))\n");
        w.write("label_codes <- function(x, codes, labels, missing, missing_labels, ordered) {\n"
                + "  reason <- factor(ifelse(x %in% missing, x, NA), levels = missing, labels = missing_labels)\n"
                + "  x[x %in% missing] <- NA\n"
                + "  if (!is.null(codes)) {\n"
                + "    lv <- sort(unique(c(codes, x[!is.na(x)])))\n"
                + "    lb <- ifelse(lv %in% codes, labels[match(lv, codes)], format(lv))\n"
                + "    x <- factor(x, levels = lv, labels = lb, ordered = ordered)\n"
                + "  }\n"
                + "  if (length(missing) > 0) attr(x, \"missing_reason\") <- reason\n"
                + "  x\n"
                + "}\n");
        if (!data.label().isEmpty()) {
            w.write("attr(d, \"label\") <- " + Quoting.r(data.label()) + "\n");
        }
        for (Variable v : data.variables()) {
            String col = "d[[" + Quoting.r(v.name()) + "]]";
            switch (v.kind()) {
                case STRING -> w.write(col + "[is.na(" + col + ")] <- \"\"\n");
                case DATE -> w.write(col + " <- as.Date(" + col + ")\n");
                case NUMERIC -> writeNumeric(w, v, col);
            }
            if (!v.label().isEmpty()) {
                w.write("attr(" + col + ", \"label\") <- " + Quoting.r(v.label()) + "\n");
            }
        }
        w.flush();
    }

    private static void writeNumeric(Writer w, Variable v, String col) throws IOException {
        List<Map.Entry<Double, String>> valid = v.valueLabels().entrySet().stream()
                .filter(e -> !v.isMissingCode(e.getKey())).toList();
        boolean factor = v.level() != MeasurementLevel.SCALE && !valid.isEmpty();
        if (!factor && v.missingCodes().isEmpty()) {
            return;
        }
        String codes = factor ? vector(valid.stream().map(e -> Numbers.plain(e.getKey())).toList()) : "NULL";
        String labels = factor ? vector(valid.stream().map(e -> Quoting.r(e.getValue())).toList()) : "NULL";
        String missing = vector(v.missingCodes().stream().map(Numbers::plain).toList());
        String missingLabels = vector(v.missingCodes().stream()
                .map(c -> Quoting.r(v.valueLabels().getOrDefault(c, "Missing " + Numbers.plain(c)))).toList());
        w.write(col + " <- label_codes(" + col + ", " + codes + ", " + labels + ",\n  " + missing + ", "
                + missingLabels + ", " + (v.level() == MeasurementLevel.ORDINAL ? "TRUE" : "FALSE") + ")\n");
    }

    private static String vector(List<String> items) {
        return items.isEmpty() ? "numeric(0)" : items.stream().collect(Collectors.joining(", ", "c(", ")"));
    }
}
