package org.familyties.study;

import java.time.LocalDate;

/** A family member to enrol: their role in the study and their identity, which goes to the pseudonym registry. */
public record NewParticipant(String roleCode, String givenName, String familyName, LocalDate dateOfBirth,
                             String address, String phone) {
}
