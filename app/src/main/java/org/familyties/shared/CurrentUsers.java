package org.familyties.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context of the current request. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; every non-public route has one. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user on a protected route"));
    }
}
