package org.familyties.people;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only link between research participants' pseudonyms and their identity. Studies hold pseudonyms;
 * names, dates of birth and contact details stay here and are shown only to users with identity access,
 * every view audited.
 */
@Service
@Transactional(readOnly = true)
public class PseudonymRegistry {

    public static final String RECORD_TYPE = "ParticipantIdentity";

    private final PersonRepository persons;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    PseudonymRegistry(PersonRepository persons, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.persons = persons;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records a new participant's identity under their pseudonym; returns the person id. */
    @Transactional
    public long register(String pseudonym, long studyId, NewIdentity identity) {
        var now = clock.instant();
        long personId = persons.save(new Person(identity.givenName(), identity.familyName(), identity.dateOfBirth(),
                null, null, now)).toRecord().id();
        jdbc.sql("insert into person_contact (person_id, address, phone) values (:p, :a, :t)")
                .param("p", personId).param("a", identity.address()).param("t", identity.phone()).update();
        jdbc.sql("insert into person_pseudonym (pseudonym, person_id, study_id, created_at) values (:ps, :p, :s, :at)")
                .param("ps", pseudonym).param("p", personId).param("s", studyId)
                .param("at", now.atOffset(ZoneOffset.UTC)).update();
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, pseudonym, personId, null, null);
        return personId;
    }

    /**
     * The identities behind pseudonyms of a study, for a user with identity access to that study; each
     * person's view is audited. Others are refused.
     */
    public Map<String, ParticipantIdentity> identitiesOf(long studyId, Collection<String> pseudonyms, CurrentUser user) {
        if (!user.hasIdentityAccess() || !user.canSeeStudy(studyId)) {
            throw new AccessDeniedException("No identity access to this study");
        }
        Map<String, ParticipantIdentity> found = new LinkedHashMap<>();
        if (pseudonyms.isEmpty()) {
            return found;
        }
        List<ParticipantIdentity> rows = jdbc.sql("select r.pseudonym, p.id, p.given_name, p.family_name, "
                        + "p.date_of_birth, c.address, c.phone from person_pseudonym r join person p on p.id = r.person_id "
                        + "left join person_contact c on c.person_id = p.id "
                        + "where r.study_id = :s and r.pseudonym in (:ps) order by r.pseudonym")
                .param("s", studyId).param("ps", List.copyOf(pseudonyms))
                .query((rs, n) -> new ParticipantIdentity(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class), rs.getString(6), rs.getString(7)))
                .list();
        for (ParticipantIdentity identity : rows) {
            auditLog.read(RECORD_TYPE, identity.pseudonym(), identity.personId());
            found.put(identity.pseudonym(), identity);
        }
        return found;
    }

    /**
     * Names of a study's participants by pseudonym, for pseudonymising transcripts inside the system.
     * Never show the result to a user.
     */
    public Map<String, List<String>> namesForPseudonymisation(long studyId) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("select r.pseudonym, p.given_name, p.family_name from person_pseudonym r "
                        + "join person p on p.id = r.person_id where r.study_id = :s order by r.pseudonym")
                .param("s", studyId)
                .query((rs, n) -> names.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3)))).list();
        return names;
    }
}
