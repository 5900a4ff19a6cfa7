package org.familyties.casework;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One contact between the person in prison and family members. */
@Table("contact_event")
record ContactEvent(@Id Long id, Long caseId, String kind, Instant occurredAt, Integer durationMinutes,
                    boolean facilitated, Integer quality, String outcome, String note, String recordedBy,
                    Instant createdAt,
                    @MappedCollection(idColumn = "contact_event_id") Set<Participant> participants) {

    @Table("contact_participant")
    record Participant(Long personId) {
    }
}
