package org.familyties.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.CaseFacts;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** External professionals linked to a case or child, and the log of liaison with them. */
@Service
@Transactional(readOnly = true)
public class Liaison {

    public static final String AGENCY_RECORD = "AgencyContact";
    public static final String LIAISON_RECORD = "Liaison";

    private final JdbcClient jdbc;
    private final SafeguardingAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    Liaison(JdbcClient jdbc, SafeguardingAccess access, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<AgencyContact> agencies(long caseId, CurrentUser user) {
        access.requireForReading(caseId, user, AGENCY_RECORD);
        return agencies(caseId);
    }

    List<AgencyContact> agencies(long caseId) {
        return jdbc.sql("select * from sg_agency_contact where case_id = :c order by id").param("c", caseId)
                .query(Liaison::agency).list();
    }

    public List<LiaisonEntry> log(long caseId, CurrentUser user) {
        access.requireForReading(caseId, user, LIAISON_RECORD);
        return entries(caseId);
    }

    List<LiaisonEntry> entries(long caseId) {
        return jdbc.sql("select * from sg_liaison where case_id = :c order by held_on desc, id desc").param("c", caseId)
                .query(Liaison::entry).list();
    }

    public long countForCase(long caseId) {
        return jdbc.sql("select (select count(*) from sg_liaison where case_id = :c) + "
                + "(select count(*) from sg_agency_contact where case_id = :c)").param("c", caseId)
                .query(Long.class).single();
    }

    @Transactional
    public AgencyContact addAgency(long caseId, AgencyContactInput input, CurrentUser user) {
        CaseFacts c = access.requireForChange(caseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.role() == null) {
            problems.add(new FieldProblem("role", "Select the professional's role"));
        }
        if (Restrictions.blank(input.name())) {
            problems.add(new FieldProblem("name", "Enter the professional's name"));
        }
        if (input.childPersonId() != null && !c.hasFamilyMember(input.childPersonId())) {
            problems.add(new FieldProblem("childPersonId", "Choose a child from this case, or leave blank for the whole case"));
        }
        if (Restrictions.blank(input.phone()) && Restrictions.blank(input.email())) {
            problems.add(new FieldProblem("phone", "Enter a phone number or an email address"));
        }
        if (!Restrictions.blank(input.email()) && !input.email().contains("@")) {
            problems.add(new FieldProblem("email", "Enter an email address like name@example.org"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sg_agency_contact (case_id, child_person_id, agency_role, name, organisation, phone, email, "
                        + "recorded_by, created_at) values (:c, :child, :r, :n, :o, :p, :e, :by, :at)")
                .param("c", caseId).param("child", input.childPersonId()).param("r", input.role().name())
                .param("n", input.name().trim()).param("o", Restrictions.trim(input.organisation()))
                .param("p", Restrictions.trim(input.phone())).param("e", Restrictions.trim(input.email()))
                .param("by", user.username()).param("at", SafeguardingAccess.utc(clock.instant())).update(keys, "id");
        long id = keys.getKey().longValue();
        AgencyContact saved = jdbc.sql("select * from sg_agency_contact where id = :id").param("id", id)
                .query(Liaison::agency).single();
        auditLog.changed(AuditAction.CREATE, AGENCY_RECORD, id, c.prisonerPersonId(), "case " + caseId,
                AuditDetails.of(null, saved));
        return saved;
    }

    @Transactional
    public LiaisonEntry record(long caseId, LiaisonInput input, CurrentUser user) {
        CaseFacts c = access.requireForChange(caseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Select the kind of liaison"));
        }
        if (input.heldOn() == null || input.heldOn().isAfter(UkTime.today(clock))) {
            problems.add(new FieldProblem("heldOn", "Enter the date; it cannot be in the future"));
        }
        if (Restrictions.blank(input.summary())) {
            problems.add(new FieldProblem("summary", "Summarise the liaison"));
        }
        if (input.agencyContactId() != null && agencies(caseId).stream().noneMatch(a -> a.id() == input.agencyContactId())) {
            problems.add(new FieldProblem("agencyContactId", "Choose a professional linked to this case"));
        }
        if (input.childPersonId() != null && !c.hasFamilyMember(input.childPersonId())) {
            problems.add(new FieldProblem("childPersonId", "Choose a child from this case"));
        }
        boolean shared = !Restrictions.blank(input.sharedWhat());
        if (shared && (input.basis() == null || input.basis() == SharingBasis.NOTHING_SHARED)) {
            problems.add(new FieldProblem("basis", "Select the basis for sharing: consent or the legal gateway"));
        }
        if (shared && Restrictions.blank(input.sharedWith())) {
            problems.add(new FieldProblem("sharedWith", "Enter who the information was shared with"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sg_liaison (case_id, agency_contact_id, child_person_id, kind, held_on, summary, shared_what, "
                        + "shared_with, sharing_basis, recorded_by, created_at) values (:c, :a, :child, :k, :on, :s, :w, "
                        + ":with, :b, :by, :at)")
                .param("c", caseId).param("a", input.agencyContactId()).param("child", input.childPersonId())
                .param("k", input.kind().name()).param("on", input.heldOn()).param("s", input.summary().trim())
                .param("w", Restrictions.trim(input.sharedWhat())).param("with", Restrictions.trim(input.sharedWith()))
                .param("b", shared ? input.basis().name() : SharingBasis.NOTHING_SHARED.name())
                .param("by", user.username()).param("at", SafeguardingAccess.utc(clock.instant())).update(keys, "id");
        long id = keys.getKey().longValue();
        LiaisonEntry saved = jdbc.sql("select * from sg_liaison where id = :id").param("id", id)
                .query(Liaison::entry).single();
        auditLog.changed(AuditAction.CREATE, LIAISON_RECORD, id, c.prisonerPersonId(), "case " + caseId,
                AuditDetails.of(null, saved));
        return saved;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static AgencyContact agency(ResultSet rs, int n) throws SQLException {
        return new AgencyContact(rs.getLong("id"), rs.getLong("case_id"), nullableLong(rs, "child_person_id"),
                AgencyRole.valueOf(rs.getString("agency_role")), rs.getString("name"), rs.getString("organisation"),
                rs.getString("phone"), rs.getString("email"));
    }

    private static LiaisonEntry entry(ResultSet rs, int n) throws SQLException {
        String basis = rs.getString("sharing_basis");
        return new LiaisonEntry(rs.getLong("id"), rs.getLong("case_id"), nullableLong(rs, "agency_contact_id"),
                nullableLong(rs, "child_person_id"), LiaisonKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getString("summary"), rs.getString("shared_what"),
                rs.getString("shared_with"), basis == null ? null : SharingBasis.valueOf(basis),
                rs.getString("recorded_by"));
    }
}
