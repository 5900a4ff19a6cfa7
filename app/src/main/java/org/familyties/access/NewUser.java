package org.familyties.access;

import java.util.Set;

import org.familyties.shared.Role;

/** What is needed to create an account. */
public record NewUser(String username, String displayName, String password, Set<Role> roles,
                      Set<Long> prisonIds, Set<String> regionCodes, Set<Long> studyIds) {
}
