package org.familyties.casework;

/** A planned contact is planned until it is cancelled or recorded as a contact that happened (or did not). */
public enum PlannedContactStatus {
    PLANNED,
    CANCELLED,
    RECORDED
}
