package org.familyties.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.familyties.export.LabelledDataset;
import org.familyties.export.Variable;
import org.familyties.export.internal.Numbers;
import org.familyties.export.internal.Quoting;

/**
 * UTF-8 CSV without byte-order mark: a header of variable names, then one line per row ("\n" line
 * ends). Numbers are written in plain locale-free form (user-missing codes as their code), dates as
 * ISO yyyy-mm-dd, system-missing values as empty fields. Line breaks inside string values are
 * written as single spaces, because the SPSS syntax reads the file one case per line (the .sav and
 * .dta files keep them).
 */
public final class CsvWriter {

    public void write(LabelledDataset data, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int k = data.variables().size();
        for (int c = 0; c < k; c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(data.variables().get(c).name());
        }
        w.write('\n');
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < k; c++) {
                if (c > 0) {
                    w.write(',');
                }
                w.write(cell(data.variables().get(c), data.value(r, c)));
            }
            w.write('\n');
        }
        w.flush();
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replaceAll("\r\n|[\r\n]", " ");
    }

    static String cell(Variable v, Object value) {
        if (value == null) {
            return "";
        }
        return switch (v.kind()) {
            case NUMERIC -> Numbers.plain((Double) value);
            case STRING -> Quoting.csv(oneLine((String) value));
            case DATE -> ((LocalDate) value).toString();
        };
    }
}
