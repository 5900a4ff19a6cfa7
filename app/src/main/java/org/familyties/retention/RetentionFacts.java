package org.familyties.retention;

import java.time.Clock;

import org.familyties.shared.CurrentUser;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.shared.UkTime;
import org.springframework.stereotype.Component;

/** Loads a study's {@link StudyFacts} for a user assigned to it (404 otherwise). */
@Component
class RetentionFacts {

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final StudyConsents consents;
    private final TracingStore store;
    private final Clock clock;

    RetentionFacts(StudyDesigns designs, StudyFamilies families, StudyConsents consents, TracingStore store,
                   Clock clock) {
        this.designs = designs;
        this.families = families;
        this.consents = consents;
        this.store = store;
        this.clock = clock;
    }

    StudyFacts load(long studyId, CurrentUser user) {
        var design = designs.design(studyId, user);
        return new StudyFacts(design, UkTime.today(clock),
                families.families(studyId, user), families.participants(studyId, user),
                consents.withdrawals(studyId, user), store.channelsOfStudy(studyId), store.locationsOfStudy(studyId),
                store.attemptsOfStudy(studyId), store.statusesOfStudy(studyId), store.recordProgress(studyId));
    }
}
