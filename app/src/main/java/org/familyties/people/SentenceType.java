package org.familyties.people;

public enum SentenceType {
    REMAND,
    DETERMINATE,
    INDETERMINATE,
    RECALL
}
