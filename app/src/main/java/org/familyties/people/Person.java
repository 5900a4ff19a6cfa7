package org.familyties.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("person")
class Person {

    @Id
    private Long id;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String prisonNumber;
    private Long currentPrisonId;
    private String sentenceType;
    private LocalDate sentenceStart;
    private LocalDate expectedRelease;
    private LocalDate actualRelease;
    private Instant createdAt;
    @MappedCollection(idColumn = "person_id")
    private Set<PrisonMove> moves = new HashSet<>();
    @Version
    private Integer version;

    Person() {
    }

    Person(String givenName, String familyName, LocalDate dateOfBirth, String prisonNumber, Long currentPrisonId,
           Instant createdAt) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.prisonNumber = prisonNumber;
        this.currentPrisonId = currentPrisonId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getCurrentPrisonId() {
        return currentPrisonId;
    }

    void recordSentence(SentenceType type, LocalDate start, LocalDate expected) {
        this.sentenceType = type == null ? null : type.name();
        this.sentenceStart = start;
        this.expectedRelease = expected;
    }

    void moveTo(Long prisonId, LocalDate on, MoveKind kind) {
        moves.add(new PrisonMove(currentPrisonId, prisonId, on, kind.name()));
        this.currentPrisonId = prisonId;
        if (kind == MoveKind.RELEASE) {
            this.actualRelease = on;
        }
    }

    PersonRecord toRecord() {
        return new PersonRecord(id, givenName, familyName, dateOfBirth, prisonNumber, currentPrisonId);
    }

    CustodyRecord toCustody() {
        List<CustodyRecord.Move> history = moves.stream()
                .sorted(Comparator.comparing(PrisonMove::movedOn))
                .map(m -> new CustodyRecord.Move(m.fromPrisonId(), m.toPrisonId(), m.movedOn(), MoveKind.valueOf(m.kind())))
                .toList();
        return new CustodyRecord(id, currentPrisonId, sentenceType == null ? null : SentenceType.valueOf(sentenceType),
                sentenceStart, expectedRelease, actualRelease, history);
    }
}
