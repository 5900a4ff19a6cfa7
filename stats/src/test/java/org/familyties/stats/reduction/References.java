package org.familyties.stats.reduction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.familyties.stats.data.DataTable;

/** Test resources under {@code /reduction}: data sets and the long-format R references. */
public final class References {

    public record Row(String caseName, String quantity, String row, String column, double value) {
    }

    private static List<Row> rows;

    private References() {
    }

    public static DataTable data(String name) {
        try (InputStream in = References.class.getResourceAsStream("/reduction/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return DataTable.readCsv(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized List<Row> all() {
        if (rows == null) {
            DataTable t = data("reduction_references.csv");
            List<Row> list = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                list.add(new Row(t.textColumn("case")[r], t.textColumn("quantity")[r], orEmpty(t.textColumn("row")[r]),
                        orEmpty(t.textColumn("column")[r]), t.column("value")[r]));
            }
            rows = list;
        }
        return rows;
    }

    public static List<Row> of(String caseName, String quantity) {
        List<Row> found = all().stream().filter(r -> r.caseName().equals(caseName) && r.quantity().equals(quantity)).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No reference " + caseName + "/" + quantity);
        }
        return found;
    }

    public static double scalar(String caseName, String quantity) {
        return of(caseName, quantity).get(0).value();
    }

    public static double value(String caseName, String quantity, String row) {
        return of(caseName, quantity).stream().filter(r -> r.row().equals(row)).findFirst().orElseThrow().value();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
