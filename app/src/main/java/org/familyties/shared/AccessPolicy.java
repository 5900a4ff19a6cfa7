package org.familyties.shared;

/**
 * The access rules routes declare with {@code @PreAuthorize}. Every controller method carries one of
 * these (or its own expression); a test fails on a route without one.
 */
public final class AccessPolicy {

    /** Anyone, signed in or not: sign-in, privacy and accessibility pages. */
    public static final String PUBLIC = "permitAll()";
    /** Any signed-in user. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Staff who work with prisons: their records are scoped to assigned prisons. */
    public static final String PRISON_STAFF = "hasAnyRole('CASEWORKER','SAFEGUARDING_LEAD','SERVICE_MANAGER','ADMIN')";
    /** Staff who work with individual cases (not managers, who see aggregates). */
    public static final String CASE_STAFF = "hasAnyRole('CASEWORKER','SAFEGUARDING_LEAD')";
    /** Researchers and data managers: records are scoped to assigned studies. */
    public static final String RESEARCH_STAFF = "hasAnyRole('RESEARCHER','DATA_MANAGER')";
    /** Administrators only. */
    public static final String ADMIN = "hasRole('ADMIN')";

    private AccessPolicy() {
    }
}
