package org.familyties.shared;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The signed-in user as every module sees them: who they are, what they may do and which prisons and
 * studies they are assigned to. Kept in the (database-backed) session, hence serialisable.
 *
 * @param allPrisons true only for administrators, who manage the estate; casework scoping never uses it alone
 */
public record CurrentUser(long userId, String username, String displayName, Set<Role> roles,
                          Set<Long> prisonIds, Set<Long> studyIds, boolean allPrisons)
        implements Serializable, Principal {

    public CurrentUser {
        roles = Set.copyOf(roles);
        prisonIds = Set.copyOf(prisonIds);
        studyIds = Set.copyOf(studyIds);
    }

    /** The username: what sessions and logs key on. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean canSeePrison(long prisonId) {
        return allPrisons || prisonIds.contains(prisonId);
    }

    public boolean canSeeStudy(long studyId) {
        return studyIds.contains(studyId);
    }

    /** Whether this user may see names, dates of birth and contact details of research participants. */
    public boolean hasIdentityAccess() {
        return has(Role.DATA_MANAGER);
    }
}
