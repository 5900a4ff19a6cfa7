package org.familyties.people;

import java.time.LocalDate;

/** A person in prison moved to another prison ({@code toPrisonId} set) or was released (null). */
public record PersonMoved(long personId, Long fromPrisonId, Long toPrisonId, LocalDate movedOn, MoveKind kind) {
}
