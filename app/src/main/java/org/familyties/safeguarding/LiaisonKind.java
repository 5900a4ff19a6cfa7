package org.familyties.safeguarding;

public enum LiaisonKind {
    CALL,
    MEETING,
    CHILD_PROTECTION_CONFERENCE,
    CORE_GROUP_MEETING,
    REPORT_SHARED
}
