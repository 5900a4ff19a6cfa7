package org.familyties.audit;

/** What was done to a record. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    ACCESS_GRANTED
}
