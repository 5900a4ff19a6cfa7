package org.familyties.casework;

public enum GoalStatus {
    OPEN,
    ACHIEVED,
    NOT_ACHIEVED
}
