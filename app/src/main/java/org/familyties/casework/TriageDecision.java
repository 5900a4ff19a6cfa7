package org.familyties.casework;

public enum TriageDecision {
    ACCEPT,
    SIGNPOST,
    DECLINE
}
