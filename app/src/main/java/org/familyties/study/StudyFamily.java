package org.familyties.study;

import java.time.LocalDate;

/** A family taking part in a study, known by a random code such as F012. */
public record StudyFamily(long id, long studyId, String code, LocalDate fatherSentenceStart, LocalDate fatherRelease) {

    public LocalDate dateOf(LifeEvent event) {
        return switch (event) {
            case FATHER_SENTENCE_START -> fatherSentenceStart;
            case FATHER_RELEASE -> fatherRelease;
        };
    }

    /** This family's dates for a wave; empty when the wave follows an event the family has no date for. */
    public java.util.Optional<WaveWindow.DateRange> windowOf(Wave wave) {
        WaveWindow w = wave.window();
        return w.forEventDate(w.event() == null ? null : dateOf(w.event()));
    }
}
