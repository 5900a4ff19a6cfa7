package org.familyties.casework;

public enum ContactOutcome {
    HAPPENED,
    VISITOR_DID_NOT_ARRIVE,
    REFUSED_ENTRY,
    PRISONER_REFUSED,
    CANCELLED_BY_PRISON,
    TRANSFERRED,
    OTHER
}
