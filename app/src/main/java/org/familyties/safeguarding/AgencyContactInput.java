package org.familyties.safeguarding;

public record AgencyContactInput(Long childPersonId, AgencyRole role, String name, String organisation, String phone,
                                 String email) {
}
