package org.familyties.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.ContactCheck;
import org.familyties.safeguarding.EnforcementRecord.Decision;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes refusals and overrides of logged contacts, planned contacts and enrolments. A refusal is written once the contact's transaction has been rolled back, in
 * a transaction of its own (so it neither disappears with the contact nor waits on the contact's locks); an
 * override joins the contact's transaction, so both are kept or neither.
 */
@Component
class EnforcementLog {

    static final String OVERRIDE_RECORD = "RestrictionOverride";
    static final String REFUSAL_RECORD = "RestrictionRefusal";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    private final TransactionTemplate newTransaction;

    EnforcementLog(JdbcClient jdbc, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions) {
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void refused(ContactCheck check, List<Restriction> restrictions, String message, CurrentUser user) {
        Runnable write = () -> newTransaction.executeWithoutResult(status -> {
            for (Restriction r : restrictions) {
                long id = insert(check, r, Decision.REFUSED, null, null, user);
                auditLog.changed(AuditAction.CREATE, REFUSAL_RECORD, id, check.prisonerPersonId(), message,
                        AuditDetails.of(null, record(id)));
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void overridden(ContactCheck check, List<Restriction> restrictions, String reason, CurrentUser user) {
        for (Restriction r : restrictions) {
            long id = insert(check, r, Decision.OVERRIDDEN, check.recordId(), reason, user);
            auditLog.changed(AuditAction.CREATE, OVERRIDE_RECORD, id, check.prisonerPersonId(),
                    "override of " + r.describe() + ": " + reason, AuditDetails.of(null, record(id)));
        }
    }

    /** {@code recordId} is the contact, planned contact or enrolment kept after an override; null for a refusal. */
    private long insert(ContactCheck check, Restriction r, Decision decision, Long recordId, String reason,
                        CurrentUser user) {
        var keys = new GeneratedKeyHolder();
        Long contactId = check.action() == ContactCheck.Action.LOGGED ? recordId : null;
        jdbc.sql("insert into sg_enforcement (case_id, prison_id, restriction_id, decision, action, contact_kind, "
                        + "contact_event_id, record_id, reason, decided_by, decided_at) values (:c, :p, :r, :d, :a, :k, :e, "
                        + ":rec, :reason, :by, :at)")
                .param("c", check.caseId()).param("p", check.prisonId()).param("r", r.id()).param("d", decision.name())
                .param("a", check.action().name())
                .param("k", check.course() != null ? check.course().name() : check.kind().name()).param("e", contactId)
                .param("rec", recordId).param("reason", reason)
                .param("by", user.username()).param("at", SafeguardingAccess.utc(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The restrictions a lead overrode when the contact was planned, each with who decided and why. */
    Map<Long, EnforcementRecord> overriddenWhenPlanned(long plannedContactId) {
        Map<Long, EnforcementRecord> byRestriction = new java.util.HashMap<>();
        jdbc.sql("select * from sg_enforcement where action = 'PLANNED' and decision = 'OVERRIDDEN' and record_id = :p "
                        + "order by id").param("p", plannedContactId).query(EnforcementLog::map).list()
                .forEach(r -> byRestriction.put(r.restrictionId(), r));
        return byRestriction;
    }

    EnforcementRecord record(long id) {
        return jdbc.sql("select * from sg_enforcement where id = :id").param("id", id).query(EnforcementLog::map).single();
    }

    List<EnforcementRecord> forCase(long caseId) {
        return jdbc.sql("select * from sg_enforcement where case_id = :c order by decided_at desc, id desc")
                .param("c", caseId).query(EnforcementLog::map).list();
    }

    static EnforcementRecord map(ResultSet rs, int row) throws SQLException {
        long contact = rs.getLong("contact_event_id");
        Long contactId = rs.wasNull() ? null : contact;
        long record = rs.getLong("record_id");
        Long recordId = rs.wasNull() ? null : record;
        return new EnforcementRecord(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("restriction_id"),
                Decision.valueOf(rs.getString("decision")), ContactCheck.Action.valueOf(rs.getString("action")),
                rs.getString("contact_kind"), contactId, recordId,
                rs.getString("reason"), rs.getString("decided_by"), SafeguardingAccess.instant(rs, "decided_at"));
    }
}
