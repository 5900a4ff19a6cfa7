package org.familyties.export.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which records hold each quasi-identifier value, and which have it blank, as bit sets: the records that
 * match a pattern in the sense of {@link EquivalenceClasses#matches} (a blank matches anything) are then
 * found by intersecting one bit set per non-blank value instead of comparing the pattern with every record.
 * Blanking a value through {@link #blank} keeps the index and the keys in step.
 */
public final class PatternIndex {

    private final List<Object[]> keys;
    private final int records;
    private final List<Map<Object, BitSet>> holding;
    private final BitSet[] blank;

    /** @param keys one array of quasi-identifier values per record, {@code null} for a blank; kept and updated */
    public PatternIndex(List<Object[]> keys, int columns) {
        this.keys = keys;
        this.records = keys.size();
        this.holding = new ArrayList<>(columns);
        this.blank = new BitSet[columns];
        for (int c = 0; c < columns; c++) {
            Map<Object, BitSet> byValue = new HashMap<>();
            BitSet none = new BitSet(records);
            for (int r = 0; r < records; r++) {
                Object value = keys.get(r)[c];
                if (value == null) {
                    none.set(r);
                } else {
                    byValue.computeIfAbsent(value, v -> new BitSet(records)).set(r);
                }
            }
            holding.add(byValue);
            blank[c] = none;
        }
    }

    /** The records that agree with {@code pattern} wherever both have a value. */
    public BitSet matching(Object[] pattern) {
        BitSet result = new BitSet(records);
        result.set(0, records);
        for (int c = 0; c < pattern.length; c++) {
            if (pattern[c] == null) {
                continue;
            }
            BitSet agree = (BitSet) blank[c].clone();
            BitSet same = holding.get(c).get(pattern[c]);
            if (same != null) {
                agree.or(same);
            }
            result.and(agree);
        }
        return result;
    }

    /** Blanks one value of one record, in its key and in the index. */
    public void blank(int record, int column) {
        Object[] key = keys.get(record);
        Object value = key[column];
        if (value == null) {
            return;
        }
        holding.get(column).get(value).clear(record);
        blank[column].set(record);
        key[column] = null;
    }
}
