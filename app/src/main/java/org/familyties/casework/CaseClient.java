package org.familyties.casework;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A person the case works with; {@code relationToPrisoner} is a {@link FamilyRole} for family members. */
@Table("case_client")
record CaseClient(Long personId, String role, String relationToPrisoner, LocalDate addedOn) {
}
