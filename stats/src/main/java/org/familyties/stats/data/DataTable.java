package org.familyties.stats.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
 *
 * <p>The text of a numeric column is made only when asked for ({@link #textColumn}): from the doubles for
 * tables built by {@link #ofColumns}, from the bytes of the file for plain numeric CSV files.
 */
public final class DataTable {

    private final List<String> names;
    private final Map<String, Integer> index;
    private final double[][] numeric;
    /** Per column: the text, or null until made from {@link #lazy}. */
    private final String[][] text;
    /** Per column: where its text comes from when {@code text[c]} is null; null for text held from the start. */
    private final LazyText[] lazy;
    private final int rows;

    public DataTable(List<String> names, double[][] numeric, String[][] text) {
        this(names, numeric, text, null);
    }

    private DataTable(List<String> names, double[][] numeric, String[][] text, LazyText[] lazy) {
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
        this.lazy = lazy == null ? new LazyText[names.size()] : lazy;
        this.rows = numeric.length == 0 ? 0 : numeric[0].length;
    }

    /** A table of numeric columns only; their text ({@link Double#toString}) is made only when asked for. */
    public static DataTable ofColumns(List<String> names, double[][] columns) {
        String[][] text = new String[columns.length][];
        LazyText[] lazy = new LazyText[columns.length];
        for (int c = 0; c < columns.length; c++) {
            lazy[c] = FROM_DOUBLES;
        }
        return new DataTable(names, columns, text, lazy);
    }

    /**
     * Reads a CSV file with a header row. Plain files (no quotes, ASCII only, every row complete) are read by
     * a fast path straight from the bytes; any other file by commons-csv, with the same result.
     */
    public static DataTable readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DataTable fast = PlainCsv.read(bytes);
        if (fast != null) {
            return fast;
        }
        try (Reader reader = new StringReader(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString())) {
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

    static double parseOrNaN(String cell) {
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
        int c = indexOf(name);
        synchronized (text) {
            if (text[c] == null) {
                text[c] = lazy[c].text(c, numeric[c]);
            }
            return text[c];
        }
    }

    /** True when every present cell of the column parses as a number. */
    public boolean isNumeric(String name) {
        int c = indexOf(name);
        String[] t;
        synchronized (text) {
            t = text[c];
        }
        if (t == null) {
            return true; // text is made lazily for numeric columns only
        }
        for (int r = 0; r < rows; r++) {
            if (t[r] != null && Double.isNaN(numeric[c][r])) {
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

    /** The text of a numeric column, made on first use. */
    @FunctionalInterface
    interface LazyText {
        String[] text(int column, double[] values);
    }

    private static final LazyText FROM_DOUBLES = (column, values) -> {
        String[] t = new String[values.length];
        for (int r = 0; r < values.length; r++) {
            t[r] = Double.isNaN(values[r]) ? null : Double.toString(values[r]);
        }
        return t;
    };

    /** The fast path of {@link #readCsv(Path)}: returns null for anything it does not handle. */
    static final class PlainCsv {

        private PlainCsv() {
        }

        static DataTable read(byte[] b) {
            int len = b.length;
            int eol = lineEnd(b, 0);
            for (int i = eol; i < len; i++) {
                byte x = b[i];
                if (x == '"' || x < 0 || (x == '\r' && (i + 1 == len || b[i + 1] != '\n'))) {
                    return null; // quoting, non-ASCII text or old Mac line ends in the rows: commons-csv
                }
            }
            String headerLine;
            try {
                headerLine = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, 0, eol)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
            List<String> header = header(headerLine);
            if (header == null) {
                return null;
            }
            int p = header.size();
            int lines = 0;
            for (int i = eol; i < len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            double[][] numeric = new double[p][lines];
            int[][] start = new int[p][lines];
            int[][] end = new int[p][lines];
            boolean[] numericOnly = new boolean[p];
            java.util.Arrays.fill(numericOnly, true);
            int n = 0;
            int pos = eol < len ? eol + 1 : len;
            while (pos < len) {
                int e = lineEnd(b, pos);
                int c = 0;
                int cs = pos;
                boolean blank = true;
                for (int i = pos; i <= e; i++) {
                    if (i == e || b[i] == ',') {
                        if (c >= p) {
                            return null; // ragged: commons-csv reports it
                        }
                        int a = cs;
                        int z = i;
                        while (a < z && (b[a] & 0xff) <= ' ') {
                            a++;
                        }
                        while (z > a && (b[z - 1] & 0xff) <= ' ') {
                            z--;
                        }
                        blank &= z == a && i == e && c == 0;
                        start[c][n] = a;
                        end[c][n] = z;
                        c++;
                        cs = i + 1;
                    }
                }
                pos = e < len ? e + 1 : len;
                if (blank) {
                    continue;
                }
                if (c != p) {
                    return null;
                }
                for (int j = 0; j < p; j++) {
                    int a = start[j][n];
                    int z = end[j][n];
                    if (z == a || (z - a == 2 && b[a] == 'N' && b[a + 1] == 'A')) {
                        numeric[j][n] = Double.NaN;
                        start[j][n] = -1;
                    } else {
                        double v = parse(b, a, z);
                        numeric[j][n] = v;
                        if (v != v && numericOnly[j]) {
                            numericOnly[j] = false;
                        }
                    }
                }
                n++;
            }
            String[][] text = new String[p][];
            LazyText[] lazy = new LazyText[p];
            for (int j = 0; j < p; j++) {
                if (n < lines) {
                    numeric[j] = java.util.Arrays.copyOf(numeric[j], n);
                    start[j] = java.util.Arrays.copyOf(start[j], n);
                    end[j] = java.util.Arrays.copyOf(end[j], n);
                }
                int[] st = start[j];
                int[] en = end[j];
                LazyText fromBytes = (column, values) -> {
                    String[] t = new String[st.length];
                    for (int r = 0; r < st.length; r++) {
                        t[r] = st[r] < 0 ? null : new String(b, st[r], en[r] - st[r], StandardCharsets.US_ASCII);
                    }
                    return t;
                };
                if (numericOnly[j]) {
                    lazy[j] = fromBytes;
                } else {
                    text[j] = fromBytes.text(j, numeric[j]);
                }
            }
            return new DataTable(header, numeric, text, lazy);
        }

        /** The header line as commons-csv reads it (names may be quoted, as R writes them); null if unusual. */
        private static List<String> header(String line) {
            if (line.indexOf('\r') >= 0) {
                return null;
            }
            try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT.builder()
                    .setIgnoreSurroundingSpaces(true).setTrim(true).get())) {
                List<CSVRecord> records = parser.getRecords();
                if (records.size() != 1) {
                    return null;
                }
                List<String> names = records.get(0).toList();
                for (String name : names) {
                    if (name.isEmpty()) {
                        return null;
                    }
                }
                return new HashSet<>(names).size() == names.size() ? names : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Index of the '\n' (or the '\r' of "\r\n") ending the line from pos, or the length. */
        private static int lineEnd(byte[] b, int pos) {
            int i = pos;
            while (i < b.length && b[i] != '\n') {
                i++;
            }
            return i > pos && b[i - 1] == '\r' ? i - 1 : i;
        }

        private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

        /**
         * {@link Double#parseDouble} of the ASCII cell [a, z), NaN when it is not a number. Plain decimals of at
         * most 15 significant digits and a small exponent are converted exactly (one correctly rounded
         * multiplication or division of exact doubles); anything else goes through {@link Double#parseDouble}.
         */
        static double parse(byte[] b, int a, int z) {
            int i = a;
            boolean negative = false;
            if (b[i] == '-' || b[i] == '+') {
                negative = b[i] == '-';
                i++;
            }
            long mantissa = 0;
            int digits = 0;
            int scale = 0;
            boolean any = false;
            while (i < z && b[i] >= '0' && b[i] <= '9') {
                if (mantissa != 0 || b[i] != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (b[i] - '0');
                any = true;
                i++;
                if (digits > 15) {
                    return slow(b, a, z);
                }
            }
            if (i < z && b[i] == '.') {
                i++;
                while (i < z && b[i] >= '0' && b[i] <= '9') {
                    if (mantissa != 0 || b[i] != '0') {
                        digits++;
                    }
                    mantissa = mantissa * 10 + (b[i] - '0');
                    scale--;
                    any = true;
                    i++;
                    if (digits > 15) {
                        return slow(b, a, z);
                    }
                }
            }
            if (!any) {
                return slow(b, a, z);
            }
            if (i < z && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                boolean expNegative = false;
                if (i < z && (b[i] == '-' || b[i] == '+')) {
                    expNegative = b[i] == '-';
                    i++;
                }
                int exp = 0;
                int expDigits = 0;
                while (i < z && b[i] >= '0' && b[i] <= '9' && expDigits < 4) {
                    exp = exp * 10 + (b[i] - '0');
                    expDigits++;
                    i++;
                }
                if (expDigits == 0) {
                    return slow(b, a, z);
                }
                scale += expNegative ? -exp : exp;
            }
            if (i != z) {
                return slow(b, a, z);
            }
            double v = mantissa;
            if (scale < -22 || scale > 22) {
                return slow(b, a, z);
            }
            v = scale < 0 ? v / POW10[-scale] : v * POW10[scale];
            return negative ? -v : v;
        }

        private static double slow(byte[] b, int a, int z) {
            return parseOrNaN(new String(b, a, z - a, StandardCharsets.US_ASCII));
        }
    }
}
