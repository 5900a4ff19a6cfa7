package org.familyties.study;

import java.util.List;
import java.util.Set;

import org.familyties.instruments.Choice;
import org.familyties.instruments.FieldType;

/**
 * One question of a data-entry form as shown for a record: only fields that branching shows are listed.
 *
 * @param value       the typed or chosen answer, empty when blank or missing
 * @param ticked      the ticked options of a checkbox field
 * @param missingCode the missing-data code recorded instead of an answer, or empty
 * @param min         the lowest number a numeric field or slider accepts, or null
 */
public record FormField(String name, FieldType type, String label, String note, boolean required,
                        List<Choice> choices, String value, Set<String> ticked, String missingCode, String min,
                        String max, boolean numeric) {

    public boolean isTicked(String code) {
        return ticked.contains(code);
    }

    public boolean takesAnswer() {
        return !type.holdsNoAnswer();
    }
}
