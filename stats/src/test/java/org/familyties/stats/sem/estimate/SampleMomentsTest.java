package org.familyties.stats.sem.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SampleMomentsTest {

    @Test
    void chunkedOnePassMomentsEqualTwoPassMomentsAndSkipIncompleteRowsAndOtherGroups() {
        int n = 300_000;
        Random rnd = new Random(9);
        double[][] cols = new double[3][n];
        int[] group = new int[n];
        for (int r = 0; r < n; r++) {
            cols[0][r] = 1000 + rnd.nextGaussian();
            cols[1][r] = 0.5 * cols[0][r] + rnd.nextGaussian();
            cols[2][r] = r % 97 == 0 ? Double.NaN : rnd.nextGaussian() * 3;
            group[r] = r % 3 == 0 ? 1 : 0;
        }
        double[][] m = SampleMoments.completeCaseMoments(cols, group, 0);
        double[] mean = new double[3];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (group[r] == 0 && !Double.isNaN(cols[2][r])) {
                count++;
                for (int i = 0; i < 3; i++) {
                    mean[i] += cols[i][r];
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            mean[i] /= count;
        }
        double[] cov = new double[9];
        for (int r = 0; r < n; r++) {
            if (group[r] == 0 && !Double.isNaN(cols[2][r])) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        cov[i * 3 + j] += (cols[i][r] - mean[i]) * (cols[j][r] - mean[j]) / count;
                    }
                }
            }
        }
        assertThat((int) m[2][0]).isEqualTo(count);
        for (int i = 0; i < 3; i++) {
            assertThat(m[0][i]).isCloseTo(mean[i], within(1e-9));
        }
        for (int i = 0; i < 9; i++) {
            assertThat(m[1][i]).isCloseTo(cov[i], within(1e-9));
        }
    }
}
