package org.familyties.casework;

import java.time.LocalDate;

public record ClientView(long personId, String name, LocalDate dateOfBirth, Integer age, ClientRole role,
                         FamilyRole relationToPrisoner) {
}
