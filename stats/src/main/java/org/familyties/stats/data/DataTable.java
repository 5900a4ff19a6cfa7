package org.familyties.stats.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A rectangular data set held column by column. Numeric cells are doubles with {@link Double#NaN}
 * for missing; every column also keeps its raw text so that grouping columns may hold labels.
 * Empty cells and {@code NA} are missing, as in R's {@code read.csv}.
 */
public final class DataTable {

    private final List<String> names;
    private final Map<String, Integer> index;
    private final double[][] numeric;
    private final String[][] text;
    private final int rows;

    public DataTable(List<String> names, double[][] numeric, String[][] text) {
        if (names.size() != numeric.length || names.size() != text.length) {
            throw new IllegalArgumentException("names, numeric and text columns differ in count");
        }
        this.names = List.copyOf(names);
        this.index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (index.put(names.get(i), i) != null) {
                throw new DataException("Duplicate column name '" + names.get(i) + "'");
            }
        }
        this.numeric = numeric;
        this.text = text;
        this.rows = numeric.length == 0 ? 0 : numeric[0].length;
    }

    /** A table of numeric columns only. */
    public static DataTable ofColumns(List<String> names, double[][] columns) {
        String[][] text = new String[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            text[c] = new String[columns[c].length];
            for (int r = 0; r < columns[c].length; r++) {
                text[c][r] = Double.isNaN(columns[c][r]) ? null : Double.toString(columns[c][r]);
            }
        }
        return new DataTable(names, columns, text);
    }

    public static DataTable readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(reader);
        }
    }

    public static DataTable readCsv(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new DataException("The file has no header row naming its columns");
            }
            List<String[]> raw = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // blank line
                }
                if (record.size() != header.size()) {
                    throw new DataException("Line " + parser.getCurrentLineNumber() + " has " + record.size()
                            + " cells but the header names " + header.size() + " columns");
                }
                raw.add(record.values());
            }
            int n = raw.size();
            double[][] numeric = new double[header.size()][n];
            String[][] text = new String[header.size()][n];
            for (int r = 0; r < n; r++) {
                String[] row = raw.get(r);
                for (int c = 0; c < header.size(); c++) {
                    String cell = row[c];
                    boolean missing = cell.isEmpty() || cell.equals("NA");
                    text[c][r] = missing ? null : cell;
                    numeric[c][r] = missing ? Double.NaN : parseOrNaN(cell);
                }
            }
            return new DataTable(header, numeric, text);
        }
    }

    private static double parseOrNaN(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return names.size();
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** The numeric values of a column (NaN for missing or non-numeric cells); do not modify. */
    public double[] column(String name) {
        return numeric[indexOf(name)];
    }

    /** The raw text of a column (null for missing); do not modify. */
    public String[] textColumn(String name) {
        return text[indexOf(name)];
    }

    /** True when every present cell of the column parses as a number. */
    public boolean isNumeric(String name) {
        int c = indexOf(name);
        for (int r = 0; r < rows; r++) {
            if (text[c][r] != null && Double.isNaN(numeric[c][r])) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new DataException("Unknown variable '" + name + "'; the data's columns are: " + String.join(", ", names));
        }
        return c;
    }
}
