package org.familyties.casework;

import java.time.LocalDateTime;
import java.util.List;

/** A contact to log; {@code occurredAt} is local time in the UK. */
public record ContactInput(ContactKind kind, LocalDateTime occurredAt, List<Long> participantIds,
                           Integer durationMinutes, Boolean facilitated, Integer quality, ContactOutcome outcome,
                           String note) {
}
