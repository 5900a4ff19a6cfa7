package org.familyties.study;

/** A coded passage of a transcript, with where it came from. */
public record Excerpt(long id, long interviewId, long codeId, String codeName, String pseudonym, String wave,
                      int start, int end, String text) {
}
