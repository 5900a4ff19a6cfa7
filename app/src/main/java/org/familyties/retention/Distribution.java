package org.familyties.retention;

import java.util.Arrays;
import java.util.Collection;

/**
 * Summary of a sample: size, mean and the five-number summary, quartiles by R's default method (type 7: the
 * quantile p lies at position h = (n − 1)·p of the sorted values, interpolating linearly between neighbours). An
 * empty sample has n = 0 and every other field 0.
 */
public record Distribution(int n, double mean, double min, double q1, double median, double q3, double max) {

    static Distribution of(Collection<? extends Number> values) {
        double[] x = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (x.length == 0) {
            return new Distribution(0, 0, 0, 0, 0, 0, 0);
        }
        return new Distribution(x.length, Arrays.stream(x).average().orElse(0), x[0], quantile(x, 0.25),
                quantile(x, 0.5), quantile(x, 0.75), x[x.length - 1]);
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
