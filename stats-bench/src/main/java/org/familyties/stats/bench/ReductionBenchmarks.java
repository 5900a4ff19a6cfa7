package org.familyties.stats.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.familyties.stats.data.DataTable;
import org.familyties.stats.reduction.EfaResult;
import org.familyties.stats.reduction.ExtractionMethod;
import org.familyties.stats.reduction.FactorAnalysis;
import org.familyties.stats.reduction.ParallelAnalysis;
import org.familyties.stats.reduction.ParallelResult;
import org.familyties.stats.reduction.PcaResult;
import org.familyties.stats.reduction.PrincipalComponents;
import org.familyties.stats.reduction.Rotation;
import org.familyties.stats.reliability.ReliabilityResult;
import org.familyties.stats.reliability.ScaleReliability;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The data-reduction and reliability computations on the nine Holzinger-Swineford tests (n = 301). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ReductionBenchmarks {

    private static final List<String> ITEMS = List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9");

    private DataTable hs;

    @Setup
    public void load() throws IOException {
        hs = BenchData.csv("HolzingerSwineford1939.csv");
    }

    @Benchmark
    public PcaResult pca() {
        return PrincipalComponents.fit(hs, ITEMS);
    }

    @Benchmark
    public EfaResult efaMlOblimin3() {
        return FactorAnalysis.fit(hs, ITEMS, 3, ExtractionMethod.ML, Rotation.OBLIMIN);
    }

    @Benchmark
    public ParallelResult parallelAnalysis100() {
        return ParallelAnalysis.factors(hs, ITEMS, 100, 1);
    }

    @Benchmark
    public ReliabilityResult reliability() {
        return ScaleReliability.analyse(hs, ITEMS);
    }
}
