package org.familyties.study;

import java.time.LocalDate;

import org.familyties.access.Users;
import org.springframework.context.ApplicationContext;

/** Records whatever consent data entry needs for a participant at a wave. */
final class TestConsent {

    private final ApplicationContext context;

    TestConsent(ApplicationContext context) {
        this.context = context;
    }

    void giveFor(long studyId, Participant participant, Wave wave) {
        StudyConsents consents = context.getBean(StudyConsents.class);
        StudyDesigns designs = context.getBean(StudyDesigns.class);
        var user = context.getBean(Users.class).currentUserFor("datamanager").orElseThrow();
        InformantRole role = designs.design(studyId, user).role(participant.roleId()).orElseThrow();
        LocalDate on = LocalDate.of(2026, 1, 5);
        if (role.child()) {
            consents.record(studyId, participant.pseudonym(), new NewConsent(wave.id(), ConsentKind.ASSENT, null, on,
                    false, true, false, false, false), user);
            consents.record(studyId, participant.pseudonym(), new NewConsent(wave.id(), ConsentKind.PARENT_CONSENT,
                    "mother", on, false, true, false, false, false), user);
        } else {
            consents.record(studyId, participant.pseudonym(), new NewConsent(wave.id(), ConsentKind.CONSENT, null, on,
                    true, true, false, false, false), user);
        }
    }
}
