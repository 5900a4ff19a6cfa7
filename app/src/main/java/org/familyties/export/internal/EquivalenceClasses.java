package org.familyties.export.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.export.LabelledDataset;

/**
 * Equivalence-class sizes over a set of quasi-identifiers, where an empty cell (system-missing number
 * or date, empty string) is a wildcard that matches any value: a record's class size is the number of
 * records (itself included) that agree with it on every quasi-identifier where both are non-empty.
 * Without empty cells this is the usual count of records sharing the same combination.
 */
public final class EquivalenceClasses {

    private EquivalenceClasses() {
    }

    public static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isEmpty());
    }

    public static int[] columns(LabelledDataset data, List<String> quasiIdentifiers) {
        int[] cols = new int[quasiIdentifiers.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = data.indexOf(quasiIdentifiers.get(i));
        }
        return cols;
    }

    /** Class size of each record. */
    public static int[] sizes(List<Object[]> keys) {
        // Group identical keys first; with blanks, each distinct pattern's matches come from the bit-set index.
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        List<List<Object>> recordKey = new ArrayList<>(keys.size());
        for (Object[] key : keys) {
            List<Object> k = Arrays.asList(key);
            counts.merge(k, 1, Integer::sum);
            recordKey.add(k);
        }
        List<List<Object>> patterns = new ArrayList<>(counts.keySet());
        Map<List<Object>, Integer> classSize = new LinkedHashMap<>();
        boolean anyWildcard = patterns.stream().anyMatch(p -> p.stream().anyMatch(EquivalenceClasses::isEmpty));
        PatternIndex index = anyWildcard && !keys.isEmpty() ? new PatternIndex(keys, keys.get(0).length) : null;
        for (List<Object> p : patterns) {
            classSize.put(p, index == null ? counts.get(p) : index.matching(p.toArray()).cardinality());
        }
        int[] sizes = new int[keys.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = classSize.get(recordKey.get(i));
        }
        return sizes;
    }

    public static boolean matches(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (!isEmpty(x) && !isEmpty(y) && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    public static List<Object[]> keys(LabelledDataset data, int[] cols) {
        List<Object[]> keys = new ArrayList<>(data.rowCount());
        for (int r = 0; r < data.rowCount(); r++) {
            Object[] key = new Object[cols.length];
            for (int i = 0; i < cols.length; i++) {
                Object v = data.value(r, cols[i]);
                key[i] = isEmpty(v) ? null : v;
            }
            keys.add(key);
        }
        return keys;
    }
}
