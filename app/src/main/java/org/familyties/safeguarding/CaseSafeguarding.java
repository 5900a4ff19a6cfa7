package org.familyties.safeguarding;

import java.util.List;

/**
 * A case's safeguarding records as one user may see them: everything with need-to-know access, otherwise only
 * how many restricted records exist ({@link #restricted()}), so they can ask for access or break glass.
 */
public record CaseSafeguarding(long caseId, boolean restricted, AccessDecision access, long restrictionCount, long concernCount,
                               long liaisonCount, List<Restriction> restrictions, List<Concern> concerns,
                               List<EnforcementRecord> enforcement, List<AgencyContact> agencies,
                               List<LiaisonEntry> liaison) {

    public long recordCount() {
        return restrictionCount + concernCount + liaisonCount;
    }
}
