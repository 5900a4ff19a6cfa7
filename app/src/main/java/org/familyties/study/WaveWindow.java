package org.familyties.study;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a wave should take place: fixed dates, or days before/after a life event, so that the window
 * moves with the event's date (a release brought forward moves the after-release wave with it).
 */
public record WaveWindow(Kind kind, LocalDate start, LocalDate end, LifeEvent event, Integer offsetStartDays,
                         Integer offsetEndDays) {

    public enum Kind { ABSOLUTE, RELATIVE }

    public static WaveWindow between(LocalDate start, LocalDate end) {
        return new WaveWindow(Kind.ABSOLUTE, start, end, null, null, null);
    }

    public static WaveWindow relativeTo(LifeEvent event, int offsetStartDays, int offsetEndDays) {
        return new WaveWindow(Kind.RELATIVE, null, null, event, offsetStartDays, offsetEndDays);
    }

    /** The dates for a family whose event fell on {@code eventDate}; empty when a relative window's event has no date. */
    public Optional<DateRange> forEventDate(LocalDate eventDate) {
        if (kind == Kind.ABSOLUTE) {
            return Optional.of(new DateRange(start, end));
        }
        if (eventDate == null) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(eventDate.plusDays(offsetStartDays), eventDate.plusDays(offsetEndDays)));
    }

    public record DateRange(LocalDate start, LocalDate end) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }
}
