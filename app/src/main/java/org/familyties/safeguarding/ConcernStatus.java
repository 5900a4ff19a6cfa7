package org.familyties.safeguarding;

/** A concern moves forward only: open, referred, monitoring, closed (steps may be skipped). */
public enum ConcernStatus {
    OPEN,
    REFERRED,
    MONITORING,
    CLOSED
}
