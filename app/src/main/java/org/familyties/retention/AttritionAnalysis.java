package org.familyties.retention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.familyties.stats.dist.Distributions;

/**
 * Compares the baseline characteristics of retained and lost participants. A participant without a value for a
 * characteristic (absent key, null, or for numbers NaN) is left out of that characteristic only. Characteristics
 * and levels come in alphabetical order.
 * <ul>
 *   <li>numeric: means, standard deviations (n − 1), the standardised mean difference
 *   SMD = (mean_r − mean_l) / √((sd_r² + sd_l²)/2), and Welch's t = (mean_r − mean_l) / √(sd_r²/n_r + sd_l²/n_l)
 *   with the Welch–Satterthwaite degrees of freedom and a two-sided p. With fewer than two values in a group,
 *   the SD (for n &lt; 2), SMD, t, df and p are NaN; a zero SMD denominator gives SMD 0 when the means are equal
 *   and NaN otherwise;</li>
 *   <li>categorical, per level: nRetained and nLost are the participants of each group with a value for the
 *   characteristic, the proportions are those at the level, and SMD = (p_r − p_l) / √((p_r(1 − p_r) +
 *   p_l(1 − p_l))/2), 0 when the denominator is 0;</li>
 *   <li>categorical, per characteristic: Pearson's chi-square test of independence of group and level (no
 *   continuity correction), df = levels − 1, flagging any expected count below 5. With fewer than two levels or
 *   an empty group the statistic and p are NaN.</li>
 * </ul>
 */
public final class AttritionAnalysis {

    private AttritionAnalysis() {
    }

    public static AttritionReport compare(Collection<BaselineProfile> profiles) {
        int retained = (int) profiles.stream().filter(BaselineProfile::retained).count();
        List<NumericComparison> numeric = new ArrayList<>();
        for (String name : keys(profiles, true)) {
            numeric.add(numeric(name, profiles));
        }
        List<CategoryComparison> categories = new ArrayList<>();
        List<CategoricalTest> tests = new ArrayList<>();
        for (String name : keys(profiles, false)) {
            categorical(name, profiles, categories, tests);
        }
        return new AttritionReport(retained, profiles.size() - retained, List.copyOf(numeric),
                List.copyOf(categories), List.copyOf(tests));
    }

    private static TreeSet<String> keys(Collection<BaselineProfile> profiles, boolean numeric) {
        TreeSet<String> keys = new TreeSet<>();
        for (BaselineProfile p : profiles) {
            Map<String, ?> map = numeric ? p.numeric() : p.categorical();
            if (map != null) {
                map.keySet().stream().filter(Objects::nonNull).forEach(keys::add);
            }
        }
        return keys;
    }

    private static NumericComparison numeric(String name, Collection<BaselineProfile> profiles) {
        Summary r = new Summary();
        Summary l = new Summary();
        for (BaselineProfile p : profiles) {
            Double value = p.numeric() == null ? null : p.numeric().get(name);
            if (value != null && !value.isNaN()) {
                (p.retained() ? r : l).add(value);
            }
        }
        double sdR = r.sd();
        double sdL = l.sd();
        double difference = r.mean() - l.mean();
        double pooled = Math.sqrt((sdR * sdR + sdL * sdL) / 2);
        double smd = pooled == 0 ? (difference == 0 ? 0 : Double.NaN) : difference / pooled;
        double vr = sdR * sdR / r.n;
        double vl = sdL * sdL / l.n;
        double se = Math.sqrt(vr + vl);
        double t = se > 0 ? difference / se : Double.NaN;
        double df = se > 0 ? Math.pow(vr + vl, 2) / (vr * vr / (r.n - 1) + vl * vl / (l.n - 1)) : Double.NaN;
        return new NumericComparison(name, r.n, r.mean(), sdR, l.n, l.mean(), sdL, smd, t, df,
                Distributions.studentTTwoSidedP(t, df));
    }

    private static void categorical(String name, Collection<BaselineProfile> profiles,
                                    List<CategoryComparison> categories, List<CategoricalTest> tests) {
        Map<String, int[]> counts = new TreeMap<>();
        int nR = 0;
        int nL = 0;
        for (BaselineProfile p : profiles) {
            String level = p.categorical() == null ? null : p.categorical().get(name);
            if (level != null) {
                counts.computeIfAbsent(level, k -> new int[2])[p.retained() ? 0 : 1]++;
                if (p.retained()) {
                    nR++;
                } else {
                    nL++;
                }
            }
        }
        for (Map.Entry<String, int[]> level : counts.entrySet()) {
            double pR = nR == 0 ? 0 : (double) level.getValue()[0] / nR;
            double pL = nL == 0 ? 0 : (double) level.getValue()[1] / nL;
            double denominator = Math.sqrt((pR * (1 - pR) + pL * (1 - pL)) / 2);
            double smd = denominator == 0 ? 0 : (pR - pL) / denominator;
            categories.add(new CategoryComparison(name, level.getKey(), nR, pR, nL, pL, smd));
        }
        tests.add(chiSquare(name, counts, nR, nL));
    }

    private static CategoricalTest chiSquare(String name, Map<String, int[]> counts, int nR, int nL) {
        int df = Math.max(0, counts.size() - 1);
        if (counts.size() < 2 || nR == 0 || nL == 0) {
            return new CategoricalTest(name, Double.NaN, df, Double.NaN, false);
        }
        double total = nR + nL;
        double chi = 0;
        boolean small = false;
        for (int[] level : counts.values()) {
            double column = level[0] + level[1];
            double[] expected = {nR * column / total, nL * column / total};
            for (int g = 0; g < 2; g++) {
                chi += Math.pow(level[g] - expected[g], 2) / expected[g];
                small |= expected[g] < 5;
            }
        }
        return new CategoricalTest(name, chi, df, Distributions.chiSquareUpper(chi, df), small);
    }

    private static final class Summary {
        private int n;
        private double sum;
        private final List<Double> values = new ArrayList<>();

        void add(double value) {
            n++;
            sum += value;
            values.add(value);
        }

        double mean() {
            return n == 0 ? Double.NaN : sum / n;
        }

        double sd() {
            if (n < 2) {
                return Double.NaN;
            }
            double mean = mean();
            double sumOfSquares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return Math.sqrt(sumOfSquares / (n - 1));
        }
    }
}
