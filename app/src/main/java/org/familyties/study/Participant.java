package org.familyties.study;

/** A family member taking part in a study, known by a pseudonym (e.g. F012-C1) that stays the same across waves. */
public record Participant(long id, long studyId, long familyId, long roleId, String pseudonym) {
}
