package org.familyties.study.web;

import java.time.LocalDate;
import java.util.List;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.Consent;
import org.familyties.study.NewConsent;
import org.familyties.study.StudyConsents;
import org.familyties.study.Withdrawal;
import org.familyties.study.WithdrawalChoice;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConsentApiController {

    private final StudyConsents consents;

    ConsentApiController(StudyConsents consents) {
        this.consents = consents;
    }

    record WithdrawalRequest(WithdrawalChoice choice, LocalDate withdrawnOn) {
    }

    @GetMapping("/api/v1/studies/{studyId}/participants/{pseudonym}/consents")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<Consent> list(@PathVariable long studyId, @PathVariable String pseudonym) {
        return consents.consents(studyId, pseudonym, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/participants/{pseudonym}/consents")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    Consent record(@PathVariable long studyId, @PathVariable String pseudonym, @RequestBody NewConsent consent) {
        return consents.record(studyId, pseudonym, consent, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/participants/{pseudonym}/withdrawal")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    Withdrawal withdraw(@PathVariable long studyId, @PathVariable String pseudonym,
                        @RequestBody WithdrawalRequest request) {
        return consents.withdraw(studyId, pseudonym, request.choice(), request.withdrawnOn(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/withdrawals")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<Withdrawal> withdrawals(@PathVariable long studyId) {
        return consents.withdrawals(studyId, CurrentUsers.require());
    }
}
