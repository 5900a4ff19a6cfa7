package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {

    @Test
    void matchesTheTextbookIntervalForASmallSample() {
        MeanInterval m = MeanInterval.of(List.of(1, 2, 3, 4, 5));
        assertThat(m.mean()).isEqualTo(3.0);
        // s = 1.5811, se = 0.7071, t(0.975, 4) = 2.776
        assertThat(m.lower()).isCloseTo(1.037, within(0.001));
        assertThat(m.upper()).isCloseTo(4.963, within(0.001));
    }

    @Test
    void largeSamplesUseTheExpansionAndSmallOnesHaveNoInterval() {
        assertThat(MeanInterval.t975(100)).isCloseTo(1.984, within(0.001));
        assertThat(MeanInterval.t975(31)).isCloseTo(2.040, within(0.001));
        assertThat(MeanInterval.of(List.of(7)).lower()).isNull();
        assertThat(MeanInterval.of(List.of()).mean()).isNull();
    }

    @Test
    void theDatabaseMomentsGiveTheSameIntervalAsTheValues() {
        List<Integer> values = List.of(-3, 0, 2, 2, 5, 7, -1, 4);
        double sum = values.stream().mapToDouble(Integer::doubleValue).sum();
        double squares = values.stream().mapToDouble(v -> v * (double) v).sum();
        MeanInterval fromValues = MeanInterval.of(values);
        MeanInterval fromMoments = MeanInterval.of(values.size(), sum, squares);
        assertThat(fromMoments.n()).isEqualTo(8);
        assertThat(fromMoments.mean()).isCloseTo(fromValues.mean(), within(1e-12));
        assertThat(fromMoments.lower()).isCloseTo(fromValues.lower(), within(1e-9));
        assertThat(fromMoments.upper()).isCloseTo(fromValues.upper(), within(1e-9));
        assertThat(MeanInterval.of(1, 4, 16).lower()).isNull();
        assertThat(MeanInterval.of(0, 0, 0).mean()).isNull();
    }
}
