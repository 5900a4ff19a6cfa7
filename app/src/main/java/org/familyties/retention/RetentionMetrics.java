package org.familyties.retention;

import java.util.Collection;
import java.util.List;

/** Retention per wave and role. */
public final class RetentionMetrics {

    private RetentionMetrics() {
    }

    public static List<RetentionRow> byWaveAndRole(Collection<WaveParticipation> participations) {
        throw new UnsupportedOperationException();
    }

    public static List<FamilySetRow> familySets(Collection<WaveParticipation> participations) {
        throw new UnsupportedOperationException();
    }
}
