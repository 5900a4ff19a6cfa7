package org.familyties.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.familyties.shared.ClientAddress;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.CurrentUsers;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's facade. Changes are recorded in the caller's transaction, so a change and its
 * audit entry commit or roll back together; reads are recorded in a transaction of their own, so a
 * read-only page can still leave its trace. Appends are serialised by locking the chain's head row.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int VERIFY_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Records that the signed-in user viewed a record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(String recordType, Object recordId, Long personId) {
        append(AuditAction.READ, recordType, recordId, personId, null, null);
    }

    /** One record viewed, about one person (or none). */
    public record Read(String recordType, Object recordId, Long personId) {
    }

    /** The reads of one page, written together: one short transaction instead of one per read. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void readAll(List<Read> reads) {
        appendAll(reads.stream().map(r -> new Pending(AuditAction.READ, r.recordType(), r.recordId(), r.personId(),
                null, null)).toList());
    }

    /** Records a read that needed a stated reason (e.g. break-glass access). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void readWithReason(String recordType, Object recordId, Long personId, String reason) {
        append(AuditAction.READ, recordType, recordId, personId, reason, null);
    }

    /** Records a change in the caller's transaction; {@code details} holds before and after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditAction action, String recordType, Object recordId, Long personId, String reason,
                        String details) {
        append(action, recordType, recordId, personId, reason, details);
    }

    /** Records a change made outside a transaction of the caller's (e.g. by a command). */
    @Transactional
    public void record(AuditAction action, String recordType, Object recordId, Long personId, String reason,
                       String details) {
        append(action, recordType, recordId, personId, reason, details);
    }

    private record Pending(AuditAction action, String recordType, Object recordId, Long personId, String reason,
                           String details) {
    }

    private void append(AuditAction action, String recordType, Object recordId, Long personId, String reason,
                        String details) {
        appendAll(List.of(new Pending(action, recordType, recordId, personId, reason, details)));
    }

    /** Links the entries to the chain in order, holding the head row's lock once for all of them. */
    private void appendAll(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        CurrentUser actor = CurrentUsers.find().orElse(null);
        String address = ClientAddress.current();
        var head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0];
        String previous = (String) head[1];
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<MapSqlParameterSource> rows = new ArrayList<>(entries.size());
        for (Pending p : entries) {
            seq++;
            AuditEntry unsigned = new AuditEntry(seq, now, actor == null ? null : actor.userId(),
                    actor == null ? "system" : actor.username(), p.action(), p.recordType(),
                    p.recordId() == null ? null : p.recordId().toString(), p.personId(), address, p.reason(),
                    p.details(), previous, null);
            String hash = sha256(unsigned.canonical());
            rows.add(new MapSqlParameterSource().addValue("seq", seq).addValue("at", now.atOffset(ZoneOffset.UTC))
                    .addValue("uid", unsigned.actorUserId()).addValue("uname", unsigned.actorUsername())
                    .addValue("action", p.action().name()).addValue("rtype", p.recordType())
                    .addValue("rid", unsigned.recordId()).addValue("pid", p.personId())
                    .addValue("addr", address).addValue("reason", p.reason()).addValue("details", p.details())
                    .addValue("prev", previous).addValue("hash", hash));
            previous = hash;
        }
        String insert = "insert into audit_event (seq, occurred_at, actor_user_id, actor_username, action, record_type, "
                + "record_id, person_id, remote_address, reason, details, previous_hash, hash) values "
                + "(:seq, :at, :uid, :uname, :action, :rtype, :rid, :pid, :addr, :reason, :details, :prev, :hash)";
        batch.batchUpdate(insert, rows.toArray(MapSqlParameterSource[]::new));
        boolean change = entries.stream().anyMatch(e -> e.action() != AuditAction.READ);
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash"
                        + (change ? ", last_change_seq = :seq" : "") + " where id = 1")
                .param("seq", seq).param("hash", previous).update();
    }

    /**
     * The sequence number of the latest change recorded, reads excluded. Every change to a record is audited,
     * so anything computed from the records while this had one value is still current while it keeps it.
     */
    @Transactional(readOnly = true)
    public long lastChange() {
        return jdbc.sql("select last_change_seq from audit_chain_head where id = 1").query(Long.class).single();
    }

    /** Recomputes every hash and link in order and reports the first that does not match. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String previous = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_event where seq >= :from order by seq")
                    .param("from", expectedSeq).withMaxRows(VERIFY_BATCH).query(AuditLog::map).list();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(checked, expectedSeq, "Entry " + expectedSeq + " is missing");
                }
                if (!e.previousHash().equals(previous)) {
                    return new ChainVerification(checked, e.seq(), "Entry " + e.seq()
                            + " does not link to the entry before it");
                }
                if (!sha256(e.canonical()).equals(e.hash())) {
                    return new ChainVerification(checked, e.seq(), "Entry " + e.seq()
                            + " was changed after it was written");
                }
                previous = e.hash();
                expectedSeq++;
                checked++;
            }
        }
        var head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((Long) head[0] != checked || !head[1].equals(previous)) {
            return new ChainVerification(checked, checked + 1, "The chain ends at entry " + checked
                    + " but its head records entry " + head[0] + ": entries were removed");
        }
        return new ChainVerification(checked, null, null);
    }

    /** Who viewed or changed a record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String recordType, String recordId) {
        return jdbc.sql("select * from audit_event where record_type = :t and record_id = :id order by seq desc")
                .param("t", recordType).param("id", recordId).query(AuditLog::map).list();
    }

    /** Everything recorded about one person across record types, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOfPerson(long personId) {
        return jdbc.sql("select * from audit_event where person_id = :p order by seq desc")
                .param("p", personId).query(AuditLog::map).list();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select * from audit_event order by seq desc").withMaxRows(limit).query(AuditLog::map).list();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long uid = rs.getLong("actor_user_id");
        Long actorUserId = rs.wasNull() ? null : uid;
        long pid = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : pid;
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                actorUserId, rs.getString("actor_username"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"), rs.getString("record_id"), personId, rs.getString("remote_address"),
                rs.getString("reason"), rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
