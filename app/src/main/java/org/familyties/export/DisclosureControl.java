package org.familyties.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.export.internal.EquivalenceClasses;
import org.familyties.export.internal.PatternIndex;

/**
 * Statistical disclosure control over declared quasi-identifiers: k-anonymity risk assessment, global
 * recoding and local suppression.
 *
 * <p>Equivalence classes treat an empty quasi-identifier value (system-missing, empty string) as a
 * wildcard that matches any value, so a suppressed value cannot be used to single a record out. User-missing
 * codes such as -9 "not applicable" are ordinary values here: they are visible in the released data.
 *
 * <p>Local suppression rule (greedy): while some record is in a class smaller than k, take the record
 * with the smallest class (the first in row order on ties) and blank the one quasi-identifier value
 * whose suppression gives that record the largest class; on ties the quasi-identifier declared last is
 * suppressed, so callers should declare the most analytically important quasi-identifiers first.
 * Each step suppresses a single value, so the number of suppressed values stays small, though greedy
 * choice does not guarantee the global minimum.
 */
public final class DisclosureControl {

    public static final int DEFAULT_K = 3;

    private final List<String> quasiIdentifiers;
    private final int k;

    public DisclosureControl(List<String> quasiIdentifiers, int k) {
        if (quasiIdentifiers.isEmpty() || new HashSet<>(quasiIdentifiers).size() != quasiIdentifiers.size()) {
            throw new IllegalArgumentException("Declare distinct quasi-identifiers");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.quasiIdentifiers = List.copyOf(quasiIdentifiers);
        this.k = k;
    }

    public DisclosureControl(List<String> quasiIdentifiers) {
        this(quasiIdentifiers, DEFAULT_K);
    }

    public RiskReport assess(LabelledDataset data) {
        int[] sizes = EquivalenceClasses.sizes(keys(data));
        return report(sizes, distinctPatterns(data));
    }

    /** Applies the recodings in order, then suppresses values locally until every class has at least k records. */
    public AnonymisedData anonymise(LabelledDataset data, List<Recode> recodes) {
        if (data.rowCount() > 0 && data.rowCount() < k) {
            throw new IllegalArgumentException("A data set of " + data.rowCount() + " records cannot be " + k + "-anonymous");
        }
        RiskReport before = assess(data);
        Map<String, Double> recodingLoss = new LinkedHashMap<>();
        LabelledDataset recoded = data;
        for (Recode recode : recodes) {
            int distinctBefore = distinctValues(recoded, recode.variable());
            recoded = recode.apply(recoded);
            int distinctAfter = distinctValues(recoded, recode.variable());
            double loss = distinctBefore <= 1 ? 0 : 1 - (double) distinctAfter / distinctBefore;
            recodingLoss.merge(recode.variable(), loss, (a, b) -> 1 - (1 - a) * (1 - b));
        }
        RiskReport afterRecoding = assess(recoded);

        int[] cols = EquivalenceClasses.columns(recoded, quasiIdentifiers);
        List<Object[]> keys = EquivalenceClasses.keys(recoded, cols);
        int[] suppressedBy = new int[cols.length];
        boolean[][] suppressed = new boolean[keys.size()][cols.length];
        int total = 0;
        int[] sizes = EquivalenceClasses.sizes(keys);
        PatternIndex index = new PatternIndex(keys, cols.length);
        while (true) {
            int worst = -1;
            for (int r = 0; r < sizes.length; r++) {
                if (sizes[r] < k && (worst < 0 || sizes[r] < sizes[worst])) {
                    worst = r;
                }
            }
            if (worst < 0) {
                break;
            }
            int column = bestToSuppress(index, keys.get(worst), worst);
            BitSet matchedBefore = index.matching(keys.get(worst));
            index.blank(worst, column);
            growClasses(index.matching(keys.get(worst)), matchedBefore, sizes, worst);
            suppressed[worst][column] = true;
            suppressedBy[column]++;
            total++;
        }

        List<Object[]> rows = new ArrayList<>(recoded.rowCount());
        for (int r = 0; r < recoded.rowCount(); r++) {
            Object[] row = recoded.row(r);
            for (int i = 0; i < cols.length; i++) {
                if (suppressed[r][i]) {
                    row[cols[i]] = null;
                }
            }
            rows.add(row);
        }
        LabelledDataset released = recoded.withRows(rows);
        Map<String, Integer> byVariable = new LinkedHashMap<>();
        for (int i = 0; i < cols.length; i++) {
            byVariable.put(quasiIdentifiers.get(i), suppressedBy[i]);
        }
        long cells = (long) recoded.rowCount() * cols.length;
        DisclosureReport report = new DisclosureReport(before, afterRecoding, assess(released), total,
                cells == 0 ? 0 : (double) total / cells, byVariable, recodingLoss);
        return new AnonymisedData(released, report);
    }

    /**
     * Blanking a value only widens record {@code r}'s pattern, so class sizes change only for records
     * that newly match it: each of those, and {@code r} itself, gains one.
     */
    private static void growClasses(BitSet after, BitSet before, int[] sizes, int r) {
        after.andNot(before);
        after.clear(r);
        for (int s = after.nextSetBit(0); s >= 0; s = after.nextSetBit(s + 1)) {
            sizes[s]++;
            sizes[r]++;
        }
    }

    /** The quasi-identifier of record {@code r} whose suppression gives it the largest class (ties: last declared). */
    private static int bestToSuppress(PatternIndex index, Object[] key, int r) {
        int best = -1;
        int bestSize = -1;
        for (int c = 0; c < key.length; c++) {
            if (key[c] == null) {
                continue;
            }
            Object saved = key[c];
            key[c] = null;
            int size = index.matching(key).cardinality();
            key[c] = saved;
            if (size >= bestSize) {
                best = c;
                bestSize = size;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("Record " + r + " is fully suppressed yet at risk");
        }
        return best;
    }

    private RiskReport report(int[] sizes, int classCount) {
        int min = Integer.MAX_VALUE;
        int atRisk = 0;
        double max = 0;
        double sum = 0;
        double[] risks = new double[sizes.length];
        for (int r = 0; r < sizes.length; r++) {
            min = Math.min(min, sizes[r]);
            if (sizes[r] < k) {
                atRisk++;
            }
            risks[r] = 1.0 / sizes[r];
            max = Math.max(max, risks[r]);
            sum += risks[r];
        }
        return new RiskReport(sizes.length == 0 ? 0 : min, k, atRisk, classCount, max,
                sizes.length == 0 ? 0 : sum / sizes.length, risks);
    }

    private List<Object[]> keys(LabelledDataset data) {
        return EquivalenceClasses.keys(data, EquivalenceClasses.columns(data, quasiIdentifiers));
    }

    private int distinctPatterns(LabelledDataset data) {
        Set<List<Object>> patterns = new HashSet<>();
        for (Object[] key : keys(data)) {
            patterns.add(Arrays.asList(key));
        }
        return patterns.size();
    }

    private static int distinctValues(LabelledDataset data, String variable) {
        int col = data.indexOf(variable);
        Variable v = data.variables().get(col);
        Set<Object> values = new HashSet<>();
        for (int r = 0; r < data.rowCount(); r++) {
            Object value = data.value(r, col);
            if (!EquivalenceClasses.isEmpty(value) && !(value instanceof Double d && v.isMissingCode(d))) {
                values.add(value);
            }
        }
        return values.size();
    }
}
