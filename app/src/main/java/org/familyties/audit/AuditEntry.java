package org.familyties.audit;

import java.time.Instant;

/** One link of the audit chain as stored. */
public record AuditEntry(long seq, Instant occurredAt, Long actorUserId, String actorUsername, AuditAction action,
                         String recordType, String recordId, Long personId, String remoteAddress, String reason,
                         String details, String previousHash, String hash) {

    /** The text the hash is computed over: every field, in order, with the previous hash last. */
    String canonical() {
        return String.join("\u001f", String.valueOf(seq), occurredAt.toString(), String.valueOf(actorUserId),
                actorUsername, action.name(), recordType, String.valueOf(recordId), String.valueOf(personId),
                String.valueOf(remoteAddress), String.valueOf(reason), String.valueOf(details), previousHash);
    }
}
