package org.familyties.stats.sem.estimate;

/**
 * Summary of the cases of one group that share a missingness pattern (all cases of the group when the data
 * are complete): which observed variables are present, how many cases, their mean and covariance (divisor n).
 */
public record Block(int group, int[] observed, int n, double[] mean, double[] cov) {

    public int size() {
        return observed.length;
    }
}
