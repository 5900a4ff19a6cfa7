package org.familyties.retention;

import java.time.LocalDateTime;

/**
 * An attempt to record. With the outcome MOVED_NEW_DETAILS the new channel and/or new place found are
 * recorded with it, all or nothing; each may be null otherwise.
 */
public record NewAttempt(Long waveId, Long channelId, LocalDateTime attemptedAt, AttemptOutcome outcome, String notes,
                         NewChannel newChannel, NewLocation newLocation) {
}
