package org.familyties.access;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of repeated failures; carries when the user may try again. */
public class SignInLockedException extends LockedException {

    private final Instant lockedUntil;

    public SignInLockedException(Instant lockedUntil) {
        super("Too many failed sign-in attempts");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
