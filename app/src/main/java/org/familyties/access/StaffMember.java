package org.familyties.access;

/** A member of staff as casework shows them: who a case is allocated to. */
public record StaffMember(long id, String displayName) {
}
