package org.familyties.study;

/** One round of data collection in a study, in order. */
public record Wave(long id, long studyId, String name, int position, WaveWindow window) {
}
