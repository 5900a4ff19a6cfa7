package org.familyties.study;

import java.time.LocalDate;

/** Consent to record; what was not said to be agreed to counts as refused. */
public record NewConsent(long waveId, ConsentKind kind, String givenBy, LocalDate givenOn, Boolean interview,
                         Boolean questionnaires, Boolean recording, Boolean dataLinkage, Boolean archiving) {

    public NewConsent {
        interview = Boolean.TRUE.equals(interview);
        questionnaires = Boolean.TRUE.equals(questionnaires);
        recording = Boolean.TRUE.equals(recording);
        dataLinkage = Boolean.TRUE.equals(dataLinkage);
        archiving = Boolean.TRUE.equals(archiving);
    }
}
