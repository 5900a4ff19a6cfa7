package org.familyties.instruments;

import java.util.Objects;

/**
 * A field named in branching logic: {@code [field]}, {@code [field(code)]} for one checkbox option,
 * optionally prefixed by an event as in {@code [wave_1_arm_1][field]}.
 *
 * @param event          the event name, or empty; events are accepted but not told apart
 * @param field          the variable name
 * @param checkboxOption the checkbox option code, or empty
 * @param position       where the reference starts in the logic, counting from 1
 */
public record FieldReference(String event, String field, String checkboxOption, int position) {
    public FieldReference {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(checkboxOption, "checkboxOption");
    }

    public boolean isCheckboxOption() {
        return !checkboxOption.isEmpty();
    }

    @Override
    public String toString() {
        return (event.isEmpty() ? "" : "[" + event + "]")
                + "[" + field + (checkboxOption.isEmpty() ? "" : "(" + checkboxOption + ")") + "]";
    }
}
