package org.familyties.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.familyties.export.LabelledDataset;
import org.familyties.export.MeasurementLevel;
import org.familyties.export.StudyDescription;
import org.familyties.export.Variable;
import org.familyties.export.VariableSummary;
import org.familyties.export.internal.Numbers;
import org.familyties.export.internal.Stat;
import org.familyties.export.internal.XmlWriter;

/**
 * Human-readable codebook as a single HTML page: per variable its label, type, measurement level,
 * values with labels and frequencies (missing codes marked), and summary statistics for scale
 * variables. String values are never listed, only counted, as free text may identify people.
 */
public final class HtmlCodebookWriter {

    public void write(LabelledDataset data, StudyDescription study, OutputStream out) throws IOException {
        XmlWriter x = new XmlWriter(out);
        x.raw("<!DOCTYPE html>\n");
        x.start("html", "lang", "en");
        x.start("head");
        x.empty("meta", "charset", "utf-8");
        x.element("title", "Codebook: " + study.title());
        x.element("style", "body{font-family:sans-serif;max-width:60em;margin:auto}"
                + "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2em .5em;text-align:left}"
                + "td.n{text-align:right}");
        x.end();
        x.start("body");
        x.element("h1", "Codebook: " + study.title());
        x.start("dl");
        if (!study.identifier().isEmpty()) {
            x.element("dt", "Identifier").element("dd", study.identifier());
        }
        if (!study.authors().isEmpty()) {
            x.element("dt", "Authors").element("dd", String.join("; ", study.authors()));
        }
        x.element("dt", "Data set").element("dd", data.name() + (data.label().isEmpty() ? "" : " – " + data.label()));
        x.element("dt", "Cases").element("dd", Integer.toString(data.rowCount()));
        x.element("dt", "Variables").element("dd", Integer.toString(data.variables().size()));
        x.end();
        if (!study.abstractText().isEmpty()) {
            x.element("p", study.abstractText());
        }
        x.element("h2", "Variables");
        x.start("ol");
        for (Variable v : data.variables()) {
            x.start("li").element("a", v.name() + (v.label().isEmpty() ? "" : ": " + v.label()), "href", "#var-" + v.name()).end();
        }
        x.end();
        for (Variable v : data.variables()) {
            variable(x, data, v);
        }
        x.end();
        x.end();
        x.flush();
    }

    private static void variable(XmlWriter x, LabelledDataset data, Variable v) throws IOException {
        VariableSummary s = data.summary(v.name());
        x.start("section", "id", "var-" + v.name());
        x.element("h3", v.name());
        x.start("dl");
        x.element("dt", "Label").element("dd", v.label().isEmpty() ? "(none)" : v.label());
        x.element("dt", "Type").element("dd", type(v));
        x.element("dt", "Measurement level").element("dd", v.level().name().toLowerCase(Locale.ROOT));
        x.element("dt", "Valid").element("dd", Long.toString(s.valid()));
        x.element("dt", "Missing").element("dd", s.userMissing() + " user-missing, " + s.systemMissing() + " system-missing");
        if (!v.missingCodes().isEmpty()) {
            x.element("dt", "Missing codes").element("dd", String.join(", ",
                    v.missingCodes().stream().map(c -> Numbers.plain(c) + " " + v.valueLabel(c)).toList()));
        }
        x.end();
        if (v.isNumeric() && v.level() == MeasurementLevel.SCALE && s.valid() > 0) {
            x.start("table").element("caption", "Summary statistics of valid values");
            x.start("tr").element("th", "Minimum").element("th", "Maximum").element("th", "Mean")
                    .element("th", "Standard deviation").end();
            x.start("tr").element("td", Stat.rounded(s.min(), 4), "class", "n")
                    .element("td", Stat.rounded(s.max(), 4), "class", "n")
                    .element("td", Stat.rounded(s.mean(), 4), "class", "n")
                    .element("td", Double.isNaN(s.stdDev()) ? "–" : Stat.rounded(s.stdDev(), 4), "class", "n").end();
            x.end();
        }
        if (!v.valueLabels().isEmpty()) {
            x.start("table").element("caption", "Values");
            x.start("tr").element("th", "Code").element("th", "Label").element("th", "Frequency")
                    .element("th", "Percent").element("th", "Missing").end();
            for (Map.Entry<Double, String> e : v.valueLabels().entrySet()) {
                long n = s.frequencies().getOrDefault(e.getKey(), 0L);
                x.start("tr").element("td", Numbers.plain(e.getKey()), "class", "n").element("td", e.getValue())
                        .element("td", Long.toString(n), "class", "n")
                        .element("td", data.rowCount() == 0 ? "–" : Stat.rounded(100.0 * n / data.rowCount(), 1), "class", "n")
                        .element("td", v.isMissingCode(e.getKey()) ? "yes" : "no").end();
            }
            x.end();
        }
        x.end();
    }

    private static String type(Variable v) {
        return switch (v.kind()) {
            case NUMERIC -> "numeric (" + v.width() + " wide, " + v.decimals() + " decimals)";
            case STRING -> "text (up to " + v.width() + " bytes)";
            case DATE -> "date (yyyy-mm-dd)";
        };
    }
}
