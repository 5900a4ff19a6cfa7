package org.familyties.instruments.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.DictionaryImportResult;
import org.familyties.instruments.DictionaryProblem;
import org.familyties.instruments.Field;
import org.familyties.instruments.MissingCode;

/** Reads a REDCap data dictionary CSV, collecting every problem rather than stopping at the first. */
public final class RedcapDictionaryReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private RedcapDictionaryReader() {
    }

    public static DictionaryImportResult read(Reader in, List<MissingCode> missingCodes) throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(withoutByteOrderMark(in)), FORMAT)) {
            records = parser.getRecords();
        } catch (UncheckedIOException | IllegalStateException e) {
            return DictionaryImportResult.failure(List.of(new DictionaryProblem(0, "",
                    "The file is not valid CSV (" + e.getMessage() + "); check for an unclosed quote")));
        }
        if (records.isEmpty() || isBlank(records.get(0))) {
            return DictionaryImportResult.failure(List.of(new DictionaryProblem(1, "",
                    "The file is empty; the first row must be the dictionary's header")));
        }
        Map<Integer, DictionaryColumn> columns = readHeader(records.get(0), problems);
        if (!columns.values().containsAll(DictionaryColumn.REQUIRED_COLUMNS)) {
            return DictionaryImportResult.failure(problems);
        }
        // Names of rows too broken to become fields: references to them are not reported again as unknown.
        Set<String> brokenNames = new HashSet<>();

        List<DictionaryRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (isBlank(record)) {
                continue;
            }
            int rowNumber = (int) record.getRecordNumber();
            Map<DictionaryColumn, String> cells = new EnumMap<>(DictionaryColumn.class);
            for (int i = 0; i < record.size(); i++) {
                DictionaryColumn column = columns.get(i);
                if (column != null) {
                    cells.put(column, record.get(i));
                } else if (!record.get(i).isBlank() && i >= records.get(0).size()) {
                    problems.add(new DictionaryProblem(rowNumber, "",
                            "Cell " + (i + 1) + " is beyond the last column of the header; check for an unquoted comma"));
                }
            }
            Field field = new FieldRowReader(rowNumber, cells, problems).read();
            if (field != null) {
                rows.add(new DictionaryRow(rowNumber, field));
            } else {
                brokenNames.add(cells.getOrDefault(DictionaryColumn.NAME, "").strip());
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new DictionaryProblem(2, "", "The dictionary has no fields; add one row per field below the header"));
        }
        new DictionaryConsistency(rows, brokenNames, missingCodes, problems).check();

        if (!problems.isEmpty()) {
            List<DictionaryProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(DictionaryProblem::row));
            return DictionaryImportResult.failure(sorted);
        }
        return DictionaryImportResult.success(new DataDictionary(rows.stream().map(DictionaryRow::field).toList(),
                missingCodes));
    }

    private static Map<Integer, DictionaryColumn> readHeader(CSVRecord header, List<DictionaryProblem> problems) {
        Map<Integer, DictionaryColumn> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            var column = DictionaryColumn.forHeader(cell);
            if (column.isEmpty()) {
                problems.add(new DictionaryProblem(1, cell.strip(), "Unknown column '" + cell.strip()
                        + "'; a REDCap dictionary has the columns " + allHeaders()));
            } else if (columns.containsValue(column.get())) {
                problems.add(new DictionaryProblem(1, cell.strip(), "Column '" + column.get().header()
                        + "' appears twice; remove one of them"));
            } else {
                columns.put(i, column.get());
            }
        }
        for (DictionaryColumn required : DictionaryColumn.REQUIRED_COLUMNS) {
            if (!columns.containsValue(required)) {
                problems.add(new DictionaryProblem(1, required.header(), "The header has no '" + required.header()
                        + "' column; is the first row the REDCap header?"));
            }
        }
        return columns;
    }

    private static String allHeaders() {
        return String.join(", ", Arrays.stream(DictionaryColumn.values())
                .map(c -> "'" + c.header() + "'").toList());
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String withoutByteOrderMark(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    }

    record DictionaryRow(int row, Field field) {
    }
}
