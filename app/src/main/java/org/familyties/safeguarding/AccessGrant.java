package org.familyties.safeguarding;

import java.time.Instant;

/** A request for, or break-glass use of, access to a case's safeguarding records. */
public record AccessGrant(long id, long caseId, long userId, String username, GrantKind kind, String reason,
                          GrantStatus status, Instant requestedAt, Instant expiresAt, String decidedBy,
                          String acknowledgedBy) {

    public enum GrantKind {
        REQUEST,
        BREAK_GLASS
    }

    public enum GrantStatus {
        PENDING,
        APPROVED,
        REFUSED,
        ACTIVE
    }
}
