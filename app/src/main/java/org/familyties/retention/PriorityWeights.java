package org.familyties.retention;

import java.util.List;

/** The weights of the {@link PriorityScore} components; see there for the formula. */
public record PriorityWeights(double windowUrgency, double sinceLastContact, double recentMove, double custody,
        double failedAttempts, double gatekeeper, int recentMoveDays, int staleContactDays) {

    public static PriorityWeights defaults() {
        throw new UnsupportedOperationException();
    }

    /** Empty when valid; otherwise message keys for the bad weights. */
    public List<String> problems() {
        throw new UnsupportedOperationException();
    }
}
