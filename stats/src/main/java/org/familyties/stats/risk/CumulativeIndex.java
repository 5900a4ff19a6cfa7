package org.familyties.stats.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.familyties.stats.data.DataException;
import org.familyties.stats.data.DataTable;

/** Counts, per row, how many dichotomised indicators fire: a cumulative risk index or a protective-factor index. */
public final class CumulativeIndex {

    private CumulativeIndex() {
    }

    public static IndexResult compute(DataTable table, List<Indicator> indicators, MissingRule rule) {
        if (indicators.isEmpty()) {
            throw new DataException("No indicators were given");
        }
        Set<String> names = new HashSet<>();
        for (Indicator ind : indicators) {
            if (!names.add(ind.name())) {
                throw new DataException("Indicator name '" + ind.name() + "' is used twice");
            }
        }
        int n = table.rowCount();
        int m = indicators.size();
        double[][] fired = new double[m][];
        List<Double> cuts = new ArrayList<>();
        List<Double> prevalence = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            Indicator ind = indicators.get(i);
            double[] cut = new double[1];
            fired[i] = dichotomise(table, ind, cut);
            cuts.add(cut[0]);
            double present = 0;
            double sum = 0;
            for (double v : fired[i]) {
                if (!Double.isNaN(v)) {
                    present++;
                    sum += v;
                }
            }
            prevalence.add(present == 0 ? Double.NaN : sum / present);
        }
        int required = Math.min(rule.minimumPresent(), m);
        List<PersonIndex> persons = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            List<String> on = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                double v = fired[i][r];
                if (Double.isNaN(v)) {
                    missing.add(indicators.get(i).name());
                } else if (v == 1) {
                    on.add(indicators.get(i).name());
                }
            }
            int present = m - missing.size();
            double index;
            if (present < required) {
                index = Double.NaN;
            } else if (rule.scoring() == MissingRule.Scoring.PRORATE) {
                index = on.size() * (double) m / present;
            } else {
                index = on.size();
            }
            persons.add(new PersonIndex(r, index, present, on, missing));
        }
        return new IndexResult(indicators, rule, cuts, prevalence, persons);
    }

    /** 1 when the indicator fires, 0 when not, NaN when the cell is missing. */
    private static double[] dichotomise(DataTable table, Indicator ind, double[] cutOut) {
        int n = table.rowCount();
        double[] out = new double[n];
        String[] text = table.textColumn(ind.column());
        if (ind.cutoff() instanceof Cutoff.Categories cat) {
            cutOut[0] = Double.NaN;
            for (int r = 0; r < n; r++) {
                out[r] = text[r] == null ? Double.NaN : member(text[r], cat.categories()) ? 1 : 0;
            }
            return out;
        }
        if (!table.isNumeric(ind.column())) {
            throw new DataException("Indicator '" + ind.name() + "' compares column '" + ind.column()
                    + "' with a number, but the column holds text; use 'in' with categories");
        }
        double[] x = table.column(ind.column());
        Operator op;
        double cut;
        if (ind.cutoff() instanceof Cutoff.Value v) {
            op = v.operator();
            cut = v.value();
        } else {
            Cutoff.Percentile p = (Cutoff.Percentile) ind.cutoff();
            op = p.operator();
            double[] present = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
            if (present.length == 0) {
                throw new DataException("Column '" + ind.column() + "' has no values to take a percentile of");
            }
            cut = quantile(present, p.percent() / 100);
        }
        cutOut[0] = cut;
        for (int r = 0; r < n; r++) {
            out[r] = Double.isNaN(x[r]) ? Double.NaN : op.test(x[r], cut) ? 1 : 0;
        }
        return out;
    }

    private static boolean member(String value, Set<String> categories) {
        if (categories.contains(value)) {
            return true;
        }
        Double v = number(value);
        if (v == null) {
            return false;
        }
        for (String c : categories) {
            Double cv = number(c);
            if (cv != null && cv.doubleValue() == v.doubleValue()) {
                return true;
            }
        }
        return false;
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** R's default (type 7) sample quantile. */
    static double quantile(double[] values, double prob) {
        double[] s = values.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * prob;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
