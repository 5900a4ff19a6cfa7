package org.familyties.retention;

import java.util.ArrayList;
import java.util.List;

/**
 * The weights of the {@link PriorityScore} components; see there for the formula. Each weight is the most
 * points its component can add. {@code recentMoveDays} is the period in which a move counts as recent (the caller
 * uses it to set {@link TracingSituation#movedRecently()}); {@code staleContactDays} is the time since the last
 * successful contact at which that component reaches its full weight.
 */
public record PriorityWeights(double windowUrgency, double sinceLastContact, double recentMove, double custody,
        double failedAttempts, double gatekeeper, int recentMoveDays, int staleContactDays) {

    private static final String PREFIX = "retention.priority.weights.";

    public static PriorityWeights defaults() {
        return new PriorityWeights(40, 25, 15, 20, 4, 5, 90, 180);
    }

    /** Empty when valid; otherwise the message keys {@code retention.priority.weights.*} of the bad weights. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(windowUrgency, "windowUrgency", problems);
        check(sinceLastContact, "sinceLastContact", problems);
        check(recentMove, "recentMove", problems);
        check(custody, "custody", problems);
        check(failedAttempts, "failedAttempts", problems);
        check(gatekeeper, "gatekeeper", problems);
        if (recentMoveDays < 1) {
            problems.add(PREFIX + "recentMoveDays");
        }
        if (staleContactDays < 1) {
            problems.add(PREFIX + "staleContactDays");
        }
        if (problems.isEmpty() && windowUrgency + sinceLastContact + recentMove + custody + failedAttempts
                + gatekeeper == 0) {
            problems.add(PREFIX + "allZero");
        }
        return List.copyOf(problems);
    }

    private static void check(double weight, String name, List<String> problems) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            problems.add(PREFIX + name);
        }
    }
}
