package org.familyties.casework;

import java.time.LocalDate;
import java.util.List;

/** A person found by search: who they are, how they relate to casework, and the cases they are part of. */
public record SearchHit(long personId, String name, String prisonNumber, LocalDate dateOfBirth, ClientRole role,
                        List<Long> caseIds, double score) {
}
