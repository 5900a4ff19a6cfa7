package org.familyties.people;

public enum MoveKind {
    RECEPTION,
    TRANSFER,
    RELEASE
}
