package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One family engagement: the aggregate root of a case, its clients and its status history. */
@Table("family_case")
class FamilyCase {

    @Id
    Long id;
    Long prisonId;
    Long prisonerPersonId;
    Long referralId;
    String status;
    Long allocatedUserId;
    LocalDate openedOn;
    LocalDate nextReviewDue;
    LocalDate closedOn;
    String closureReason;
    String closureNote;
    Instant createdAt;
    @MappedCollection(idColumn = "case_id")
    Set<CaseClient> clients = new HashSet<>();
    @MappedCollection(idColumn = "case_id")
    Set<StatusChange> history = new HashSet<>();
    @Version
    Integer version;

    FamilyCase() {
    }

    FamilyCase(long prisonId, long prisonerPersonId, Long referralId, LocalDate openedOn, Instant now, String by) {
        this.prisonId = prisonId;
        this.prisonerPersonId = prisonerPersonId;
        this.referralId = referralId;
        this.openedOn = openedOn;
        this.createdAt = now;
        this.status = CaseStatus.REFERRED.name();
        clients.add(new CaseClient(prisonerPersonId, ClientRole.PRISONER.name(), null, openedOn));
        history.add(new StatusChange(CaseStatus.REFERRED.name(), now, by, null));
    }

    CaseStatus status() {
        return CaseStatus.valueOf(status);
    }

    /** The person in prison and the family members the service works with. */
    Set<Long> clientIds() {
        Set<Long> ids = new HashSet<>();
        clients.forEach(cl -> ids.add(cl.personId()));
        return ids;
    }

    boolean hasClient(long personId) {
        return clients.stream().anyMatch(c -> c.personId() == personId);
    }

    Optional<CaseClient> client(long personId) {
        return clients.stream().filter(c -> c.personId() == personId).findFirst();
    }

    void addClient(long personId, FamilyRole role, LocalDate on) {
        clients.add(new CaseClient(personId, ClientRole.FAMILY_MEMBER.name(), role.name(), on));
    }

    /** Moves to a status the lifecycle allows; the caller has checked {@link CaseStatus#next()}. */
    void moveTo(CaseStatus next, Instant at, String by, String note) {
        this.status = next.name();
        history.add(new StatusChange(next.name(), at, by, note));
    }

    List<StatusChange> historyInOrder() {
        return history.stream().sorted(Comparator.comparing(StatusChange::changedAt)).toList();
    }
}
