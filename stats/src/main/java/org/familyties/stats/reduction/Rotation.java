package org.familyties.stats.reduction;

import java.util.Locale;

/** Factor rotations. */
public enum Rotation {
    /** No rotation. */
    NONE(false),
    /** Orthogonal, with Kaiser normalisation, as R's {@code varimax}. */
    VARIMAX(false),
    /** Oblique, varimax followed by a power-4 target, as R's {@code promax}. */
    PROMAX(true),
    /** Oblique direct oblimin with gamma 0 (quartimin), by gradient projection as GPArotation's {@code oblimin}. */
    OBLIMIN(true);

    private final boolean oblique;

    Rotation(boolean oblique) {
        this.oblique = oblique;
    }

    public boolean oblique() {
        return oblique;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rotation parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
