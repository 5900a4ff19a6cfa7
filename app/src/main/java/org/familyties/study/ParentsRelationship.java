package org.familyties.study;

/** How the parents stand with each other at a wave. */
public enum ParentsRelationship {
    TOGETHER,
    SEPARATED,
    REPARTNERED
}
