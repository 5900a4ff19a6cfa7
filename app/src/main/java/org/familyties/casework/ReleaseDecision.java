package org.familyties.casework;

/** What the caseworker decides for the case when the person in prison is released. */
public enum ReleaseDecision {
    CLOSE,
    HAND_OVER
}
