package org.familyties.casework;

public enum ClientRole {
    PRISONER,
    FAMILY_MEMBER
}
