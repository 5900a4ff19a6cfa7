package org.familyties.stats.cli;

/** The command line or its input files are wrong; the message is one line for the user. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
