package org.familyties.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familyties.export.internal.Hmac;
import org.familyties.export.internal.Numbers;

/**
 * Per-participant date shifting: every date of one participant moves by the same number of days, so
 * intervals within a participant's record are kept while calendar dates are hidden. The offset is
 * derived from HMAC-SHA256(study secret, pseudonym) and lies in [-maxDays, -1] or [1, maxDays] (never 0,
 * so no date is released unshifted). Without the secret the offset cannot be recomputed.
 */
public final class DateShift {

    private final Hmac hmac;
    private final int maxDays;

    public DateShift(byte[] studySecret, int maxDays) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("maxDays must be at least 1");
        }
        this.hmac = new Hmac(studySecret);
        this.maxDays = maxDays;
    }

    public int offsetDays(String pseudonym) {
        byte[] h = hmac.digest("date-shift", pseudonym);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
        }
        // 2 * maxDays outcomes; the bias of reducing 63 random bits modulo a small number is negligible.
        int r = (int) ((bits >>> 1) % (2L * maxDays));
        return r < maxDays ? r - maxDays : r - maxDays + 1;
    }

    public LocalDate shift(String pseudonym, LocalDate date) {
        return date == null ? null : date.plusDays(offsetDays(pseudonym));
    }

    /** Shifts the given date variables of every row by the offset of the row's pseudonym. */
    public LabelledDataset apply(LabelledDataset data, String pseudonymVariable, String... dateVariables) {
        int idCol = data.indexOf(pseudonymVariable);
        int[] cols = new int[dateVariables.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = data.indexOf(dateVariables[i]);
            if (data.variables().get(cols[i]).kind() != VariableKind.DATE) {
                throw new IllegalArgumentException(dateVariables[i] + " is not a date variable");
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            Object[] row = data.row(r);
            String pseudonym = row[idCol] instanceof Double d ? Numbers.plain(d) : String.valueOf(row[idCol]);
            for (int c : cols) {
                row[c] = shift(pseudonym, (LocalDate) row[c]);
            }
            rows.add(row);
        }
        return data.withRows(rows);
    }
}
