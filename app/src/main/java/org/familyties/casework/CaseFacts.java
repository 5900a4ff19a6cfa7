package org.familyties.casework;

import java.util.List;

/**
 * What another module needs to know about a case to decide who may see records attached to it: its prison,
 * the person in prison, who it is allocated to, and its clients. Reading it is not audited as a view of the case.
 */
public record CaseFacts(long caseId, long prisonId, long prisonerPersonId, Long allocatedUserId, boolean open,
                        List<Long> familyMemberIds) {

    public CaseFacts {
        familyMemberIds = List.copyOf(familyMemberIds);
    }

    public boolean hasFamilyMember(long personId) {
        return familyMemberIds.contains(personId);
    }
}
