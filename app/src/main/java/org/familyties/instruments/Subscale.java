package org.familyties.instruments;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One score of a scale: either from items (sum or mean of item numbers, 1-based) or the sum of other
 * subscales ({@code components}), such as total difficulties from four problem subscales.
 *
 * @param minAnswered   how many of the items must be answered to score at all; fewer than all means prorating
 * @param roundProrated whether a prorated sum is rounded to a whole number (as the SDQ does)
 * @param decimals      places a mean or prorated sum is rounded to
 * @param conversion    a raw-to-metric table (raw whole-number score to converted score), or empty
 */
public record Subscale(
        String id,
        String name,
        ScoringMethod method,
        List<Integer> items,
        List<String> components,
        int minAnswered,
        boolean roundProrated,
        int decimals,
        List<Band> bands,
        Map<Integer, Double> conversion) {

    public Subscale {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, id);
        method = Objects.requireNonNullElse(method, ScoringMethod.SUM);
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        components = List.copyOf(Objects.requireNonNullElse(components, List.of()));
        bands = List.copyOf(Objects.requireNonNullElse(bands, List.of()));
        conversion = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(conversion, Map.of())));
        if (items.isEmpty() == components.isEmpty()) {
            throw new IllegalArgumentException("Subscale '" + id + "' needs either items or components, not both");
        }
        if (!items.isEmpty() && (minAnswered < 1 || minAnswered > items.size())) {
            throw new IllegalArgumentException("Subscale '" + id + "' needs minAnswered from 1 to " + items.size()
                    + ", not " + minAnswered);
        }
        if (!components.isEmpty() && method != ScoringMethod.SUM) {
            throw new IllegalArgumentException("Subscale '" + id + "' combines subscales, which can only be summed");
        }
        for (int i = 0; i < bands.size(); i++) {
            for (Band other : bands.subList(i + 1, bands.size())) {
                Band band = bands.get(i);
                if (band.min() <= other.max() && other.min() <= band.max()) {
                    throw new IllegalArgumentException("Subscale '" + id + "' has overlapping bands '" + band.label()
                            + "' and '" + other.label() + "'");
                }
            }
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("Subscale '" + id + "' cannot round to " + decimals + " places");
        }
    }

    /** A sum of items that needs every item answered. */
    public static Subscale sumOf(String id, String name, List<Integer> items) {
        return new Subscale(id, name, ScoringMethod.SUM, items, List.of(), items.size(), false, 2, List.of(), Map.of());
    }

    public boolean isComposite() {
        return !components.isEmpty();
    }

    public Optional<Band> bandFor(double score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }
}
