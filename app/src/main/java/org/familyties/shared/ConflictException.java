package org.familyties.shared;

/** The change clashes with the current state, e.g. someone else saved the record first. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
