package org.familyties.retention;

import java.time.LocalDate;

/**
 * Where a participant lived or was held from {@code movedIn} up to {@code movedOut} (null: still there).
 * The full {@code address} is identity-level; {@code area} (postcode district or local authority) is what
 * pathways and reports show.
 */
public record Location(long id, String pseudonym, PlaceKind kind, String address, String area, String establishment,
                       LocalDate movedIn, LocalDate movedOut, MoveSource learnedFrom) {

    public boolean coversDay(LocalDate day) {
        return !movedIn.isAfter(day) && (movedOut == null || !movedOut.isBefore(day));
    }

    /** The place as pathways show it: the establishment's name for institutions, the area for homes. */
    public String areaLabel() {
        return kind == PlaceKind.HOME || establishment == null || establishment.isBlank() ? area : establishment;
    }
}
