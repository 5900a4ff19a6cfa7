package org.familyties.stats.reduction;

import java.util.ArrayList;
import java.util.List;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;

/**
 * The rows of a data table where all chosen numeric variables are present (listwise deletion).
 *
 * @param rows observations by variables, only complete rows
 * @param rowIndex for each kept row, its index in the original table
 */
public record CompleteCases(List<String> variables, double[][] rows, int[] rowIndex, int totalRows) {

    public static CompleteCases of(DataTable table, List<String> variables, int minimumRows) {
        if (variables.isEmpty()) {
            throw new DataException("No variables were named");
        }
        if (variables.stream().distinct().count() != variables.size()) {
            throw new DataException("A variable is named twice in " + String.join(",", variables));
        }
        List<String> notNumeric = new ArrayList<>();
        double[][] cols = new double[variables.size()][];
        for (int j = 0; j < variables.size(); j++) {
            cols[j] = table.column(variables.get(j));
            if (!table.isNumeric(variables.get(j))) {
                notNumeric.add(variables.get(j));
            }
        }
        if (!notNumeric.isEmpty()) {
            throw new DataException("These columns hold non-numeric values: " + String.join(", ", notNumeric));
        }
        List<double[]> kept = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            double[] row = new double[cols.length];
            boolean complete = true;
            for (int j = 0; j < cols.length; j++) {
                row[j] = cols[j][r];
                complete &= !Double.isNaN(row[j]);
            }
            if (complete) {
                kept.add(row);
                index.add(r);
            }
        }
        if (kept.size() < minimumRows) {
            throw new DataException("Only " + kept.size() + " rows have all of " + String.join(", ", variables)
                    + " present; at least " + minimumRows + " are needed");
        }
        return new CompleteCases(List.copyOf(variables), kept.toArray(double[][]::new),
                index.stream().mapToInt(Integer::intValue).toArray(), table.rowCount());
    }

    public int n() {
        return rows.length;
    }

    public int p() {
        return variables.size();
    }

    public double[] column(int j) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][j];
        }
        return c;
    }
}
