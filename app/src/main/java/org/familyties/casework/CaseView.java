package org.familyties.casework;

import java.time.LocalDate;
import java.util.List;

import org.familyties.family.RelationshipView;

/** Everything the case page and the case API show. */
public record CaseView(long id, Long prisonId, String prisonName, long prisonerPersonId, String prisonerName,
                       String prisonNumber, CaseStatus status, Long allocatedUserId, String allocatedTo,
                       LocalDate openedOn, LocalDate nextReviewDue, boolean reviewOverdue, LocalDate closedOn,
                       ClosureReason closureReason, String closureNote, int version, Long referralId,
                       List<ClientView> clients, List<StatusChangeView> history, AssessmentView assessment,
                       List<GoalView> goals, List<ReviewView> reviews, List<RelationshipView> relationships,
                       HandoverView handover) {

    public List<ClientView> familyMembers() {
        return clients.stream().filter(c -> c.role() == ClientRole.FAMILY_MEMBER).toList();
    }
}
