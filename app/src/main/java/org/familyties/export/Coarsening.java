package org.familyties.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Coarsening of dates and top-coding of outliers. */
public final class Coarsening {

    private Coarsening() {
    }

    /** Replaces a date variable by a numeric year. */
    public static LabelledDataset toYear(LabelledDataset data, String dateVariable) {
        Variable old = requireDate(data, dateVariable);
        Variable year = Variable.numeric(dateVariable).label(old.label()).width(4).level(MeasurementLevel.SCALE).build();
        return data.withVariable(year, v -> v == null ? null : (double) ((LocalDate) v).getYear());
    }

    /** Replaces a date variable by a "yyyy-mm" string. */
    public static LabelledDataset toYearMonth(LabelledDataset data, String dateVariable) {
        Variable old = requireDate(data, dateVariable);
        Variable month = Variable.string(dateVariable, 7).label(old.label()).level(MeasurementLevel.ORDINAL).build();
        return data.withVariable(month, v -> v == null ? "" : ((LocalDate) v).toString().substring(0, 7));
    }

    /** Result of top-coding: the data, the cap applied and how many values were lowered to it. */
    public record TopCoded(LabelledDataset data, double cap, int valuesChanged) {
    }

    /** Lowers valid values above {@code cap} to {@code cap}; missing codes are left alone. */
    public static TopCoded topCodeAt(LabelledDataset data, String variable, double cap) {
        Variable v = data.variable(variable);
        if (!v.isNumeric()) {
            throw new IllegalArgumentException(variable + " is not numeric");
        }
        int col = data.indexOf(variable);
        int changed = 0;
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            Object[] row = data.row(r);
            if (row[col] instanceof Double d && !v.isMissingCode(d) && d > cap) {
                row[col] = cap;
                changed++;
            }
            rows.add(row);
        }
        return new TopCoded(data.withRows(rows), cap, changed);
    }

    /**
     * Top-codes at the given percentile (0 < p <= 100, nearest-rank method) of the valid values, e.g.
     * 99 lowers the top 1% of values to the 99th percentile.
     */
    public static TopCoded topCodeAtPercentile(LabelledDataset data, String variable, double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("Percentile must be in (0, 100]");
        }
        Variable v = data.variable(variable);
        int col = data.indexOf(variable);
        List<Double> valid = new ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            if (data.value(r, col) instanceof Double d && !v.isMissingCode(d)) {
                valid.add(d);
            }
        }
        if (valid.isEmpty()) {
            return new TopCoded(data, Double.NaN, 0);
        }
        valid.sort(null);
        int rank = (int) Math.ceil(percentile / 100.0 * valid.size());
        return topCodeAt(data, variable, valid.get(Math.max(rank, 1) - 1));
    }

    private static Variable requireDate(LabelledDataset data, String variable) {
        Variable v = data.variable(variable);
        if (v.kind() != VariableKind.DATE) {
            throw new IllegalArgumentException(variable + " is not a date variable");
        }
        return v;
    }
}
