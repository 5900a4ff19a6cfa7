package org.familyties.access;

import java.util.Set;

import org.familyties.shared.Role;

/** An account as administrators see it in lists (never the password hash). */
public record UserSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                          int prisonCount, int regionCount, int studyCount) {
}
