package org.familyties.casework;

public enum OutcomeStage {
    INTAKE,
    REVIEW,
    CLOSURE
}
