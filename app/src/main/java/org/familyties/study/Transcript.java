package org.familyties.study;

import java.util.List;

/**
 * An interview's transcript after pseudonymisation.
 *
 * @param replacements how many names were replaced, by placeholder (the names themselves are in the log)
 */
public record Transcript(long interviewId, String text, List<Replacement> replacements) {

    /** One placeholder and how often it was put in; {@code original} is only filled for users with identity access. */
    public record Replacement(String placeholder, String original, int occurrences) {
    }
}
