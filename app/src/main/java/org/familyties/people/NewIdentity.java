package org.familyties.people;

import java.time.LocalDate;

/** Who a research participant is, as recorded by a data manager at enrolment. */
public record NewIdentity(String givenName, String familyName, LocalDate dateOfBirth, String address, String phone) {
}
