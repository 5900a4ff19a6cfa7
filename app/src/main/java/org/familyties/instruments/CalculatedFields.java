package org.familyties.instruments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calc fields of a dictionary, parsed once: computes them for a record in dictionary order, so a
 * calculation may use the result of an earlier one. A calc field is never entered; what a record or file
 * says for it is replaced by the computed value (or removed when the result is blank).
 */
public final class CalculatedFields {

    private final Map<String, Calculation> calculations = new LinkedHashMap<>();

    /**
     * Parses the dictionary's calculations. Importing a dictionary refuses one that does not parse; should a
     * dictionary stored before that check hold one, the field is left blank rather than the record refused.
     */
    public CalculatedFields(DataDictionary dictionary) {
        for (Field field : dictionary.fields()) {
            if (field.type() == FieldType.CALC) {
                try {
                    calculations.put(field.name(), Calculation.parse(field.calculation()));
                } catch (BranchingLogicException unreadable) {
                    calculations.put(field.name(), null);
                }
            }
        }
    }

    public boolean isEmpty() {
        return calculations.isEmpty();
    }

    public boolean isCalculated(String fieldName) {
        return calculations.containsKey(fieldName);
    }

    /** The responses with every calc field computed from them. */
    public Responses apply(Responses responses, LocalDate today) {
        Responses current = responses;
        for (Map.Entry<String, Calculation> calc : calculations.entrySet()) {
            String value = calc.getValue() == null ? "" : calc.getValue().evaluate(current, today);
            current = value.isEmpty() ? current.without(calc.getKey()) : current.with(calc.getKey(), Answer.of(value));
        }
        return current;
    }
}
