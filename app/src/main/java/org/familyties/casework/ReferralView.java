package org.familyties.casework;

import java.time.LocalDate;

public record ReferralView(long id, long personId, String personName, String prisonNumber, long prisonId,
                           ReferralSource source, String referrerName, String reason, Urgency urgency,
                           boolean consent, LocalDate receivedOn, ReferralStatus status, String triageReason,
                           Long caseId, int version) {
}
