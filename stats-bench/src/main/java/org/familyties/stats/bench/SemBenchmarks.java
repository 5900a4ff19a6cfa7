package org.familyties.stats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.familyties.stats.data.DataTable;
import org.familyties.stats.sem.MissingData;
import org.familyties.stats.sem.Sem;
import org.familyties.stats.sem.SemOptions;
import org.familyties.stats.sem.SemResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm-JVM fits of the SEM reference cases against the targets (20 times faster than lavaan on A, B and D; 1,000
 * bootstrap draws of C1 under 1 s; the 6-variable path model on 1,000,000 in-memory rows under 0.1 s).
 * Data are read or simulated once per fork in {@link Setup}; each benchmark measures the fit alone.
 * Sample mode: JMH times single calls and reports percentiles beside the mean; on a shared machine the median
 * (p0.50) is far less disturbed by descheduling than the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SemBenchmarks {

    private String cfaModel;
    private String pdModel;
    private String mediationModel;
    private DataTable hs;
    private DataTable hsMissing;
    private DataTable pd;
    private DataTable mediation;

    @Setup
    public void load() throws IOException {
        cfaModel = BenchData.model("A_HS_cfa");
        pdModel = BenchData.model("B_PD_sem");
        mediationModel = BenchData.model("C1_mediation_tutorial");
        hs = BenchData.csv("HolzingerSwineford1939.csv");
        hsMissing = BenchData.csv("HS_missing_seed42.csv");
        pd = BenchData.csv("PoliticalDemocracy.csv");
        mediation = BenchData.csv("mediation_tutorial_seed1234.csv");
    }

    /** Case A: Holzinger-Swineford 3-factor CFA, n = 301 (lavaan 38.6 ms; target 1.93 ms). */
    @Benchmark
    public SemResult caseA_cfa() {
        return Sem.fit(cfaModel, hs, SemOptions.cfa());
    }

    /** Case B: Political Democracy SEM, n = 75 (lavaan 65.9 ms; target 3.3 ms). */
    @Benchmark
    public SemResult caseB_sem() {
        return Sem.fit(pdModel, pd, SemOptions.defaults());
    }

    /** Case D: the CFA of case A by FIML on data with holes (lavaan 567 ms; target 28 ms). */
    @Benchmark
    public SemResult caseD_fiml() {
        return Sem.fit(cfaModel, hsMissing, SemOptions.cfa().withMissing(MissingData.FIML));
    }

    /** Case C1: mediation model with 1,000 bootstrap draws (lavaan 16.3 s; target 1 s). */
    @Benchmark
    @Warmup(iterations = 3, time = 3)
    public SemResult caseC1_bootstrap1000() {
        return Sem.fit(mediationModel, mediation, SemOptions.defaults().withBootstrap(1000, 1));
    }

    /** The 6-variable path model on in-memory rows (lavaan 0.59 s at 1,000,000 rows; target 0.1 s). */
    @Benchmark
    public SemResult path6_fit(PathData data) {
        return Sem.fit(BenchData.PATH_MODEL, data.table, SemOptions.defaults());
    }

    /** Building the table of the path model from primitive columns (what an in-memory caller pays once). */
    @Benchmark
    public DataTable path6_table(PathData data) {
        return DataTable.ofColumns(List.of("x1", "x2", "m1", "m2", "y1", "y2"), data.columns);
    }

    /** Reading the path model's rows from a CSV file (15 significant digits, as R's write.csv). */
    @Benchmark
    public DataTable path6_readCsv(PathData data) throws IOException {
        return DataTable.readCsv(data.csv);
    }

    /** The simulated path data, made only for the benchmarks that use it. */
    @State(Scope.Benchmark)
    public static class PathData {

        /** Rows of the large path model; {@code -p rows=100000} for a smaller run. */
        @Param("1000000")
        public int rows;

        double[][] columns;
        DataTable table;
        Path csv;

        @Setup
        public void simulate() throws IOException {
            columns = BenchData.sim6(rows, 7);
            table = DataTable.ofColumns(List.of("x1", "x2", "m1", "m2", "y1", "y2"), columns);
            csv = Files.createTempFile("sim6-", ".csv");
            BenchData.writeCsv(table, csv);
        }

        @TearDown
        public void delete() throws IOException {
            Files.deleteIfExists(csv);
        }
    }
}
