package org.familyties.safeguarding;

import java.time.LocalDate;

/** One piece of liaison with an agency: what happened, and what was shared with whom on what basis. */
public record LiaisonEntry(long id, long caseId, Long agencyContactId, Long childPersonId, LiaisonKind kind,
                           LocalDate heldOn, String summary, String sharedWhat, String sharedWith,
                           SharingBasis basis, String recordedBy) {
}
