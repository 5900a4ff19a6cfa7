package org.familyties.safeguarding;

/** An external professional linked to a case, and to a child when {@code childPersonId} is set. */
public record AgencyContact(long id, long caseId, Long childPersonId, AgencyRole role, String name,
                            String organisation, String phone, String email) {
}
