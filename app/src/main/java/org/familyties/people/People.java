package org.familyties.people;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.DatabaseProduct;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's facade. Reads are scoped to the user's prisons and audited. */
@Service
@Transactional(readOnly = true)
public class People {

    public static final String RECORD_TYPE = "Person";
    static final int PAGE_SIZE = 50;

    private final PersonRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final DatabaseProduct database;

    People(PersonRepository repository, AuditLog auditLog, Clock clock, ApplicationEventPublisher events,
           org.springframework.jdbc.core.simple.JdbcClient jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** A person's record if they are held in one of the user's prisons (404 otherwise); the view is audited. */
    public PersonRecord view(long id, CurrentUser user) {
        PersonRecord person = repository.findInScope(id, ScopeIds.of(user.prisonIds()))
                .map(Person::toRecord)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        auditLog.read(RECORD_TYPE, id, id);
        return person;
    }

    /** A page of people in the user's prisons, after the given key; pass ("", 0) for the first page. */
    public List<PersonRecord> inPrison(CurrentUser user, String afterName, long afterId) {
        return repository.pageInScope(ScopeIds.of(user.prisonIds()), afterName, afterId, PAGE_SIZE).stream()
                .map(Person::toRecord).toList();
    }

    /** Everyone held in the user's prisons: the candidate set for searching. */
    public List<PersonRecord> allInPrison(CurrentUser user) {
        return jdbc.sql("select " + IDENTITY + " from person where current_prison_id in (:prisons) "
                        + "and prison_number is not null order by id")
                .param("prisons", ScopeIds.of(user.prisonIds())).query(People::identity).list();
    }

    public long countInPrison(CurrentUser user) {
        return repository.countInScope(ScopeIds.of(user.prisonIds()));
    }

    public int pageSize() {
        return PAGE_SIZE;
    }

    @Transactional
    public long registerPersonInPrison(String givenName, String familyName, LocalDate dateOfBirth, String prisonNumber,
                                       long prisonId) {
        return repository.save(new Person(givenName, familyName, dateOfBirth, prisonNumber, prisonId, clock.instant()))
                .toRecord().id();
    }

    /** The person in one of the user's prisons with this prison number, if any (not audited: a lookup). */
    public Optional<PersonRecord> findInPrisonByNumber(String prisonNumber, CurrentUser user) {
        if (prisonNumber == null || prisonNumber.isBlank()) {
            return Optional.empty();
        }
        return repository.findByPrisonNumberInScope(prisonNumber.trim().toUpperCase(), ScopeIds.of(user.prisonIds()))
                .map(Person::toRecord);
    }

    /**
     * Identities by id, for a caller that has already checked the user may see them (e.g. the clients of a
     * case in the user's prison) and audits the view itself.
     */
    public Map<Long, PersonRecord> identities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // a plain query: loading the aggregates would also load each person's moves, one query per person. The
        // ids come as one array: H2 checks each row found by an IN list or "= any" against every value given
        // (40 ms for a prison's 4,000 people), so there they are joined by key (10 ms); PostgreSQL looks "= any"
        // up in the index, and a search was slower with the join (49 ms against 44)
        Map<Long, PersonRecord> found = new java.util.HashMap<>();
        jdbc.sql(database.isH2() ? "select " + IDENTITY_OF_P + " from unnest(cast(:ids as bigint array)) wanted(id) "
                        + "join person p on p.id = wanted.id" : "select " + IDENTITY + " from person where id = any(:ids)")
                .param("ids", new SqlParameterValue(Types.ARRAY, ids.toArray(Long[]::new)))
                .query(People::identity).list().forEach(p -> found.put(p.id(), p));
        return found;
    }

    private static final String IDENTITY = "id, given_name, family_name, date_of_birth, prison_number, current_prison_id";
    private static final String IDENTITY_OF_P = "p.id, p.given_name, p.family_name, p.date_of_birth, p.prison_number, "
            + "p.current_prison_id";

    private static PersonRecord identity(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long prison = rs.getLong(6);
        Long prisonId = rs.wasNull() ? null : prison;
        return new PersonRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getString(5), prisonId);
    }

    /** Sentence and moves of a person, for a caller that has checked scope. */
    public CustodyRecord custody(long personId) {
        return repository.findById(personId).map(Person::toCustody)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, personId));
    }

    /** A family member: a person in their own right, without a prison number or prison. */
    @Transactional
    public long registerFamilyMember(String givenName, String familyName, LocalDate dateOfBirth) {
        var problems = new java.util.ArrayList<org.familyties.shared.FieldProblem>();
        if (givenName == null || givenName.isBlank()) {
            problems.add(new org.familyties.shared.FieldProblem("givenName", "Enter the family member's first name"));
        }
        if (familyName == null || familyName.isBlank()) {
            problems.add(new org.familyties.shared.FieldProblem("familyName", "Enter the family member's last name"));
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(LocalDate.now(clock))) {
            problems.add(new org.familyties.shared.FieldProblem("dateOfBirth",
                    "The date of birth cannot be in the future; check the year"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Person saved = repository.save(new Person(givenName.trim(), familyName.trim(), dateOfBirth, null, null,
                clock.instant()));
        long id = saved.getId();
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, id, id, null, AuditDetails.of(null, saved.toRecord()));
        return id;
    }

    /** Records the sentence of a person in prison; the expected release may not come before the start. */
    @Transactional
    public void recordSentence(long personId, SentenceType type, LocalDate start, LocalDate expectedRelease) {
        if (start != null && expectedRelease != null && expectedRelease.isBefore(start)) {
            throw InvalidInputException.of("expectedRelease", "The expected release date (" + expectedRelease
                    + ") is before the sentence start (" + start + "); enter a release date on or after the start");
        }
        Person person = repository.findById(personId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, personId));
        CustodyRecord before = person.toCustody();
        person.recordSentence(type, start, expectedRelease);
        repository.save(person);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, personId, personId, "sentence",
                AuditDetails.of(before, person.toCustody()));
    }

    /**
     * Moves a person to another prison, or releases them ({@code toPrisonId} null); publishes
     * {@link PersonMoved} in the same transaction so casework can move or close their cases with them.
     */
    @Transactional
    public void move(long personId, Long toPrisonId, LocalDate on, CurrentUser user) {
        Person person = repository.findInScope(personId, ScopeIds.of(user.prisonIds()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, personId));
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("movedOn", "Enter the date of the move; it cannot be in the future");
        }
        Long from = person.getCurrentPrisonId();
        if (toPrisonId != null && toPrisonId.equals(from)) {
            throw InvalidInputException.of("toPrisonId", "The person is already in that prison; choose another prison");
        }
        CustodyRecord before = person.toCustody();
        MoveKind kind = toPrisonId == null ? MoveKind.RELEASE : MoveKind.TRANSFER;
        person.moveTo(toPrisonId, on, kind);
        repository.save(person);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, personId, personId, kind.name().toLowerCase(),
                AuditDetails.of(before, person.toCustody()));
        events.publishEvent(new PersonMoved(personId, from, toPrisonId, on, kind));
    }
}
