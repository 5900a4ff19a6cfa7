package org.familyties.casework;

import java.util.EnumSet;
import java.util.Set;

/** A case's lifecycle: referred → assessed → active ⇄ review → closed (closure from any open status). */
public enum CaseStatus {
    REFERRED,
    ASSESSED,
    ACTIVE,
    REVIEW,
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }

    Set<CaseStatus> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(ASSESSED, CLOSED);
            case ASSESSED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(REVIEW, CLOSED);
            case REVIEW -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }
}
