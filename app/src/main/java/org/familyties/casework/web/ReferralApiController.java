package org.familyties.casework.web;

import java.util.List;

import org.familyties.casework.NewReferral;
import org.familyties.casework.ReferralView;
import org.familyties.casework.Referrals;
import org.familyties.casework.TriageDecision;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralApiController {

    private final Referrals referrals;

    ReferralApiController(Referrals referrals) {
        this.referrals = referrals;
    }

    record Triage(TriageDecision decision, String reason, Integer version) {
    }

    @GetMapping("/api/v1/referrals")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<ReferralView> waiting() {
        return referrals.waitingList(CurrentUsers.require());
    }

    @PostMapping("/api/v1/referrals")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView submit(@RequestBody NewReferral referral) {
        return referrals.submit(referral, CurrentUsers.require());
    }

    @GetMapping("/api/v1/referrals/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    ReferralView referral(@PathVariable long id) {
        return referrals.view(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/referrals/{id}/triage")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    ReferralView triage(@PathVariable long id, @RequestBody Triage triage) {
        return referrals.triage(id, triage.decision(), triage.reason(), triage.version(), CurrentUsers.require());
    }
}
