package org.familyties.casework;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A contact a caseworker has planned, with the family members who will take part. */
@Table("planned_contact")
class PlannedContact {

    @Id
    Long id;
    Long caseId;
    String kind;
    Instant plannedAt;
    boolean facilitated;
    String note;
    String status;
    String cancellationReason;
    Long contactEventId;
    String plannedBy;
    Instant createdAt;
    Instant updatedAt;
    @MappedCollection(idColumn = "planned_contact_id")
    Set<Participant> participants = new HashSet<>();
    @Version
    Integer version;

    @Table("planned_contact_participant")
    record Participant(Long personId) {
    }

    PlannedContactStatus status() {
        return PlannedContactStatus.valueOf(status);
    }

    List<Long> participantIds() {
        return participants.stream().map(Participant::personId).sorted().toList();
    }
}
