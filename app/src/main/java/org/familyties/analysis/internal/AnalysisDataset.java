package org.familyties.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.familyties.stats.data.DataTable;
import org.familyties.study.StudyDataExtract.Observation;

/**
 * Turns a study's observations into one rectangular data set for the engine. Rows are the participants of
 * one informant role (the unit of analysis, e.g. each child); columns are every variable of every role at
 * every wave, named {@code <role>_w<wave>_<variable>} — a row gets its own role's values and, for the other
 * roles, those of the first participant of that role in the same family (e.g. the child's father).
 * Missing-data codes (negative codes such as -7 refused, -8 don't know, -9 not applicable) and non-numeric
 * answers are missing.
 */
public final class AnalysisDataset {

    private static final Set<String> MISSING_CODES = Set.of("-7", "-8", "-9");

    private final DataTable table;
    private final String sha256;

    private AnalysisDataset(DataTable table, String sha256) {
        this.table = table;
        this.sha256 = sha256;
    }

    public static String columnName(String role, int wavePosition, String variable) {
        return (role + "_w" + wavePosition + "_" + variable).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    public static AnalysisDataset build(List<Observation> observations, String unitRole) {
        // pseudonym -> column -> value, and family -> role -> first pseudonym of that role
        Map<String, Map<String, Double>> values = new HashMap<>();
        Map<String, String> familyOf = new HashMap<>();
        Map<String, Map<String, String>> firstOfRole = new HashMap<>();
        Map<String, String> roleOf = new HashMap<>();
        Set<String> variablesByRole = new TreeSet<>();
        for (Observation o : observations) {
            familyOf.put(o.pseudonym(), o.familyCode());
            roleOf.put(o.pseudonym(), o.roleCode());
            firstOfRole.computeIfAbsent(o.familyCode(), f -> new TreeMap<>())
                    .merge(o.roleCode(), o.pseudonym(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            String suffix = "_w" + o.wavePosition() + "_" + o.variable();
            variablesByRole.add(o.roleCode() + "\u0000" + suffix);
            values.computeIfAbsent(o.pseudonym(), p -> new HashMap<>())
                    .put(columnName(o.roleCode(), o.wavePosition(), o.variable()), numeric(o.value()));
        }
        List<String> units = roleOf.entrySet().stream().filter(e -> e.getValue().equals(unitRole))
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, String> columns = new LinkedHashMap<>(); // column -> role
        for (String rv : variablesByRole) {
            String role = rv.substring(0, rv.indexOf('\u0000'));
            String column = (role + rv.substring(rv.indexOf('\u0000') + 1)).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_]", "_");
            columns.put(column, role);
        }
        List<String> names = new ArrayList<>();
        names.add("family");
        names.add("participant");
        names.addAll(columns.keySet());
        int n = units.size();
        double[][] numeric = new double[names.size()][n];
        String[][] text = new String[names.size()][n];
        for (int r = 0; r < n; r++) {
            String unit = units.get(r);
            String family = familyOf.get(unit);
            numeric[0][r] = Double.NaN;
            text[0][r] = family;
            numeric[1][r] = Double.NaN;
            text[1][r] = unit;
            int c = 2;
            for (var column : columns.entrySet()) {
                String source = column.getValue().equals(unitRole) ? unit
                        : firstOfRole.getOrDefault(family, Map.of()).get(column.getValue());
                Double v = source == null ? null : values.getOrDefault(source, Map.of()).get(column.getKey());
                numeric[c][r] = v == null ? Double.NaN : v;
                text[c][r] = v == null || v.isNaN() ? null : Double.toString(v);
                c++;
            }
        }
        DataTable table = new DataTable(names, numeric, text);
        return new AnalysisDataset(table, checksum(names, text));
    }

    private static double numeric(String value) {
        if (value == null || value.isBlank() || MISSING_CODES.contains(value.trim())) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String checksum(List<String> names, String[][] text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join(",", names).getBytes(StandardCharsets.UTF_8));
            int rows = text.length == 0 ? 0 : text[0].length;
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder("\n");
                for (int c = 0; c < text.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append(text[c][r] == null ? "" : text[c][r]);
                }
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public DataTable table() {
        return table;
    }

    public String sha256() {
        return sha256;
    }

    /** The numeric variables with at least one value, for the page that helps write a model. */
    public List<String> variables() {
        List<String> out = new ArrayList<>();
        for (String name : table.names()) {
            if (name.equals("family") || name.equals("participant")) {
                continue;
            }
            for (double v : table.column(name)) {
                if (!Double.isNaN(v)) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }
}
