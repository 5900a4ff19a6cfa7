package org.familyties.safeguarding;

import java.time.LocalDate;

public record LiaisonInput(Long agencyContactId, Long childPersonId, LiaisonKind kind, LocalDate heldOn, String summary,
                           String sharedWhat, String sharedWith, SharingBasis basis) {
}
