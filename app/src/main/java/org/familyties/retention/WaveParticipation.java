package org.familyties.retention;

import java.time.LocalDate;

/**
 * One participant at one wave.
 *
 * @param interviewedOn null unless the outcome is COMPLETED or PARTIAL
 */
public record WaveParticipation(String pseudonym, String familyCode, String role, int waveOrder, String waveName,
        WaveOutcome outcome, boolean located, boolean contacted, int attempts,
        LocalDate windowOpens, LocalDate interviewedOn) {
}
