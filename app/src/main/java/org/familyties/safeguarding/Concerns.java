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
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Safeguarding concerns about a child or adult on a case. */
@Service
@Transactional(readOnly = true)
public class Concerns {

    public static final String RECORD_TYPE = "SafeguardingConcern";

    private final JdbcClient jdbc;
    private final SafeguardingAccess access;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;

    Concerns(JdbcClient jdbc, SafeguardingAccess access, People people, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Concern> forCase(long caseId, CurrentUser user) {
        access.requireForReading(caseId, user, RECORD_TYPE);
        return list("where case_id = :c order by raised_on desc, id desc", Map.of("c", caseId));
    }

    public long countForCase(long caseId) {
        return jdbc.sql("select count(*) from sg_concern where case_id = :c").param("c", caseId).query(Long.class).single();
    }

    @Transactional
    public Concern raise(long caseId, ConcernInput input, CurrentUser user) {
        CaseFacts c = access.requireForChange(caseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.subjectPersonId() == null || (!c.hasFamilyMember(input.subjectPersonId())
                && input.subjectPersonId() != c.prisonerPersonId())) {
            problems.add(new FieldProblem("subjectPersonId", "Choose the child or adult the concern is about, from this case"));
        }
        if (Restrictions.blank(input.raisedBy())) {
            problems.add(new FieldProblem("raisedBy", "Enter who raised the concern"));
        }
        LocalDate today = UkTime.today(clock);
        if (input.raisedOn() == null || input.raisedOn().isAfter(today)) {
            problems.add(new FieldProblem("raisedOn", "Enter the date the concern was raised; it cannot be in the future"));
        }
        if (input.category() == null) {
            problems.add(new FieldProblem("category", "Select the category of concern"));
        }
        if (Restrictions.blank(input.description())) {
            problems.add(new FieldProblem("description", "Describe the concern"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sg_concern (case_id, subject_person_id, raised_by, raised_on, category, description, "
                        + "people_involved, immediate_actions, status, recorded_by, created_at, version) values (:c, :s, "
                        + ":by, :on, :cat, :d, :people, :actions, 'OPEN', :rec, :at, 0)")
                .param("c", caseId).param("s", input.subjectPersonId()).param("by", input.raisedBy().trim())
                .param("on", input.raisedOn()).param("cat", input.category().name())
                .param("d", input.description().trim()).param("people", Restrictions.trim(input.peopleInvolved()))
                .param("actions", Restrictions.trim(input.immediateActions())).param("rec", user.username())
                .param("at", SafeguardingAccess.utc(clock.instant())).update(keys, "id");
        Concern saved = get(keys.getKey().longValue());
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id(), saved.subjectPersonId(), "case " + caseId,
                AuditDetails.of(null, saved));
        return saved;
    }

    @Transactional
    public Concern update(long caseId, long concernId, ConcernUpdate input, CurrentUser user) {
        access.requireForChange(caseId, user);
        Concern before = list("where id = :id and case_id = :c", Map.of("id", concernId, "c", caseId)).stream()
                .findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, concernId));
        List<FieldProblem> problems = new ArrayList<>();
        if (input.status() == null || input.status().ordinal() < before.status().ordinal()) {
            problems.add(new FieldProblem("status", "Choose a status from " + before.status().name().toLowerCase()
                    + " onwards: a concern moves from open to referred, monitoring and closed"));
        }
        if (input.status() == ConcernStatus.REFERRED && input.referredTo() == null) {
            problems.add(new FieldProblem("referredTo", "Select where the concern was referred"));
        }
        if (input.referredTo() != null && input.referredOn() == null) {
            problems.add(new FieldProblem("referredOn", "Enter the date of the referral"));
        }
        if (input.referredOn() != null && input.referredOn().isBefore(before.raisedOn())) {
            problems.add(new FieldProblem("referredOn", "The referral date is before the concern was raised ("
                    + before.raisedOn() + ")"));
        }
        if (input.status() == ConcernStatus.CLOSED && Restrictions.blank(input.outcome())) {
            problems.add(new FieldProblem("outcome", "Record the outcome before closing the concern"));
        }
        if (input.version() == null) {
            problems.add(new FieldProblem("version", "Send the version of the concern you last read"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int updated = jdbc.sql("update sg_concern set status = :s, referred_to = :to, referred_on = :on, outcome = :o, "
                        + "follow_up_on = :f, version = version + 1 where id = :id and version = :v")
                .param("s", input.status().name()).param("to", input.referredTo() == null ? null : input.referredTo().name())
                .param("on", input.referredOn()).param("o", Restrictions.trim(input.outcome()))
                .param("f", input.followUpOn()).param("id", concernId).param("v", input.version()).update();
        if (updated == 0) {
            throw new ConflictException("Someone else changed concern " + concernId + " after you opened it. Nothing "
                    + "was saved: open it again, check their change, then make yours");
        }
        Concern after = get(concernId);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, concernId, after.subjectPersonId(), "case " + caseId,
                AuditDetails.of(before, after));
        return after;
    }

    /** Concerns in the user's prisons that are not closed and whose follow-up date has come. */
    public List<Concern> followUpsDue(CurrentUser user) {
        return list("where status <> 'CLOSED' and follow_up_on <= :today and case_id in (select id from family_case "
                + "where prison_id in (:p)) order by follow_up_on, id", Map.of("today",
                UkTime.today(clock), "p", ScopeIds.of(user.prisonIds())));
    }

    Concern get(long id) {
        return list("where id = :id", Map.of("id", id)).get(0);
    }

    private List<Concern> list(String where, Map<String, ?> params) {
        var spec = jdbc.sql("select * from sg_concern " + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Concern> raw = spec.query(Concerns::map).list();
        Set<Long> ids = new HashSet<>();
        raw.forEach(c -> ids.add(c.subjectPersonId()));
        Map<Long, PersonRecord> names = people.identities(ids);
        return raw.stream().map(c -> new Concern(c.id(), c.caseId(), c.subjectPersonId(),
                names.containsKey(c.subjectPersonId()) ? names.get(c.subjectPersonId()).fullName() : "",
                c.raisedBy(), c.raisedOn(), c.category(), c.description(), c.peopleInvolved(), c.immediateActions(),
                c.referredTo(), c.referredOn(), c.outcome(), c.followUpOn(), c.status(), c.recordedBy(), c.version()))
                .toList();
    }

    private static Concern map(ResultSet rs, int n) throws SQLException {
        String to = rs.getString("referred_to");
        return new Concern(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("subject_person_id"), null,
                rs.getString("raised_by"), rs.getObject("raised_on", LocalDate.class),
                ConcernCategory.valueOf(rs.getString("category")), rs.getString("description"),
                rs.getString("people_involved"), rs.getString("immediate_actions"),
                to == null ? null : ReferralAgency.valueOf(to), rs.getObject("referred_on", LocalDate.class),
                rs.getString("outcome"), rs.getObject("follow_up_on", LocalDate.class),
                ConcernStatus.valueOf(rs.getString("status")), rs.getString("recorded_by"), rs.getInt("version"));
    }
}
