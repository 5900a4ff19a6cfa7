package org.familyties.export;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts and summary statistics of one variable, as reported in codebooks.
 *
 * @param valid       non-missing values (user-missing codes and system-missing excluded)
 * @param userMissing values equal to a declared missing code
 * @param systemMissing empty cells
 * @param frequencies for numeric variables, how often each value occurs (missing codes included)
 * @param mean        mean of valid numeric values, NaN when there are none or the variable is not numeric
 * @param stdDev      sample standard deviation (n - 1), NaN with fewer than two valid values
 */
public record VariableSummary(long valid, long userMissing, long systemMissing,
        SortedMap<Double, Long> frequencies, double mean, double min, double max, double stdDev) {

    public long invalid() {
        return userMissing + systemMissing;
    }

    public static VariableSummary of(LabelledDataset data, String variableName) {
        int col = data.indexOf(variableName);
        Variable v = data.variables().get(col);
        long valid = 0;
        long user = 0;
        long sys = 0;
        TreeMap<Double, Long> freq = new TreeMap<>();
        double sum = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        double[] missing = v.missingCodes().stream().mapToDouble(Double::doubleValue).toArray();
        for (int r = 0; r < data.rowCount(); r++) {
            Object value = data.value(r, col);
            if (value == null) {
                sys++;
                continue;
            }
            if (!(value instanceof Double d)) {
                valid++;
                continue;
            }
            freq.merge(d, 1L, Long::sum);
            if (contains(missing, d)) {
                user++;
                continue;
            }
            valid++;
            sum += d;
            min = Double.isNaN(min) ? d : Math.min(min, d);
            max = Double.isNaN(max) ? d : Math.max(max, d);
        }
        double mean = v.isNumeric() && valid > 0 ? sum / valid : Double.NaN;
        double sd = Double.NaN;
        if (v.isNumeric() && valid > 1) {
            double ss = 0;
            for (int r = 0; r < data.rowCount(); r++) {
                Object value = data.value(r, col);
                if (value instanceof Double d && !contains(missing, d)) {
                    ss += (d - mean) * (d - mean);
                }
            }
            sd = Math.sqrt(ss / (valid - 1));
        }
        return new VariableSummary(valid, user, sys, Collections.unmodifiableSortedMap(freq), mean, min, max, sd);
    }

    private static boolean contains(double[] codes, double value) {
        for (double code : codes) {
            if (code == value) {
                return true;
            }
        }
        return false;
    }
}
