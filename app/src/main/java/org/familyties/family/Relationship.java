package org.familyties.family;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("relationship")
class Relationship {

    @Id
    private Long id;
    private Long fromPersonId;
    private Long toPersonId;
    private String kind;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private Instant createdAt;
    @Version
    private Integer version;

    Relationship() {
    }

    Relationship(long from, long to, RelationshipKind kind, LocalDate startedOn, LocalDate endedOn, Instant createdAt) {
        this.fromPersonId = from;
        this.toPersonId = to;
        this.kind = kind.name();
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.createdAt = createdAt;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    RelationshipView toView() {
        return new RelationshipView(id, fromPersonId, toPersonId, RelationshipKind.valueOf(kind), startedOn, endedOn);
    }
}
