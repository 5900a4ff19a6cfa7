package org.familyties.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.CaseFacts;
import org.familyties.casework.Cases;
import org.familyties.safeguarding.AccessGrant.GrantKind;
import org.familyties.safeguarding.AccessGrant.GrantStatus;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.Role;
import org.familyties.shared.ScopeIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know access to a case's safeguarding records. Safeguarding leads for the case's prison and the
 * caseworker the case is allocated to see them; anyone else who can see the case sees only that restricted
 * records exist, and may ask a lead for access (an approved request lasts {@link #APPROVED_ACCESS}) or break
 * glass with a reason (access for {@code familyties.break-glass-duration}, shown to the prison's leads).
 */
@Service
@Transactional(readOnly = true)
public class SafeguardingAccess {

    public static final String RECORD_TYPE = "SafeguardingAccess";
    public static final Duration APPROVED_ACCESS = Duration.ofDays(30);

    private final Cases cases;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration breakGlassDuration;

    SafeguardingAccess(Cases cases, JdbcClient jdbc, AuditLog auditLog, Clock clock,
                       @Value("${familyties.break-glass-duration:3h}") Duration breakGlassDuration) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.breakGlassDuration = breakGlassDuration;
    }

    /** The user's access to the case's safeguarding records; 404 if they cannot see the case at all. */
    public AccessDecision decide(long caseId, CurrentUser user) {
        CaseFacts c = cases.facts(caseId, user);
        if (user.has(Role.SAFEGUARDING_LEAD) && user.canSeePrison(c.prisonId())) {
            return new AccessDecision(c, AccessDecision.Basis.SAFEGUARDING_LEAD, null, null, false);
        }
        if (Objects.equals(c.allocatedUserId(), user.userId())) {
            return new AccessDecision(c, AccessDecision.Basis.ALLOCATED_CASEWORKER, null, null, false);
        }
        Instant now = clock.instant();
        Optional<AccessGrant> grant = grantsOf(caseId, user.userId()).stream()
                .filter(g -> g.status() == GrantStatus.ACTIVE || g.status() == GrantStatus.APPROVED)
                .filter(g -> g.expiresAt() != null && g.expiresAt().isAfter(now))
                .findFirst();
        if (grant.isPresent()) {
            AccessGrant g = grant.get();
            return new AccessDecision(c, g.kind() == GrantKind.BREAK_GLASS ? AccessDecision.Basis.BREAK_GLASS
                    : AccessDecision.Basis.APPROVED_REQUEST, g.reason(), g.expiresAt(), false);
        }
        boolean pending = grantsOf(caseId, user.userId()).stream().anyMatch(g -> g.status() == GrantStatus.PENDING);
        return new AccessDecision(c, AccessDecision.Basis.NONE, null, null, pending);
    }

    /**
     * Access for reading the records: the read is audited (with the reason when access rests on a request or
     * break glass); without need-to-know the user is refused with 404-free 403 semantics by the caller.
     */
    public AccessDecision requireForReading(long caseId, CurrentUser user, String what) {
        AccessDecision access = decide(caseId, user);
        if (!access.granted()) {
            throw new NeedToKnowException(caseId);
        }
        if (access.grantReason() != null) {
            auditLog.readWithReason(what, "case " + caseId, access.caseFacts().prisonerPersonId(),
                    access.basis().name().toLowerCase() + ": " + access.grantReason());
        } else {
            auditLog.read(what, "case " + caseId, access.caseFacts().prisonerPersonId());
        }
        return access;
    }

    /** Access for changing records: leads and the allocated caseworker only (break glass is for reading). */
    public CaseFacts requireForChange(long caseId, CurrentUser user) {
        AccessDecision access = decide(caseId, user);
        if (access.basis() != AccessDecision.Basis.SAFEGUARDING_LEAD
                && access.basis() != AccessDecision.Basis.ALLOCATED_CASEWORKER) {
            throw new NeedToKnowException(caseId);
        }
        return access.caseFacts();
    }

    @Transactional
    public AccessGrant breakGlass(long caseId, String reason, CurrentUser user) {
        AccessDecision access = decide(caseId, user);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Enter why you need to see the safeguarding records now; "
                    + "the reason is recorded and the safeguarding lead is told");
        }
        if (access.granted()) {
            throw new ConflictException("You can already see this case's safeguarding records");
        }
        Instant now = clock.instant();
        long id = insert(access.caseFacts(), user, GrantKind.BREAK_GLASS, reason.trim(), GrantStatus.ACTIVE, now,
                now.plus(breakGlassDuration));
        AccessGrant grant = grant(id);
        auditLog.changed(AuditAction.ACCESS_GRANTED, RECORD_TYPE, id, access.caseFacts().prisonerPersonId(),
                "break glass: " + reason.trim(), AuditDetails.of(null, grant));
        return grant;
    }

    @Transactional
    public AccessGrant request(long caseId, String reason, CurrentUser user) {
        AccessDecision access = decide(caseId, user);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Enter why you need to see the safeguarding records");
        }
        if (access.granted()) {
            throw new ConflictException("You can already see this case's safeguarding records");
        }
        if (access.requestPending()) {
            throw new ConflictException("You have already asked for access to this case's safeguarding records; "
                    + "the safeguarding lead has not decided yet");
        }
        long id = insert(access.caseFacts(), user, GrantKind.REQUEST, reason.trim(), GrantStatus.PENDING,
                clock.instant(), null);
        AccessGrant grant = grant(id);
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, id, access.caseFacts().prisonerPersonId(), reason.trim(),
                AuditDetails.of(null, grant));
        return grant;
    }

    /** A safeguarding lead for the case's prison approves or refuses a pending request. */
    @Transactional
    public AccessGrant decideRequest(long grantId, boolean approve, CurrentUser lead) {
        AccessGrant g = grantForLead(grantId, lead);
        if (g.kind() != GrantKind.REQUEST || g.status() != GrantStatus.PENDING) {
            throw new ConflictException("This request has already been decided");
        }
        Instant now = clock.instant();
        jdbc.sql("update sg_access_grant set status = :s, decided_by = :by, decided_at = :at, expires_at = :exp "
                        + "where id = :id")
                .param("s", approve ? GrantStatus.APPROVED.name() : GrantStatus.REFUSED.name())
                .param("by", lead.username()).param("at", utc(now))
                .param("exp", approve ? utc(now.plus(APPROVED_ACCESS)) : null).param("id", grantId).update();
        AccessGrant after = grant(grantId);
        auditLog.changed(approve ? AuditAction.ACCESS_GRANTED : AuditAction.UPDATE, RECORD_TYPE, grantId, null,
                approve ? "request approved" : "request refused", AuditDetails.of(g, after));
        return after;
    }

    /** A lead records that they have seen a break-glass access and dealt with it. */
    @Transactional
    public AccessGrant acknowledge(long grantId, CurrentUser lead) {
        AccessGrant g = grantForLead(grantId, lead);
        if (g.kind() != GrantKind.BREAK_GLASS || g.acknowledgedBy() != null) {
            throw new ConflictException("This break-glass access has already been acknowledged");
        }
        jdbc.sql("update sg_access_grant set acknowledged_by = :by, acknowledged_at = :at where id = :id")
                .param("by", lead.username()).param("at", utc(clock.instant())).param("id", grantId).update();
        AccessGrant after = grant(grantId);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, grantId, null, "break glass acknowledged",
                AuditDetails.of(g, after));
        return after;
    }

    /** Pending requests and unacknowledged break-glass access in the lead's prisons, oldest first. */
    public List<AccessGrant> needingAttention(CurrentUser lead) {
        if (!lead.has(Role.SAFEGUARDING_LEAD)) {
            return List.of();
        }
        return jdbc.sql("select * from sg_access_grant where prison_id in (:p) and ((kind = 'REQUEST' and status = "
                        + "'PENDING') or (kind = 'BREAK_GLASS' and acknowledged_at is null)) order by requested_at, id")
                .param("p", ScopeIds.of(lead.prisonIds())).query(SafeguardingAccess::map).list();
    }

    private AccessGrant grantForLead(long grantId, CurrentUser lead) {
        Long prisonId = jdbc.sql("select prison_id from sg_access_grant where id = :id").param("id", grantId)
                .query(Long.class).optional().orElse(null);
        if (prisonId == null || !lead.has(Role.SAFEGUARDING_LEAD) || !lead.canSeePrison(prisonId)) {
            throw new RecordNotFoundException(RECORD_TYPE, grantId);
        }
        return grant(grantId);
    }

    private long insert(CaseFacts c, CurrentUser user, GrantKind kind, String reason, GrantStatus status,
                        Instant at, Instant expires) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into sg_access_grant (case_id, prison_id, user_id, username, kind, reason, status, "
                        + "requested_at, expires_at) values (:c, :p, :u, :n, :k, :r, :s, :at, :exp)")
                .param("c", c.caseId()).param("p", c.prisonId()).param("u", user.userId()).param("n", user.username())
                .param("k", kind.name()).param("r", reason).param("s", status.name()).param("at", utc(at))
                .param("exp", expires == null ? null : utc(expires)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private List<AccessGrant> grantsOf(long caseId, long userId) {
        return jdbc.sql("select * from sg_access_grant where case_id = :c and user_id = :u order by id desc")
                .param("c", caseId).param("u", userId).query(SafeguardingAccess::map).list();
    }

    AccessGrant grant(long id) {
        return jdbc.sql("select * from sg_access_grant where id = :id").param("id", id)
                .query(SafeguardingAccess::map).single();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static AccessGrant map(ResultSet rs, int row) throws SQLException {
        return new AccessGrant(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("user_id"), rs.getString("username"),
                GrantKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                GrantStatus.valueOf(rs.getString("status")), instant(rs, "requested_at"), instant(rs, "expires_at"),
                rs.getString("decided_by"), rs.getString("acknowledged_by"));
    }
}
