package org.familyties.instruments;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A questionnaire: the fields of one form of a data dictionary, in dictionary order. */
public record Instrument(String name, List<Field> fields) {
    public Instrument {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    /** A readable title from the form name: {@code family_contact} becomes "Family contact". */
    public String title() {
        String spaced = name.replace('_', ' ').trim();
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }
}
