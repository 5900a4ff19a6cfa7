package org.familyties.stats.resilience;

import java.util.Optional;

/**
 * A family's resilience from its scored members.
 *
 * @param sd standard deviation of the members' scores (divisor n - 1; NaN for a single member): the lower, the more
 *     the members agree
 * @param sharedClass the class all members share, empty when they differ
 */
public record FamilyResilience(String family, int members, double mean, double minimum, double sd,
        Optional<ResilienceClass> sharedClass) {

    public boolean allSameClass() {
        return sharedClass.isPresent();
    }
}
