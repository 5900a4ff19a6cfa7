package org.familyties.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.CaseFacts;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.ScopeIds;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Safeguarding restrictions on contact, recorded on a case and enforced for the person in prison. */
@Service
@Transactional(readOnly = true)
public class Restrictions {

    public static final String RECORD_TYPE = "SafeguardingRestriction";
    /** Restriction dates are UK dates. */

    private final JdbcClient jdbc;
    private final SafeguardingAccess access;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;

    Restrictions(JdbcClient jdbc, SafeguardingAccess access, People people, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    LocalDate today() {
        return UkTime.today(clock);
    }

    /** The case's restrictions, newest first, for users with need-to-know (audited). */
    public List<Restriction> forCase(long caseId, CurrentUser user) {
        access.requireForReading(caseId, user, RECORD_TYPE);
        return list("where r.case_id = :c order by r.starts_on desc, r.id desc", Map.of("c", caseId));
    }

    /** How many restrictions the case has: what users without need-to-know see. */
    public long countForCase(long caseId) {
        return jdbc.sql("select count(*) from sg_restriction where case_id = :c").param("c", caseId)
                .query(Long.class).single();
    }

    @Transactional
    public Restriction add(long caseId, RestrictionInput input, CurrentUser user) {
        CaseFacts c = access.requireForChange(caseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.type() == null) {
            problems.add(new FieldProblem("type", "Select what the restriction allows"));
        }
        if (input.source() == null) {
            problems.add(new FieldProblem("source", "Select where the restriction comes from"));
        }
        if (input.familyPersonId() == null) {
            if (input.type() != RestrictionType.NO_CONTACT_WITH_CHILDREN) {
                problems.add(new FieldProblem("familyPersonId", "Choose the family member the restriction is about"));
            }
        } else if (!c.hasFamilyMember(input.familyPersonId())) {
            problems.add(new FieldProblem("familyPersonId", "Person " + input.familyPersonId() + " is not in this "
                    + "case's family network; add them to the case first, then record the restriction"));
        }
        if (input.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date the restriction starts"));
        }
        if (input.startsOn() != null && input.endsOn() != null && !input.endsOn().isAfter(input.startsOn())) {
            problems.add(new FieldProblem("endsOn", "The end date must be after the start date"));
        }
        if (input.reviewOn() == null) {
            problems.add(new FieldProblem("reviewOn", "Enter the date the restriction is due for review"));
        } else if (input.startsOn() != null && input.reviewOn().isBefore(input.startsOn())) {
            problems.add(new FieldProblem("reviewOn", "The review date is before the start date"));
        }
        if (input.source() == RestrictionSource.COURT_ORDER && blank(input.documentReference())) {
            problems.add(new FieldProblem("documentReference", "Enter the court order's reference"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sg_restriction (case_id, prisoner_person_id, family_person_id, kind, source, starts_on, "
                        + "ends_on, review_on, document_reference, details, recorded_by, created_at) values (:c, :p, :f, "
                        + ":k, :s, :start, :end, :review, :doc, :details, :by, :at)")
                .param("c", caseId).param("p", c.prisonerPersonId()).param("f", input.familyPersonId())
                .param("k", input.type().name()).param("s", input.source().name()).param("start", input.startsOn())
                .param("end", input.endsOn()).param("review", input.reviewOn())
                .param("doc", trim(input.documentReference())).param("details", trim(input.details()))
                .param("by", user.username()).param("at", SafeguardingAccess.utc(clock.instant()))
                .update(keys, "id");
        Restriction saved = get(keys.getKey().longValue());
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id(), c.prisonerPersonId(), "case " + caseId,
                AuditDetails.of(null, saved));
        return saved;
    }

    /** Restrictions on a person in prison that are in force on a day (end date exclusive). */
    public List<Restriction> inForce(long prisonerPersonId, LocalDate on) {
        return list("where r.prisoner_person_id = :p order by r.id", Map.of("p", prisonerPersonId)).stream()
                .filter(r -> r.appliesOn(on)).toList();
    }

    /** Restrictions on a person in prison in force on any day from {@code from} to {@code until} (both inclusive). */
    public List<Restriction> inForceDuring(long prisonerPersonId, LocalDate from, LocalDate until) {
        return list("where r.prisoner_person_id = :p order by r.id", Map.of("p", prisonerPersonId)).stream()
                .filter(r -> RestrictionRules.appliesDuring(r.startsOn(), r.endsOn(), from, until)).toList();
    }

    /** Restrictions in the user's prisons whose review date has passed and which have not ended. */
    public List<Restriction> reviewsOverdue(CurrentUser user) {
        LocalDate today = today();
        return list("join family_case c on c.id = r.case_id where c.prison_id in (:p) and r.review_on < :today "
                + "and (r.ends_on is null or r.ends_on > :today) order by r.review_on, r.id",
                Map.of("p", ScopeIds.of(user.prisonIds()), "today", today));
    }

    /** Restrictions in the user's prisons, not ended, whose review is due by a date. */
    public List<Restriction> dueForReview(CurrentUser user, LocalDate by) {
        LocalDate today = today();
        return list("join family_case c on c.id = r.case_id where c.prison_id in (:p) and r.review_on <= :by "
                + "and (r.ends_on is null or r.ends_on > :today) order by r.review_on, r.id",
                Map.of("p", ScopeIds.of(user.prisonIds()), "today", today, "by", by));
    }

    Restriction get(long id) {
        return list("where r.id = :id", Map.of("id", id)).get(0);
    }

    private List<Restriction> list(String where, Map<String, ?> params) {
        var spec = jdbc.sql("select r.* from sg_restriction r " + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Row> rows = spec.query(Restrictions::row).list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.prisoner);
            if (r.family != null) {
                ids.add(r.family);
            }
        });
        Map<Long, PersonRecord> names = people.identities(ids);
        return rows.stream().map(r -> new Restriction(r.id, r.caseId, r.prisoner, name(names, r.prisoner), r.family,
                r.family == null ? null : name(names, r.family), r.type, r.source, r.startsOn, r.endsOn, r.reviewOn,
                r.document, r.details, r.recordedBy)).toList();
    }

    private static String name(Map<Long, PersonRecord> names, long id) {
        PersonRecord p = names.get(id);
        return p == null ? "person " + id : p.fullName();
    }

    private record Row(long id, long caseId, long prisoner, Long family, RestrictionType type, RestrictionSource source,
                       LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, String document, String details,
                       String recordedBy) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long family = rs.getLong("family_person_id");
        Long familyId = rs.wasNull() ? null : family;
        return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("prisoner_person_id"), familyId,
                RestrictionType.valueOf(rs.getString("kind")), RestrictionSource.valueOf(rs.getString("source")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), rs.getString("document_reference"),
                rs.getString("details"), rs.getString("recorded_by"));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trim(String text) {
        return blank(text) ? null : text.trim();
    }
}
