package org.familyties.retention;

/** The tracing worklist priority. */
public final class PriorityScore {

    private PriorityScore() {
    }

    public static TracingPriority score(TracingSituation situation, PriorityWeights weights) {
        throw new UnsupportedOperationException();
    }
}
