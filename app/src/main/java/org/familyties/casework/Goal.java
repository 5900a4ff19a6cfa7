package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A case plan goal for one client. */
@Table("case_goal")
record Goal(@Id Long id, Long caseId, Long clientPersonId, String description, LocalDate targetDate, String status,
            Instant createdAt, @Version Integer version) {
}
