package org.familyties.study;

/** The father's custody status at a wave. */
public enum CustodyStatus {
    IN_CUSTODY,
    ON_LICENCE,
    RECALLED,
    FREE
}
