package org.familyties.casework;

import java.time.LocalDateTime;
import java.util.List;

/** A planned contact as the case page and the API show it; {@code due} when its time has come and it is not recorded. */
public record PlannedContactView(long id, long caseId, ContactKind kind, LocalDateTime plannedAt,
                                 List<Long> participantIds, List<String> participantNames, boolean facilitated,
                                 String note, PlannedContactStatus status, String cancellationReason,
                                 Long contactEventId, String plannedBy, int version, boolean due) {
}
