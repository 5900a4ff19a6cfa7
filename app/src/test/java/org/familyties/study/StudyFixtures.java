package org.familyties.study;

import java.util.Set;
import java.util.UUID;

import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.Role;

/** A fresh study with its own data manager and researcher, so tests can change designs freely. */
record StudyFixtures(long studyId, String dataManager, String researcher) {

    static StudyFixtures create(Studies studies, Users users) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long studyId = studies.register("T" + suffix, "Test study " + suffix);
        String dm = "dm" + suffix;
        String r = "rs" + suffix;
        users.create(new NewUser(dm, "Data Manager " + suffix, "a-long-password-1", Set.of(Role.DATA_MANAGER),
                Set.of(), Set.of(), Set.of(studyId)));
        users.create(new NewUser(r, "Researcher " + suffix, "a-long-password-1", Set.of(Role.RESEARCHER),
                Set.of(), Set.of(), Set.of(studyId)));
        return new StudyFixtures(studyId, dm, r);
    }

    CurrentUser dataManagerUser(Users users) {
        return users.currentUserFor(dataManager).orElseThrow();
    }
}
