package org.familyties.retention;

import java.time.LocalDate;

/** A place to add to a participant's location history. */
public record NewLocation(PlaceKind kind, String address, String area, String establishment, LocalDate movedIn,
                          LocalDate movedOut, MoveSource learnedFrom) {
}
