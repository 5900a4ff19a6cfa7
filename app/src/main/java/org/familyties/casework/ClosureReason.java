package org.familyties.casework;

public enum ClosureReason {
    GOALS_MET,
    FAMILY_WITHDREW,
    RELEASED,
    HANDED_OVER,
    TRANSFERRED_OUT_OF_SERVICE,
    OTHER
}
