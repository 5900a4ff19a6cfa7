package org.familyties.casework;

public enum IncentiveLevel {
    BASIC,
    STANDARD,
    ENHANCED
}
