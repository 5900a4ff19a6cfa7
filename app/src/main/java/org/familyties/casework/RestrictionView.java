package org.familyties.casework;

import java.time.LocalDate;

public record RestrictionView(long id, Long personId, String personName, RestrictionKind kind,
                              IncentiveLevel incentiveLevel, LocalDate startedOn, LocalDate endedOn, String reason,
                              String recordedBy) {
}
