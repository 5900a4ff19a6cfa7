package org.familyties.export.deposit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.familyties.export.Variable;

/**
 * One released variable and the stored values it comes from.
 *
 * @param source   the variable name in the study's observations (e.g. {@code cq_contact___2}, {@code brs_total})
 * @param instrument the instrument the values come from
 * @param freeText whether the values are typed text (kept only for review)
 */
record Column(String source, String instrument, Variable variable, boolean freeText) {

    /** The stored text as a cell of this column: a number, a string or a date; null when missing. */
    Object parse(String raw, Set<String> missingCodes) {
        String value = raw == null ? "" : raw.trim();
        return switch (variable.kind()) {
            case NUMERIC -> number(value);
            case DATE -> value.isEmpty() || missingCodes.contains(value) ? null : date(value);
            case STRING -> raw == null ? "" : raw;
        };
    }

    /** Boxes of the small whole numbers most answers are, shared so that large data sets stay small. */
    private static final Double[] SMALL = new Double[1011];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = (double) (i - 10);
        }
    }

    private static Double number(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (d == Math.rint(d) && d >= -10 && d <= 1000 && (d != 0.0 || 1 / d > 0)) {
                return SMALL[(int) d + 10];
            }
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
