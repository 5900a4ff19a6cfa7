package org.familyties.safeguarding;

import java.time.Instant;

import org.familyties.casework.ContactCheck;

/**
 * A contact, planned contact or enrolment refused by a restriction, or let through by a safeguarding lead's
 * override (with the reason). {@code contactKind} is the kind of contact, or the course's kind for an enrolment;
 * {@code recordId} is what was kept after an override (the contact, planned contact or enrolment).
 */
public record EnforcementRecord(long id, long caseId, long restrictionId, Decision decision, ContactCheck.Action action,
                                String contactKind, Long contactEventId, Long recordId, String reason, String decidedBy,
                                Instant decidedAt) {

    public enum Decision {
        REFUSED,
        OVERRIDDEN
    }

    /** The message key naming the kind of contact or course. */
    public String kindKey() {
        return (action == ContactCheck.Action.ENROLLED ? "intervention.kind." : "contact.kind.") + contactKind;
    }
}
