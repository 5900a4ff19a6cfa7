package org.familyties.retention;

import java.time.LocalDate;

/** One participant on the tracing worklist: who, the wave window, and why they are where they are. */
public record WorklistRow(String pseudonym, String familyCode, long familyId, String roleName, LocalDate windowOpens,
                          LocalDate windowCloses, LocalDate lastSuccessfulContact, int failedAttemptsInARow,
                          TracingPriority priority) {
}
