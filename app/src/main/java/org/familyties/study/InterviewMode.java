package org.familyties.study;

public enum InterviewMode {
    IN_PERSON,
    PHONE,
    VIDEO
}
