package org.familyties.stats.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.familyties.stats.data.DataTable;
import org.junit.jupiter.api.Test;

class ParallelAnalysisTest {

    static final List<String> X = PrincipalComponentsTest.X;
    static final DataTable HS = References.data("HolzingerSwineford1939.csv");

    @Test
    void componentsAgreeWithRSimulationWithinMonteCarloError() {
        ParallelResult pa = ParallelAnalysis.components(HS, X, 2000, 7);
        for (int k = 0; k < 9; k++) {
            String pos = Integer.toString(k + 1);
            // R used 4000 draws; the mean's Monte Carlo error is about 0.001 and the 95th percentile's about 0.004
            assertThat(pa.simulatedMean().get(k)).as("mean " + pos)
                    .isCloseTo(References.value("parallel_n301_p9", "mean", pos), within(0.006));
            assertThat(pa.simulatedPercentile().get(k)).as("q95 " + pos)
                    .isCloseTo(References.value("parallel_n301_p9", "q95", pos), within(0.015));
        }
        assertThat(pa.observed().get(0)).isCloseTo(3.2163, within(1e-4));
        // 05_reduction_risk_resilience.out: 3 retained
        assertThat(pa.suggested()).isEqualTo(3);
        assertThat(pa.iterations()).isEqualTo(2000);
        assertThat(pa.n()).isEqualTo(301);
    }

    @Test
    void factorsAgreeWithRSimulation() {
        ParallelResult pa = ParallelAnalysis.factors(HS, X, 1000, 11);
        for (int k = 0; k < 9; k++) {
            String pos = Integer.toString(k + 1);
            assertThat(pa.observed().get(k)).isCloseTo(References.value("parallel_factors_n301_p9", "observed", pos),
                    within(1e-8));
            assertThat(pa.simulatedMean().get(k)).isCloseTo(References.value("parallel_factors_n301_p9", "mean", pos),
                    within(0.008));
            assertThat(pa.simulatedPercentile().get(k))
                    .isCloseTo(References.value("parallel_factors_n301_p9", "q95", pos), within(0.02));
        }
        assertThat(pa.suggested()).isEqualTo(3);
    }

    @Test
    void theSeedFixesTheDraws() {
        ParallelResult a = ParallelAnalysis.components(HS, X, 20, 5);
        ParallelResult b = ParallelAnalysis.components(HS, X, 20, 5);
        ParallelResult c = ParallelAnalysis.components(HS, X, 20, 6);
        assertThat(a.simulatedMean()).isEqualTo(b.simulatedMean());
        assertThat(a.simulatedMean()).isNotEqualTo(c.simulatedMean());
    }

    @Test
    void quantileIsRType7() {
        // quantile(c(1, 2, 4, 8), 0.95) = 7.4 in R
        assertThat(ParallelAnalysis.quantile(new double[] {8, 1, 4, 2}, 0.95)).isCloseTo(7.4, within(1e-12));
    }
}
