package org.familyties.casework;

public enum Urgency {
    URGENT,
    ROUTINE
}
