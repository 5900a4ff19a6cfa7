package org.familyties.retention;

import java.time.LocalDateTime;

/** One attempt to contact a participant for a wave. Times are UK local time. */
public record ContactAttempt(long id, String pseudonym, long waveId, long channelId, ChannelKind channelKind,
                             LocalDateTime attemptedAt, AttemptOutcome outcome, String madeBy, String notes) {
}
