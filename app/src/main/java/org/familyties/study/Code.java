package org.familyties.study;

/** A theme of the study's codebook, applied to excerpts of transcripts. */
public record Code(long id, long studyId, String name, String description) {
}
