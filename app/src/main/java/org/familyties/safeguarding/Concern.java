package org.familyties.safeguarding;

import java.time.LocalDate;

public record Concern(long id, long caseId, long subjectPersonId, String subjectName, String raisedBy,
                      LocalDate raisedOn, ConcernCategory category, String description, String peopleInvolved,
                      String immediateActions, ReferralAgency referredTo, LocalDate referredOn, String outcome,
                      LocalDate followUpOn, ConcernStatus status, String recordedBy, int version) {
}
