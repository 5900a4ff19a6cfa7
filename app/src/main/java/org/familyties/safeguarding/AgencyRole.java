package org.familyties.safeguarding;

public enum AgencyRole {
    SOCIAL_WORKER,
    SCHOOL,
    HEALTH_VISITOR,
    PROBATION,
    OTHER
}
