package org.familyties.casework;

import java.time.LocalDate;

public record ReviewView(long id, LocalDate heldOn, String summary, LocalDate nextReviewDue, String reviewedBy) {
}
