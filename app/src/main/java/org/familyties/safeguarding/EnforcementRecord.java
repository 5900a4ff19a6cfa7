package org.familyties.safeguarding;

import java.time.Instant;

/** A contact refused by a restriction, or let through by a safeguarding lead's override (with the reason). */
public record EnforcementRecord(long id, long caseId, long restrictionId, Decision decision, String contactKind,
                                Long contactEventId, String reason, String decidedBy, Instant decidedAt) {

    public enum Decision {
        REFUSED,
        OVERRIDDEN
    }
}
