package org.familyties.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
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

    People(PersonRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
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
}
