package org.familyties.study;

import java.time.LocalDate;

/**
 * A wave to add, as typed: {@code windowKind} ABSOLUTE with start and end, or RELATIVE with an event and
 * offsets in days.
 */
public record NewWave(String name, String windowKind, LocalDate start, LocalDate end, String lifeEvent,
                      Integer offsetStartDays, Integer offsetEndDays) {
}
