package org.familyties.stats.resilience;

import java.util.Locale;

/** Doing better than, as well as, or worse than expected for one's adversity. */
public enum ResilienceClass {
    RESILIENT, EXPECTED, VULNERABLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
