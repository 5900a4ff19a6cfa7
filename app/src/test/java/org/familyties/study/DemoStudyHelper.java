package org.familyties.study;

import org.familyties.access.Users;
import org.familyties.shared.CurrentUser;

/** Makes fresh families in the demo study, so tests do not depend on (or disturb) the demo data. */
final class DemoStudyHelper {

    private DemoStudyHelper() {
    }

    static long study(Studies studies) {
        return studies.findByCode("FAMWAVES").orElseThrow().id();
    }

    static CurrentUser dataManager(Users users) {
        return users.currentUserFor("datamanager").orElseThrow();
    }

    /** A new family with one member in the given role; returns the member. */
    static Participant newMember(Studies studies, Users users, StudyFamilies families, String role) {
        long study = study(studies);
        CurrentUser dm = dataManager(users);
        StudyFamily family = families.registerFamily(study, new NewFamily(null, null, java.time.LocalDate.of(2026, 3, 1)), dm);
        return families.addParticipant(study, family.id(), new NewParticipant(role, "Testgiven", "Testfamily",
                java.time.LocalDate.of(2016, 5, 5), null, null), dm);
    }

    static Wave wave(StudyDesigns designs, Studies studies, Users users, int position) {
        return designs.design(study(studies), dataManager(users)).waves().get(position - 1);
    }
}
