package org.familyties.casework;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

@Table("case_status_change")
record StatusChange(String status, Instant changedAt, String changedBy, String note) {
}
