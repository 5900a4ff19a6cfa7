package org.familyties.stats.risk;

import java.util.Set;
import java.util.TreeSet;

/** When an indicator counts as present (a risk is there, or a protective factor is there). */
public sealed interface Cutoff {

    /** A fixed value, e.g. {@code income_to_poverty < 1}. */
    record Value(Operator operator, double value) implements Cutoff {
        @Override
        public String describe() {
            return operator.symbol() + " " + format(value);
        }
    }

    /**
     * A percentile of the sample, e.g. {@code > p75} for the top quartile. The cut is R's default (type 7) quantile of the
     * column's present values over all rows of the table.
     */
    record Percentile(Operator operator, double percent) implements Cutoff {
        public Percentile {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("A percentile lies between 0 and 100, not " + percent);
            }
        }

        @Override
        public String describe() {
            return operator.symbol() + " p" + format(percent);
        }
    }

    /** Membership in a set of categories, compared as text, or as numbers when both sides are numbers. */
    record Categories(Set<String> categories) implements Cutoff {
        public Categories {
            if (categories.isEmpty()) {
                throw new IllegalArgumentException("A category cut-off needs at least one category");
            }
            categories = Set.copyOf(categories);
        }

        @Override
        public String describe() {
            return "in " + String.join("|", new TreeSet<>(categories));
        }
    }

    String describe();

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
