package org.familyties.stats.reduction;

import java.util.List;

/** An immutable matrix with named rows and columns, e.g. loadings (variables by factors). */
public final class LabelledMatrix {

    private final List<String> rowNames;
    private final List<String> columnNames;
    private final double[][] values;

    public LabelledMatrix(List<String> rowNames, List<String> columnNames, double[][] values) {
        if (values.length != rowNames.size() || (values.length > 0 && values[0].length != columnNames.size())) {
            throw new IllegalArgumentException("names do not fit the matrix");
        }
        this.rowNames = List.copyOf(rowNames);
        this.columnNames = List.copyOf(columnNames);
        this.values = LinAlg.copy(values);
    }

    public List<String> rowNames() {
        return rowNames;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public int rows() {
        return rowNames.size();
    }

    public int columns() {
        return columnNames.size();
    }

    public double get(int row, int column) {
        return values[row][column];
    }

    public double get(String row, String column) {
        int r = rowNames.indexOf(row);
        int c = columnNames.indexOf(column);
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException("No cell " + row + ", " + column);
        }
        return values[r][c];
    }

    public double[] row(int row) {
        return values[row].clone();
    }

    public double[] column(int column) {
        double[] c = new double[values.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = values[i][column];
        }
        return c;
    }

    public double[][] toArray() {
        return LinAlg.copy(values);
    }
}
