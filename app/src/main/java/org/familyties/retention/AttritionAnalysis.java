package org.familyties.retention;

import java.util.Collection;

/** Compares the baseline characteristics of retained and lost participants. */
public final class AttritionAnalysis {

    private AttritionAnalysis() {
    }

    public static AttritionReport compare(Collection<BaselineProfile> profiles) {
        throw new UnsupportedOperationException();
    }
}
