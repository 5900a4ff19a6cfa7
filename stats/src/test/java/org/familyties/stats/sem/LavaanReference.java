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

    /** Measures compared to a relative 1e-3 (the rule for chi-square and log-likelihoods). */
    static final java.util.Set<String> RELATIVE = java.util.Set.of("chisq", "baseline.chisq", "logl",
            "unrestricted.logl", "aic", "bic", "bic2");

    /** Each named column of lavaan's row equals the estimate's to 1e-3 (NA where lavaan gives NA). */
    static void assertColumnsMatch(ParameterEstimate est, Map<String, String> ref, List<String> columns) {
        for (String col : columns) {
            double expected = number(ref.get(col));
            double actual = switch (col) {
                case "est" -> est.est();
                case "se" -> est.se();
                case "z" -> est.z();
                case "pvalue" -> est.pvalue();
                case "ci.lower" -> est.ciLower();
                case "ci.upper" -> est.ciUpper();
                case "std.lv" -> est.stdLv();
                case "std.all" -> est.stdAll();
                default -> throw new IllegalArgumentException("Unknown column " + col);
            };
            if (Double.isNaN(expected)) {
                org.assertj.core.api.Assertions.assertThat(actual).as(col).isNaN();
            } else {
                org.assertj.core.api.Assertions.assertThat(actual).as(col)
                        .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-3));
            }
        }
    }

    /** A fit measure equals lavaan's: 1e-3 absolute, or relative for chi-square and log-likelihoods. */
    static void assertFitMatches(SemResult result, String measure, double expected) {
        double actual = result.fit().get(measure);
        if (Double.isNaN(expected)) {
            org.assertj.core.api.Assertions.assertThat(actual).isNaN();
        } else {
            double tolerance = RELATIVE.contains(measure) ? 1e-3 * Math.max(1, Math.abs(expected)) : 1e-3;
            org.assertj.core.api.Assertions.assertThat(actual).as(measure)
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance));
        }
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
