package org.familyties.stats.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.familyties.stats.data.DataTable;

/** Data and models of the benchmarks: the SEM reference cases from the class path, and simulated path data. */
public final class BenchData {

    /** The 6-variable path model of the lavaan timing script (02_timings.R). */
    public static final String PATH_MODEL = """
            m1 ~ a1*x1 + x2
            m2 ~ a2*x1 + x2
            y1 ~ b1*m1 + b2*m2
            y2 ~ m1 + m2 + y1
            ind_m1 := a1*b1
            ind_m2 := a2*b2
            """;

    private BenchData() {
    }

    public static DataTable csv(String file) throws IOException {
        try (Reader r = new InputStreamReader(open("/sem/" + file), StandardCharsets.UTF_8)) {
            return DataTable.readCsv(r);
        }
    }

    public static String model(String name) throws IOException {
        try (InputStream in = open("/sem/models/" + name + ".lav")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = BenchData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }

    /**
     * The columns of {@code sim6(n, seed)} of 02_timings.R, same model, Java's generator (so not R's numbers):
     * x1 ~ Bernoulli(0.15), x2 ~ Poisson(2), m1, m2, y1, y2 linear with standard normal errors.
     */
    public static double[][] sim6(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] c = new double[6][n];
        double expMinus2 = Math.exp(-2);
        for (int i = 0; i < n; i++) {
            double x1 = rnd.nextDouble() < 0.15 ? 1 : 0;
            int k = 0;
            double prod = rnd.nextDouble();
            while (prod > expMinus2) {
                k++;
                prod *= rnd.nextDouble();
            }
            double x2 = k;
            double m1 = 0.4 * x1 + 0.2 * x2 + gaussian(rnd);
            double m2 = 0.3 * x1 + 0.1 * x2 + 0.3 * m1 + gaussian(rnd);
            double y1 = 0.3 * m1 + 0.2 * m2 + 0.05 * x1 + gaussian(rnd);
            double y2 = 0.2 * m1 + 0.3 * m2 + 0.2 * y1 + gaussian(rnd);
            c[0][i] = x1;
            c[1][i] = x2;
            c[2][i] = m1;
            c[3][i] = m2;
            c[4][i] = y1;
            c[5][i] = y2;
        }
        return c;
    }

    public static DataTable sim6Table(int n, long seed) {
        return DataTable.ofColumns(List.of("x1", "x2", "m1", "m2", "y1", "y2"), sim6(n, seed));
    }

    /** Writes the table as CSV with 15 significant digits, as R's {@code write.csv}. */
    public static void writeCsv(DataTable table, java.nio.file.Path file) throws IOException {
        List<String> names = table.names();
        double[][] cols = new double[names.size()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = table.column(names.get(c));
        }
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(String.join(",", names));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < table.rowCount(); r++) {
                line.setLength(0);
                for (int c = 0; c < cols.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    double v = cols[c][r];
                    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                        line.append((long) v);
                    } else {
                        line.append(new java.math.BigDecimal(v).round(new java.math.MathContext(15)).stripTrailingZeros()
                                .toPlainString());
                    }
                }
                line.append('\n');
                w.write(line.toString());
            }
        }
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller, one draw per call: deterministic across JDK versions, unlike nextGaussian's algorithm choice
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
