package org.familyties.study;

import org.springframework.context.ApplicationContext;

/** Records whatever consent data entry needs for a participant at a wave. */
final class TestConsent {

    private final ApplicationContext context;

    TestConsent(ApplicationContext context) {
        this.context = context;
    }

    void giveFor(long studyId, Participant participant, Wave wave) {
    }
}
