package org.familyties.stats.reduction;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Plain-text tables for the command line. */
public final class TextTables {

    private TextTables() {
    }

    public static String num(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.3f", v);
    }

    public static void matrix(PrintStream out, LabelledMatrix m) {
        int w = Math.max(8, m.rowNames().stream().mapToInt(String::length).max().orElse(0) + 1);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", ""));
        for (String c : m.columnNames()) {
            head.append(String.format(Locale.ROOT, "%9s", c));
        }
        out.println(head.toString().stripTrailing());
        for (int i = 0; i < m.rows(); i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", m.rowNames().get(i)));
            for (int j = 0; j < m.columns(); j++) {
                line.append(String.format(Locale.ROOT, "%9s", num(m.get(i, j))));
            }
            out.println(line);
        }
    }

    public static void rows(PrintStream out, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = header.get(j).length();
            for (List<String> r : rows) {
                w[j] = Math.max(w[j], r.get(j).length());
            }
        }
        out.println(line(header, w));
        for (List<String> r : rows) {
            out.println(line(r, w));
        }
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                sb.append("  ");
            }
            sb.append(j == 0 ? String.format(Locale.ROOT, "%-" + w[j] + "s", cells.get(j))
                    : String.format(Locale.ROOT, "%" + w[j] + "s", cells.get(j)));
        }
        return sb.toString().stripTrailing();
    }
}
