package org.familyties.casework;

public enum ContactKind {
    SOCIAL_VISIT,
    FAMILY_DAY,
    CHILD_CENTRED_VISIT,
    HOMEWORK_CLUB,
    PHONE_CALL,
    LETTER,
    VIDEO_CALL,
    EMAIL_A_PRISONER;

    /** Visits have an outcome: they may not happen. */
    public boolean visit() {
        return this == SOCIAL_VISIT || this == FAMILY_DAY || this == CHILD_CENTRED_VISIT || this == HOMEWORK_CLUB;
    }
}
