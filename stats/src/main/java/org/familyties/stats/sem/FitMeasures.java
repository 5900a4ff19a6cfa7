package org.familyties.stats.sem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fit measures under lavaan's {@code fitMeasures()} names, in lavaan's order; NaN where lavaan gives NA. */
public final class FitMeasures {

    private final Map<String, Double> values;

    FitMeasures(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Unknown fit measure '" + name + "'; known: " + String.join(", ", values.keySet()));
        }
        return v;
    }

    public Map<String, Double> asMap() {
        return values;
    }
}
