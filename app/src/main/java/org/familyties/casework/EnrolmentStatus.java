package org.familyties.casework;

public enum EnrolmentStatus {
    ENROLLED,
    COMPLETED,
    WITHDRAWN
}
