package org.familyties.instruments;

import java.util.Objects;

/** One option of a dropdown, radio, checkbox, yes/no or true/false field. */
public record Choice(String code, String label) {
    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
