package org.familyties.casework;

public enum NoteKind {
    GENERAL,
    CONVERSATION_WITH_FAMILY,
    CONVERSATION_WITH_PRISONER,
    AGENCY_LIAISON,
    MANAGEMENT_OVERSIGHT
}
