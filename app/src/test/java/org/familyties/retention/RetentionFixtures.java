package org.familyties.retention;

import java.time.LocalDate;

import org.familyties.access.Users;
import org.familyties.shared.CurrentUser;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamily;
import org.familyties.study.Wave;

/** Fresh families in the demo study for retention tests, so they neither depend on nor disturb the demo data. */
final class RetentionFixtures {

    private RetentionFixtures() {
    }

    static long study(Studies studies) {
        return studies.findByCode("FAMWAVES").orElseThrow().id();
    }

    static CurrentUser dataManager(Users users) {
        return users.currentUserFor("datamanager").orElseThrow();
    }

    /**
     * A new family whose father is released {@code daysToRelease} days from today, so the first wave's window
     * (365 to 30 days before release) is open for 0 < daysToRelease < 365 - 30; returns its member in the role.
     */
    static Participant newMember(Studies studies, Users users, StudyFamilies families, String role, int daysToRelease) {
        long study = study(studies);
        CurrentUser dm = dataManager(users);
        LocalDate release = LocalDate.now(org.familyties.shared.UkTime.ZONE).plusDays(daysToRelease);
        StudyFamily family = families.registerFamily(study, new NewFamily(null, null, release), dm);
        return families.addParticipant(study, family.id(), new NewParticipant(role, "Tracegiven", "Tracefamily",
                LocalDate.of(1985, 5, 5), "1 Trace Street, Lowbridge", "07700 900001"), dm);
    }

    static Wave wave(StudyDesigns designs, Studies studies, Users users, int position) {
        return designs.design(study(studies), dataManager(users)).waves().get(position - 1);
    }
}
