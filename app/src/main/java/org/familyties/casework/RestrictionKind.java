package org.familyties.casework;

public enum RestrictionKind {
    STOPPED,
    CONDITIONAL_ON_INCENTIVES
}
