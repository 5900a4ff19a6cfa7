package org.familyties.casework;

import java.time.Clock;

import org.familyties.people.MoveKind;
import org.familyties.people.PersonMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases follow the person in prison. Handled synchronously, inside the transaction that records the move,
 * so a person is never in one prison while their case is visible to another prison's team.
 */
@Component
class CaseTransfers {

    private final FamilyCaseRepository cases;
    private final Cases caseService;
    private final Clock clock;

    CaseTransfers(FamilyCaseRepository cases, Cases caseService, Clock clock) {
        this.cases = cases;
        this.caseService = caseService;
        this.clock = clock;
    }

    @EventListener
    void on(PersonMoved moved) {
        for (FamilyCase c : cases.openFor(moved.personId())) {
            var before = Cases.snapshot(c);
            if (moved.kind() == MoveKind.RELEASE) {
                c.closedOn = moved.movedOn();
                c.closureReason = ClosureReason.RELEASED.name();
                c.closureNote = "Closed on release";
                c.nextReviewDue = null;
                c.moveTo(CaseStatus.CLOSED, clock.instant(), "system", "Released on " + moved.movedOn());
                caseService.saveAudited(c, before, "closed on release");
            } else {
                // the new prison's team allocates the case; the old caseworker no longer sees it
                c.prisonId = moved.toPrisonId();
                c.allocatedUserId = null;
                caseService.saveAudited(c, before, "moved with the person to prison " + moved.toPrisonId());
            }
        }
    }
}
