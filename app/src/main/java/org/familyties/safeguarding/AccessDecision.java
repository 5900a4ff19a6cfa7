package org.familyties.safeguarding;

import java.time.Instant;

import org.familyties.casework.CaseFacts;

/**
 * Whether a user may see a case's safeguarding records, and on what basis.
 *
 * @param grantReason the reason stated for a request or break-glass access, when access rests on one
 */
public record AccessDecision(CaseFacts caseFacts, Basis basis, String grantReason, Instant grantExpiresAt,
                             boolean requestPending) {

    public enum Basis {
        SAFEGUARDING_LEAD,
        ALLOCATED_CASEWORKER,
        APPROVED_REQUEST,
        BREAK_GLASS,
        NONE
    }

    public boolean granted() {
        return basis != Basis.NONE;
    }
}
