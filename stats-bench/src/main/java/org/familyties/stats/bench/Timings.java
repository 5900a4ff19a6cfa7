package org.familyties.stats.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.function.Supplier;

import org.familyties.stats.data.DataTable;
import org.familyties.stats.sem.MissingData;
import org.familyties.stats.sem.Sem;
import org.familyties.stats.sem.SemOptions;

/**
 * Quick timings without JMH (a minute, for a shared machine): per fit, wall time (min, median), CPU time of
 * the calling thread (median) and CPU time of the whole process (mean, including JIT and GC threads and the
 * parallel workers of large data); then the heap of the 1,000,000-row path model. CPU time is less disturbed
 * by other processes than wall time; the thread's CPU time misses work done in other threads. Run: {@code java -XX:+UseSerialGC -cp stats-bench/target/benchmarks.jar
 * org.familyties.stats.bench.Timings [rows]}.
 */
public final class Timings {

    private Timings() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String cfa = BenchData.model("A_HS_cfa");
        String pdModel = BenchData.model("B_PD_sem");
        String med = BenchData.model("C1_mediation_tutorial");
        DataTable hs = BenchData.csv("HolzingerSwineford1939.csv");
        DataTable hm = BenchData.csv("HS_missing_seed42.csv");
        DataTable pd = BenchData.csv("PoliticalDemocracy.csv");
        DataTable mt = BenchData.csv("mediation_tutorial_seed1234.csv");
        time("case A  CFA, n=301             (lavaan 38.6 ms)", 2000, 300, () -> Sem.fit(cfa, hs, SemOptions.cfa()));
        time("case B  SEM, n=75              (lavaan 65.9 ms)", 1000, 300, () -> Sem.fit(pdModel, pd, SemOptions.defaults()));
        time("case D  CFA by FIML            (lavaan 567 ms)", 100, 60,
                () -> Sem.fit(cfa, hm, SemOptions.cfa().withMissing(MissingData.FIML)));
        time("case C1 1,000 bootstrap draws  (lavaan 16.3 s)", 20, 15,
                () -> Sem.fit(med, mt, SemOptions.defaults().withBootstrap(1000, 1)));

        resetPeaks();
        long before = usedAfterGc();
        double[][] columns = BenchData.sim6(rows, 7);
        DataTable path = DataTable.ofColumns(java.util.List.of("x1", "x2", "m1", "m2", "y1", "y2"), columns);
        long withData = usedAfterGc();
        time(String.format("path6   %,d rows in memory  (lavaan 0.59 s)", rows), 10, 15,
                () -> Sem.fit(BenchData.PATH_MODEL, path, SemOptions.defaults()));
        System.out.printf("heap: live data %.1f MB (after GC, table of %,d rows held); peak heap in use %.1f MB"
                + " (sum of heap pools' peak usage since the data were made); max heap %.0f MB%n",
                (withData - before) / 1e6, rows, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void time(String what, int warmup, int runs, Supplier<?> fit) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup; i++) {
            fit.get();
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] thread = new double[runs];
        long c0 = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long u0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            fit.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            thread[i] = (threads.getCurrentThreadCpuTime() - u0) / 1e6;
        }
        // the process CPU clock ticks coarsely (10 ms here): take the mean over all runs
        double cpu = (os.getProcessCpuTime() - c0) / 1e6 / runs;
        Arrays.sort(wall);
        Arrays.sort(thread);
        System.out.printf("%-50s wall min %9.3f  median %9.3f | thread cpu median %9.3f | process cpu mean %9.3f ms"
                + " (%d runs)%n", what, wall[0], wall[runs / 2], thread[runs / 2], cpu, runs);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
