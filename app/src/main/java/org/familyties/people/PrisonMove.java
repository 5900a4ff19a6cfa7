package org.familyties.people;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One move in a person's custody: into prison, between prisons, or out on release. */
@Table("prison_move")
record PrisonMove(Long fromPrisonId, Long toPrisonId, LocalDate movedOn, String kind) {
}
