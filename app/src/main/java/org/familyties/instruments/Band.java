package org.familyties.instruments;

import java.util.Objects;

/** A labelled range of scores, both ends included, such as "High" for 17 to 19. */
public record Band(String label, double min, double max) {
    public Band {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A band needs a label");
        }
        if (min > max) {
            throw new IllegalArgumentException("Band '" + label + "' has min " + min + " above max " + max);
        }
    }

    public boolean contains(double score) {
        return score >= min && score <= max;
    }
}
