package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("referral")
class Referral {

    @Id
    Long id;
    Long personId;
    Long prisonId;
    String source;
    String referrerName;
    String reason;
    String urgency;
    boolean consent;
    LocalDate receivedOn;
    String status;
    String triageReason;
    Instant triagedAt;
    Long caseId;
    Instant createdAt;
    @Version
    Integer version;

    Referral() {
    }

    Referral(long personId, long prisonId, NewReferral r, Instant now) {
        this.personId = personId;
        this.prisonId = prisonId;
        this.source = r.source().name();
        this.referrerName = r.referrerName();
        this.reason = r.reason().trim();
        this.urgency = r.urgency().name();
        this.consent = r.consent();
        this.receivedOn = r.receivedOn();
        this.status = ReferralStatus.WAITING.name();
        this.createdAt = now;
    }

    ReferralStatus status() {
        return ReferralStatus.valueOf(status);
    }

    void triage(ReferralStatus outcome, String why, Long caseId, Instant at) {
        this.status = outcome.name();
        this.triageReason = why;
        this.caseId = caseId;
        this.triagedAt = at;
    }
}
