package org.familyties.casework;

import java.time.LocalDate;

/** A line of a caseload. */
public record CaseSummary(long id, String prisonerName, String prisonNumber, String prisonName, CaseStatus status,
                          String allocatedTo, LocalDate openedOn, LocalDate nextReviewDue, boolean reviewOverdue) {
}
