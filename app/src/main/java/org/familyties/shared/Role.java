package org.familyties.shared;

/** What a user does in the service; a user may hold several roles. */
public enum Role {
    CASEWORKER,
    SAFEGUARDING_LEAD,
    SERVICE_MANAGER,
    RESEARCHER,
    DATA_MANAGER,
    ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_CASEWORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The key of this role's name in messages.properties. */
    public String messageKey() {
        return "role." + name();
    }
}
