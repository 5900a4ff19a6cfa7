package org.familyties.stats.sem.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A right-hand-side term with its modifiers: {@code a*x}, {@code 1*x}, {@code NA*x}, {@code start(0.5)*x},
 * {@code c(a1, a2)*x} (one value per group). In {@link #fixed()} NaN means {@code NA} (explicitly free).
 * Each modifier list is empty, has one entry (all groups) or one entry per group; entries may be null.
 */
public record Term(String name, boolean isIntercept, List<String> labels, List<Double> fixed, List<Double> starts) {

    public Term {
        labels = Collections.unmodifiableList(new ArrayList<>(labels));
        fixed = Collections.unmodifiableList(new ArrayList<>(fixed));
        starts = Collections.unmodifiableList(new ArrayList<>(starts));
    }

    public String label(int group) {
        return pick(labels, group);
    }

    public Double fixedValue(int group) {
        return pick(fixed, group);
    }

    public Double start(int group) {
        return pick(starts, group);
    }

    private static <T> T pick(List<T> values, int group) {
        if (values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : group < values.size() ? values.get(group) : null;
    }

    /** Largest number of per-group entries in any modifier (1 when none is a c(...) list). */
    public int groupEntries() {
        return Math.max(1, Math.max(labels.size(), Math.max(fixed.size(), starts.size())));
    }
}
