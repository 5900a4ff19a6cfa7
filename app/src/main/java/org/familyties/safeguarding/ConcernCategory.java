package org.familyties.safeguarding;

public enum ConcernCategory {
    RISK_TO_CHILD,
    DOMESTIC_ABUSE,
    NEGLECT,
    EXPLOITATION,
    SELF_HARM,
    OTHER
}
