package org.familyties.retention;

/**
 * Retention at one wave for one role.
 *
 * @param role the role, or "all" for every role
 */
public record RetentionRow(int waveOrder, String waveName, String role,
        int eligible, int located, int contacted, int interviewed, int refused, int withdrawn, int lost, int pending,
        Proportion retention, Distribution attemptsPerInterview, Distribution daysToInterview) {
}
