package org.familyties.retention;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the tracing worklist knows about one participant at one wave.
 *
 * @param lastSuccessfulContact null when the participant has never been reached
 * @param lastSuccessfulChannel null when there is none
 */
public record TracingSituation(LocalDate today, LocalDate windowOpens, LocalDate windowCloses,
        LocalDate lastSuccessfulContact, ChannelKind lastSuccessfulChannel,
        Set<ChannelKind> validChannels, boolean movedRecently, boolean inCustody,
        int failedAttemptsInARow, boolean gatekeeperAvailable) {
}
