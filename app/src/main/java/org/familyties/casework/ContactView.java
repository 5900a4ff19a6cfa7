package org.familyties.casework;

import java.time.LocalDateTime;
import java.util.List;

public record ContactView(long id, ContactKind kind, LocalDateTime occurredAt, List<Long> participantIds,
                          List<String> participantNames, Integer durationMinutes, boolean facilitated, Integer quality,
                          ContactOutcome outcome, String note, String recordedBy) {
}
