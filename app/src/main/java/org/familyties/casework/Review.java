package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("case_review")
record Review(@Id Long id, Long caseId, LocalDate heldOn, String summary, LocalDate nextReviewDue, String reviewedBy,
              Instant createdAt) {
}
