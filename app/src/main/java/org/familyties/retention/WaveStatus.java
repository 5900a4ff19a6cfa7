package org.familyties.retention;

/** A status a data manager set for a participant at a wave (REFUSED, UNTRACEABLE, DECEASED or INELIGIBLE). */
public record WaveStatus(String pseudonym, long waveId, WaveOutcome status, String note) {
}
