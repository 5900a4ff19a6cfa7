package org.familyties.retention;

import java.util.List;

/** Retention charts as accessible SVG. */
public final class RetentionCharts {

    private RetentionCharts() {
    }

    public static String retentionByWave(List<RetentionRow> rows) {
        throw new UnsupportedOperationException();
    }

    public static String standardisedDifferences(AttritionReport report) {
        throw new UnsupportedOperationException();
    }
}
