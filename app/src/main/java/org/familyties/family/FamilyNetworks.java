package org.familyties.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family module's facade. Callers check that the user may see the people involved. */
@Service
@Transactional(readOnly = true)
public class FamilyNetworks {

    public static final String RECORD_TYPE = "Relationship";

    private final RelationshipRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    FamilyNetworks(RelationshipRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every relationship, past and present, between people of the given set. */
    public List<RelationshipView> among(Collection<Long> personIds) {
        return repository.findAmong(ScopeIds.of(personIds)).stream().map(Relationship::toView).toList();
    }

    @Transactional
    public RelationshipView relate(long from, long to, RelationshipKind kind, LocalDate startedOn, LocalDate endedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == to) {
            problems.add(new FieldProblem("toPersonId", "Choose two different people; a person cannot be related to themselves"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose how the first person is related to the second"));
        }
        if (startedOn != null && startedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("startedOn", "The start date cannot be in the future"));
        }
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            problems.add(new FieldProblem("endedOn", "The end date is before the start date; enter an end date on or after the start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RelationshipView saved = repository.save(new Relationship(from, to, kind, startedOn, endedOn, clock.instant()))
                .toView();
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id(), from, null, AuditDetails.of(null, saved));
        return saved;
    }

    /** Ends a relationship (e.g. a child no longer lives with a carer); the history stays. */
    @Transactional
    public RelationshipView end(long relationshipId, Collection<Long> allowedPeople, LocalDate on) {
        Relationship relationship = repository.findById(relationshipId)
                .filter(r -> allowedPeople.contains(r.toView().fromPersonId()) && allowedPeople.contains(r.toView().toPersonId()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, relationshipId));
        RelationshipView before = relationship.toView();
        if (on == null || (before.startedOn() != null && on.isBefore(before.startedOn()))) {
            throw InvalidInputException.of("endedOn", "Enter an end date on or after the start date");
        }
        relationship.end(on);
        RelationshipView after = repository.save(relationship).toView();
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, relationshipId, before.fromPersonId(), null,
                AuditDetails.of(before, after));
        return after;
    }
}
