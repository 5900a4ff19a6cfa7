package org.familyties.people;

import java.time.LocalDate;

/** A research participant's identity, for users with identity access only. */
public record ParticipantIdentity(String pseudonym, long personId, String givenName, String familyName,
                                  LocalDate dateOfBirth, String address, String phone) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
