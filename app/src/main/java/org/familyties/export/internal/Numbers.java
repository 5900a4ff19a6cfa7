package org.familyties.export.internal;

import java.math.BigDecimal;

/** Locale-independent, deterministic number text. */
public final class Numbers {

    private Numbers() {
    }

    /** Shortest plain decimal text that reads back as the same double: 3, -7, 2.5, 0.001. */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
