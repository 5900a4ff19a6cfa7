package org.familyties.instruments;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.familyties.instruments.internal.ScaleScorer;

/**
 * How to score a questionnaire from its item responses. Items are numbered from 1; item n is read from the
 * field {@code itemPrefix + n}. Reversed items score {@code itemMin + itemMax - value}. Missing codes,
 * blanks and out-of-range answers count as missing items. See {@link ScaleDefinitions} for the file format.
 *
 * @param itemLabels labels of the items, "Item 1" to "Item N" unless given
 */
public record ScaleDefinition(
        String id,
        String name,
        String itemPrefix,
        int itemCount,
        double itemMin,
        double itemMax,
        List<String> itemLabels,
        Set<Integer> reversedItems,
        List<Subscale> subscales) {

    public ScaleDefinition {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, id);
        itemPrefix = Objects.requireNonNullElse(itemPrefix, id + "_");
        if (itemCount < 1) {
            throw new IllegalArgumentException("Scale '" + id + "' needs at least one item");
        }
        if (itemMin >= itemMax) {
            throw new IllegalArgumentException("Scale '" + id + "' needs itemMin below itemMax");
        }
        itemLabels = itemLabels == null || itemLabels.isEmpty()
                ? IntStream.rangeClosed(1, itemCount).mapToObj(i -> "Item " + i).toList()
                : List.copyOf(itemLabels);
        if (itemLabels.size() != itemCount) {
            throw new IllegalArgumentException("Scale '" + id + "' has " + itemCount + " items but "
                    + itemLabels.size() + " item labels");
        }
        reversedItems = Set.copyOf(Objects.requireNonNullElse(reversedItems, Set.of()));
        subscales = List.copyOf(subscales);
        check(id, itemCount, reversedItems, subscales, itemMin, itemMax);
    }

    private static void check(String id, int itemCount, Set<Integer> reversed, List<Subscale> subscales,
                              double itemMin, double itemMax) {
        for (int item : reversed) {
            if (item < 1 || item > itemCount) {
                throw new IllegalArgumentException("Scale '" + id + "' reverses item " + item + ", which it does not have");
            }
        }
        Set<String> defined = new HashSet<>();
        for (Subscale subscale : subscales) {
            for (int item : subscale.items()) {
                if (item < 1 || item > itemCount) {
                    throw new IllegalArgumentException("Subscale '" + subscale.id() + "' uses item " + item
                            + " but the scale has items 1 to " + itemCount);
                }
            }
            for (String component : subscale.components()) {
                if (!defined.contains(component)) {
                    throw new IllegalArgumentException("Subscale '" + subscale.id() + "' combines '" + component
                            + "', which must be defined before it");
                }
            }
            if (!subscale.conversion().isEmpty()) {
                checkConversion(subscale, itemMin, itemMax);
            }
            if (!defined.add(subscale.id())) {
                throw new IllegalArgumentException("Scale '" + id + "' defines subscale '" + subscale.id() + "' twice");
            }
        }
    }

    private static void checkConversion(Subscale subscale, double itemMin, double itemMax) {
        if (subscale.method() != ScoringMethod.SUM || subscale.isComposite()
                || subscale.minAnswered() != subscale.items().size()) {
            throw new IllegalArgumentException("Subscale '" + subscale.id()
                    + "' has a conversion table, which needs a sum of items with every item answered");
        }
        int lowest = (int) Math.ceil(itemMin * subscale.items().size());
        int highest = (int) Math.floor(itemMax * subscale.items().size());
        for (int raw = lowest; raw <= highest; raw++) {
            if (!subscale.conversion().containsKey(raw)) {
                throw new IllegalArgumentException("Subscale '" + subscale.id() + "' has no conversion for raw score " + raw);
            }
        }
    }

    /** The field holding item n (1-based). */
    public String itemField(int item) {
        return itemPrefix + item;
    }

    public Subscale subscale(String subscaleId) {
        return subscales.stream().filter(s -> s.id().equals(subscaleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Scale '" + id + "' has no subscale '" + subscaleId + "'"));
    }

    public ScaleScores score(Responses responses) {
        return ScaleScorer.score(this, responses);
    }
}
