package org.familyties.casework;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("case_note")
record CaseNote(@Id Long id, Long caseId, String kind, String body, String writtenBy, Instant writtenAt) {
}
