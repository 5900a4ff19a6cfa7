package org.familyties.casework;

import java.time.LocalDate;

/** Contact stopped, or made conditional on an incentives level, for one family member or (personId null) all. */
public record RestrictionInput(Long personId, RestrictionKind kind, IncentiveLevel incentiveLevel, LocalDate startedOn,
                               LocalDate endedOn, String reason) {
}
