package org.familyties.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant's path through time and place: the outcome at each wave with its window, where they were
 * (at area level) and every contact attempt with its outcome, from {@code from} to {@code to}.
 */
public record Pathway(String pseudonym, String roleName, String familyCode, long familyId, LocalDate from,
                      LocalDate to, LocalDate today, List<WaveStep> waves, List<PlaceSpan> places,
                      List<AttemptMark> attempts) {

    /** One wave: its window for this family (null when the family has no date for the wave's event) and outcome. */
    public record WaveStep(long waveId, String waveName, int position, LocalDate opens, LocalDate closes,
                           WaveOutcome outcome) {
    }

    /** A stay somewhere, shown by kind and area (or establishment); {@code to} null while ongoing. */
    public record PlaceSpan(PlaceKind kind, String area, LocalDate from, LocalDate to) {
    }

    public record AttemptMark(LocalDate on, ChannelKind channel, AttemptOutcome outcome, String waveName) {
    }
}
