package org.familyties.casework;

public enum FamilyRole {
    PARTNER,
    EX_PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    GRANDPARENT,
    FOSTER_CARER,
    OTHER
}
