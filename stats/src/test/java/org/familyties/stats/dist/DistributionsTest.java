package org.familyties.stats.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against R 4.2.2's pchisq / pnorm / pt / pbeta. */
class DistributionsTest {

    @Test
    void noncentralChiSquareMatchesR() {
        assertThat(Distributions.noncentralChiSquareCdf(85.3055, 24, 20)).isCloseTo(9.98760741668348e-01, within(1e-12));
        assertThat(Distributions.noncentralChiSquareCdf(3.5, 1, 0.7)).isCloseTo(8.46081621563271e-01, within(1e-12));
        assertThat(Distributions.noncentralChiSquareCdf(1000, 950, 300)).isCloseTo(7.83508249240363e-07, within(1e-15));
        assertThat(Distributions.noncentralChiSquareCdf(0.01, 2, 500)).isCloseTo(0, within(1e-100));
    }

    @Test
    void centralChiSquareAndNormalMatchR() {
        assertThat(Distributions.chiSquareCdf(2, 5)).isCloseTo(1.50854963915390e-01, within(1e-13));
        assertThat(Distributions.chiSquareUpper(50, 5)).isCloseTo(1.38579733670096e-09, within(1e-20));
        assertThat(Distributions.normalCdf(-3.1)).isCloseTo(9.67603213218356e-04, within(1e-15));
        assertThat(Distributions.twoSidedP(-3.1)).isCloseTo(2 * 9.67603213218356e-04, within(1e-15));
    }

    @Test
    void noncentralityInvertsTheCdf() {
        // 03_formula_checks.out: RMSEA CI of case A is [0.07141849, 0.11367802] with chisq 85.305522, df 24, N 301
        double lo = Distributions.noncentralityFor(85.305522, 24, 0.95);
        double hi = Distributions.noncentralityFor(85.305522, 24, 0.05);
        assertThat(Math.sqrt(lo / (24 * 301.0))).isCloseTo(0.07141849, within(1e-8));
        assertThat(Math.sqrt(hi / (24 * 301.0))).isCloseTo(0.11367802, within(1e-8));
    }

    @Test
    void studentTAndIncompleteBetaMatchR() {
        // 2 * pt(-|t|, df)
        assertThat(Distributions.studentTTwoSidedP(2.228138852, 10)).isCloseTo(0.0499999999988364, within(1e-12));
        assertThat(Distributions.studentTTwoSidedP(-3, 2.5)).isCloseTo(0.0725760955490318, within(1e-12));
        assertThat(Distributions.studentTTwoSidedP(1.5, 30)).isCloseTo(0.144065929128646, within(1e-12));
        assertThat(Distributions.studentTTwoSidedP(4.2, 7.3)).isCloseTo(0.00367505700164891, within(1e-14));
        assertThat(Distributions.studentTTwoSidedP(0, 5)).isCloseTo(1, within(1e-12));
        assertThat(Distributions.studentTTwoSidedP(Double.POSITIVE_INFINITY, 5)).isZero();
        assertThat(Distributions.studentTTwoSidedP(1, 0)).isNaN();
        // pbeta(x, a, b)
        assertThat(Distributions.regularisedBeta(0.3, 2.5, 4)).isCloseTo(0.352197585906767, within(1e-12));
        assertThat(Distributions.regularisedBeta(0.9, 0.5, 7)).isCloseTo(0.999999978070216, within(1e-12));
    }
}
