package org.familyties.casework;

public enum InterventionKind {
    PARENTING_PROGRAMME,
    FAMILY_LITERACY,
    RELATIONSHIP_COURSE,
    FAMILY_DAY
}
