package org.familyties.export.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.familyties.export.DepositOptions;
import org.familyties.export.internal.Numbers;
import org.familyties.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The repeating rows of the deposit page for top-coding, bands and merged categories, read into deposit
 * options. Rows left blank are ignored; what cannot be read is reported per section, naming the row's
 * variable, so that the service's checks (unknown variables, codes a variable does not have) read alike.
 */
final class DeidentificationForm {

    static final String TOP_CODES = "topCodes";
    static final String BANDS = "bands";
    static final String MERGES = "merges";
    /** Blank rows shown beneath the filled ones, and at least this many rows in all. */
    static final int SPARE_ROWS = 1;
    static final int MIN_ROWS = 3;

    /** One row as typed, for showing the form again. */
    record Row(String variable, String value, String into, String label) {
        boolean blank() {
            return isBlank(variable) && isBlank(value) && isBlank(into) && isBlank(label);
        }
    }

    final List<Row> topCodeRows;
    final List<Row> bandRows;
    final List<Row> mergeRows;
    final List<DepositOptions.TopCode> topCodes = new ArrayList<>();
    final List<DepositOptions.Banding> bands = new ArrayList<>();
    final List<DepositOptions.Merge> merges = new ArrayList<>();

    DeidentificationForm(MultiValueMap<String, String> form, List<FieldProblem> problems) {
        topCodeRows = rows(form, "topCodeVariable", "topCodeAt", null, null);
        bandRows = rows(form, "bandVariable", "bandEdges", null, null);
        mergeRows = rows(form, "mergeVariable", "mergeCodes", "mergeInto", "mergeLabel");
        for (Row r : topCodeRows) {
            if (complete(r, TOP_CODES, "a value to top-code at", problems)) {
                Double cap = number(r.value());
                if (cap == null) {
                    problems.add(new FieldProblem(TOP_CODES, "Enter the value to top-code " + r.variable()
                            + " at as a number, such as 10"));
                } else {
                    topCodes.add(new DepositOptions.TopCode(r.variable().trim(), null, cap));
                }
            }
        }
        for (Row r : bandRows) {
            if (complete(r, BANDS, "band edges", problems)) {
                band(r, problems);
            }
        }
        for (Row r : mergeRows) {
            if (complete(r, MERGES, "the codes to merge", problems)) {
                merge(r, problems);
            }
        }
    }

    private void band(Row r, List<FieldProblem> problems) {
        List<Double> edges = new ArrayList<>();
        for (String part : parts(r.value())) {
            Double edge = number(part);
            if (edge == null) {
                problems.add(new FieldProblem(BANDS, "The band edges of " + r.variable() + " must be numbers separated by "
                        + "commas, such as 18, 25, 35; " + part + " is not a number"));
                return;
            }
            if (!edges.isEmpty() && edge <= edges.get(edges.size() - 1)) {
                problems.add(new FieldProblem(BANDS, "The band edges of " + r.variable()
                        + " must increase from left to right, such as 18, 25, 35"));
                return;
            }
            edges.add(edge);
        }
        if (edges.isEmpty()) {
            problems.add(new FieldProblem(BANDS, "Enter band edges for " + r.variable() + ", such as 18, 25, 35"));
            return;
        }
        bands.add(new DepositOptions.Banding(r.variable().trim(), bandsBetween(edges)));
    }

    /** Edges 18, 25 give the bands "below 18", "18 to under 25" and "25 and over". */
    static List<DepositOptions.Band> bandsBetween(List<Double> edges) {
        List<DepositOptions.Band> bands = new ArrayList<>();
        bands.add(new DepositOptions.Band(null, edges.get(0), "below " + Numbers.plain(edges.get(0))));
        for (int i = 0; i + 1 < edges.size(); i++) {
            bands.add(new DepositOptions.Band(edges.get(i), edges.get(i + 1),
                    Numbers.plain(edges.get(i)) + " to under " + Numbers.plain(edges.get(i + 1))));
        }
        double last = edges.get(edges.size() - 1);
        bands.add(new DepositOptions.Band(last, null, Numbers.plain(last) + " and over"));
        return bands;
    }

    private void merge(Row r, List<FieldProblem> problems) {
        List<Double> codes = new ArrayList<>();
        for (String part : parts(r.value())) {
            Double code = number(part);
            if (code == null) {
                problems.add(new FieldProblem(MERGES, "The codes of " + r.variable() + " to merge must be numbers separated "
                        + "by commas, such as 4, 5; " + part + " is not a number"));
                return;
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            problems.add(new FieldProblem(MERGES, "Enter the codes of " + r.variable() + " to merge, such as 4, 5"));
            return;
        }
        Double into = isBlank(r.into()) ? codes.get(0) : number(r.into());
        if (into == null) {
            problems.add(new FieldProblem(MERGES, "Enter the code " + r.variable() + "'s merged codes become as a number"));
            return;
        }
        merges.add(new DepositOptions.Merge(r.variable().trim(), codes, into, isBlank(r.label()) ? null : r.label().trim()));
    }

    private static boolean complete(Row r, String section, String what, List<FieldProblem> problems) {
        if (r.blank()) {
            return false;
        }
        if (isBlank(r.variable())) {
            problems.add(new FieldProblem(section, "Enter the variable for " + r.value().trim()));
            return false;
        }
        if (isBlank(r.value())) {
            problems.add(new FieldProblem(section, "Enter " + what + " for " + r.variable().trim()));
            return false;
        }
        return true;
    }

    /** Rows as typed, with blank ones dropped and spare ones added for the page. */
    private static List<Row> rows(MultiValueMap<String, String> form, String variable, String value, String into,
                                  String label) {
        List<String> variables = form.getOrDefault(variable, List.of());
        List<String> values = form.getOrDefault(value, List.of());
        int n = Math.max(variables.size(), values.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Row r = new Row(at(variables, i), at(values, i), into == null ? "" : at(form.get(into), i),
                    label == null ? "" : at(form.get(label), i));
            if (!r.blank()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The filled rows and blank ones to fill in, {@code extra} more than usual. */
    static List<Row> shown(List<Row> filled, int extra) {
        List<Row> rows = new ArrayList<>(filled);
        int blanks = Math.max(SPARE_ROWS, MIN_ROWS - filled.size()) + extra;
        for (int i = 0; i < blanks; i++) {
            rows.add(new Row("", "", "", ""));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : text.split("[,;\\s]+")) {
            if (!p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return parts;
    }

    private static Double number(String text) {
        try {
            double d = Double.parseDouble(text.trim().toLowerCase(Locale.ROOT));
            return Double.isFinite(d) && !text.trim().matches("(?i).*[a-z].*") ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
