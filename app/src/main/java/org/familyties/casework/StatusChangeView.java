package org.familyties.casework;

import java.time.Instant;

public record StatusChangeView(CaseStatus status, Instant changedAt, String changedBy, String note) {
}
