package org.familyties.export.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Text of computed statistics, rounded so that output does not depend on floating-point noise. */
public final class Stat {

    private Stat() {
    }

    public static String rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
