package org.familyties.study;

/** The father's contact with a child at a wave. */
public enum FatherContact {
    NONE,
    INDIRECT,
    VISITS,
    REGULAR
}
