package org.familyties.retention;

import java.io.IOException;
import java.util.List;

/** Retention tables as CSV. */
public final class RetentionCsv {

    private RetentionCsv() {
    }

    public static void writeRows(List<RetentionRow> rows, Appendable out) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static void writeFamilySets(List<FamilySetRow> rows, Appendable out) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static void writeAttrition(AttritionReport report, Appendable out) throws IOException {
        throw new UnsupportedOperationException();
    }
}
