package org.familyties.family;

import java.time.LocalDate;

/** "from is kind of to", between startedOn and endedOn (open-ended when null). */
public record RelationshipView(long id, long fromPersonId, long toPersonId, RelationshipKind kind,
                               LocalDate startedOn, LocalDate endedOn) {

    public boolean currentOn(LocalDate day) {
        return (startedOn == null || !startedOn.isAfter(day)) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean involves(long personId) {
        return fromPersonId == personId || toPersonId == personId;
    }
}
