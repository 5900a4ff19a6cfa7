package org.familyties.people;

import java.time.LocalDate;

/** A person's identity as shown to users allowed to see it. */
public record PersonRecord(long id, String givenName, String familyName, LocalDate dateOfBirth, String prisonNumber,
                           Long currentPrisonId) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
