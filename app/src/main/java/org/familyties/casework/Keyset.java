package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.familyties.shared.InvalidInputException;

/**
 * Cursors for keyset pagination: the sort key of the last row shown and its id, so the next page starts after
 * it with an indexed range condition instead of an offset the database would have to count through. A cursor
 * is opaque to users; one that does not parse is refused as bad input.
 */
final class Keyset {

    private static final String NONE = "-";

    private Keyset() {
    }

    record TimeKey(Instant at, long id) {
    }

    record DateKey(LocalDate date, long id) {
    }

    static String of(Instant at, long id) {
        return at.getEpochSecond() + "." + at.getNano() + "_" + id;
    }

    static String of(LocalDate date, long id) {
        return (date == null ? NONE : date.toString()) + "_" + id;
    }

    static TimeKey time(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = cursor.split("_");
            String[] time = parts[0].split("\\.");
            return new TimeKey(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                    Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    static DateKey date(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = cursor.split("_");
            return new DateKey(NONE.equals(parts[0]) ? null : LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("after", "The page link is not valid; go back to the first page and follow "
                + "the Next link");
    }
}
