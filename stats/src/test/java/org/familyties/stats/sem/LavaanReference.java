package org.familyties.stats.sem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familyties.stats.data.DataTable;

/** Loads lavaan's reference outputs and the data sets from the test class path. */
final class LavaanReference {

    private LavaanReference() {
    }

    static DataTable data(String file) throws IOException {
        try (Reader r = reader("/sem/" + file)) {
            return DataTable.readCsv(r);
        }
    }

    static String text(String resource) throws IOException {
        try (InputStream in = LavaanReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String model(String name) throws IOException {
        return text("/sem/models/" + name + ".lav");
    }

    static Reader reader(String resource) throws IOException {
        InputStream in = LavaanReference.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** measure -> value (NaN for NA). */
    static Map<String, Double> fit(String file) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows(file)) {
            out.put(row.get("measure"), number(row.get("value")));
        }
        return out;
    }

    static List<Map<String, String>> rows(String file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader r = reader("/sem/" + file); CSVParser parser = CSVParser.parse(r, format)) {
            for (CSVRecord rec : parser) {
                out.add(rec.toMap());
            }
        }
        return out;
    }

    static double number(String s) {
        if (s == null || s.isEmpty() || s.equals("NA")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }
}
