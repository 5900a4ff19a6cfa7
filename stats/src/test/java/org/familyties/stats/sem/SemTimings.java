package org.familyties.stats.sem;

import java.util.List;
import java.util.Random;

import org.familyties.stats.data.DataTable;

/**
 * Rough wall-clock timings of the performance targets (not a test; no JMH yet). Run its {@code main} with the
 * test class path. lavaan 0.6-14 on the reference machine: case A 38.6 ms, FIML 567.5 ms, 1000 bootstrap
 * draws 16.3 s, 6-variable path model on 1,000,000 rows 0.589 s.
 */
public final class SemTimings {

    private SemTimings() {
    }

    public static void main(String[] args) throws Exception {
        DataTable hs = LavaanReference.data("HolzingerSwineford1939.csv");
        String a = LavaanReference.model("A_HS_cfa");
        time("case A (CFA, n=301)", 500, 500, () -> Sem.fit(a, hs, SemOptions.cfa()));
        DataTable hm = LavaanReference.data("HS_missing_seed42.csv");
        time("case D (FIML)", 5, 20, () -> Sem.fit(a, hm, SemOptions.cfa().withMissing(MissingData.FIML)));
        DataTable med = LavaanReference.data("mediation_tutorial_seed1234.csv");
        String c1 = LavaanReference.model("C1_mediation_tutorial");
        time("case C1 with 1000 bootstrap draws", 3, 5, () -> Sem.fit(c1, med, SemOptions.defaults().withBootstrap(1000, 1)));
        DataTable big = pathData(1_000_000);
        String path = "m1 ~ x1 + x2\nm2 ~ x1 + x2\ny1 ~ m1 + m2\ny2 ~ m1 + m2 + y1";
        time("6-variable path model, 1,000,000 rows", 3, 10, () -> Sem.fit(path, big, SemOptions.defaults()));
    }

    private static DataTable pathData(int n) {
        Random rnd = new Random(1);
        double[][] c = new double[6][n];
        for (int i = 0; i < n; i++) {
            double x1 = rnd.nextGaussian();
            double x2 = rnd.nextGaussian();
            double m1 = 0.5 * x1 + 0.3 * x2 + rnd.nextGaussian();
            double m2 = 0.2 * x1 + 0.4 * x2 + rnd.nextGaussian();
            double y1 = 0.3 * m1 + 0.3 * m2 + rnd.nextGaussian();
            double y2 = 0.2 * m1 + 0.1 * m2 + 0.3 * y1 + rnd.nextGaussian();
            c[0][i] = x1;
            c[1][i] = x2;
            c[2][i] = m1;
            c[3][i] = m2;
            c[4][i] = y1;
            c[5][i] = y2;
        }
        return DataTable.ofColumns(List.of("x1", "x2", "m1", "m2", "y1", "y2"), c);
    }

    private static void time(String what, int warmup, int runs, Runnable fit) {
        for (int i = 0; i < warmup; i++) {
            fit.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            fit.run();
        }
        System.out.printf("%-45s %10.3f ms per fit%n", what, (System.nanoTime() - start) / 1e6 / runs);
    }
}
