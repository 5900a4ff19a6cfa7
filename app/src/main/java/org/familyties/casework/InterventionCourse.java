package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("intervention_course")
record InterventionCourse(@Id Long id, Long prisonId, String kind, String title, LocalDate startsOn, LocalDate endsOn,
                          Integer capacity, Instant createdAt, @Version Integer version) {
}
