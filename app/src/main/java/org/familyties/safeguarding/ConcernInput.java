package org.familyties.safeguarding;

import java.time.LocalDate;

public record ConcernInput(Long subjectPersonId, String raisedBy, LocalDate raisedOn, ConcernCategory category,
                           String description, String peopleInvolved, String immediateActions) {
}
