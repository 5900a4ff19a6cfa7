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
import org.familyties.export.Variable;
import org.familyties.export.internal.Numbers;
import org.familyties.export.internal.Quoting;

/**
 * SPSS syntax that reads the CSV written by {@link CsvWriter}, applies variable labels, value labels,
 * user-missing values and measurement levels, and saves a system file. File names are relative, so
 * the syntax is run from the folder holding the CSV (as an archive user would).
 */
public final class SpssSyntaxWriter {

    public void write(LabelledDataset data, String csvFileName, String savFileName, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("* Encoding: UTF-8.\n");
        if (!data.label().isEmpty()) {
            w.write("* " + data.label().replace('\n', ' ') + ".\n");
        }
        w.write("GET DATA\n  /TYPE=TXT\n  /FILE=" + Quoting.spss(csvFileName) + "\n  /ENCODING='UTF-8'\n"
                + "  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n"
                + "  /QUALIFIER='\"'\n  /VARIABLES=");
        for (Variable v : data.variables()) {
            // A line starting with an abbreviation of COMMENT or DOCUMENT would start a new command.
            w.write(startsCommand(v.name()) ? " " : "\n    ");
            w.write(v.name() + " " + format(v));
        }
        w.write("\n  .\n");

        List<String> labels = new ArrayList<>();
        for (Variable v : data.variables()) {
            if (!v.label().isEmpty()) {
                labels.add(v.name() + " " + Quoting.spss(v.label()));
            }
        }
        if (!labels.isEmpty()) {
            w.write("VARIABLE LABELS " + String.join("\n  /", labels) + ".\n");
        }

        List<String> valueLabels = new ArrayList<>();
        for (Variable v : data.variables()) {
            if (!v.valueLabels().isEmpty()) {
                StringBuilder b = new StringBuilder(v.name());
                for (Map.Entry<Double, String> e : v.valueLabels().entrySet()) {
                    b.append("\n    ").append(Numbers.plain(e.getKey())).append(' ').append(Quoting.spss(e.getValue()));
                }
                valueLabels.add(b.toString());
            }
        }
        if (!valueLabels.isEmpty()) {
            w.write("VALUE LABELS\n  /" + String.join("\n  /", valueLabels) + ".\n");
        }

        for (Variable v : data.variables()) {
            if (!v.missingCodes().isEmpty()) {
                String codes = v.missingCodes().stream().map(Numbers::plain).collect(Collectors.joining(", "));
                w.write("MISSING VALUES " + v.name() + " (" + codes + ").\n");
            }
        }
        for (Variable v : data.variables()) {
            w.write("VARIABLE LEVEL " + v.name() + " (" + v.level().name() + ").\n");
        }
        w.write("SAVE OUTFILE=" + Quoting.spss(savFileName) + ".\n");
        w.flush();
    }

    static boolean startsCommand(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return (n.length() >= 4 && "COMMENT".startsWith(n)) || (n.length() >= 3 && "DOCUMENT".startsWith(n));
    }

    static String format(Variable v) {
        return switch (v.kind()) {
            case NUMERIC -> "F" + v.width() + "." + v.decimals();
            case STRING -> "A" + v.width();
            case DATE -> "SDATE10";
        };
    }
}
