package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("contact_restriction")
record ContactRestriction(@Id Long id, Long caseId, Long personId, String kind, String incentiveLevel,
                          LocalDate startedOn, LocalDate endedOn, String reason, String recordedBy, Instant createdAt) {
}
