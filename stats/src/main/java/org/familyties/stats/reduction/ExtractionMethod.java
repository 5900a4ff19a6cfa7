package org.familyties.stats.reduction;

import java.util.Locale;

/** How factors are extracted. */
public enum ExtractionMethod {
    /** Maximum likelihood, as R's {@code factanal}. */
    ML,
    /** Minimum residual (unweighted least squares), as psych's {@code fa(fm = "minres")}. */
    MINRES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExtractionMethod parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
