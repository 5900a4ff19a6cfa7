package org.familyties.casework.web;

import java.util.List;

import org.familyties.casework.OutcomeChange;
import org.familyties.casework.OutcomeInput;
import org.familyties.casework.OutcomeView;
import org.familyties.casework.Outcomes;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutcomeApiController {

    private final Outcomes outcomes;

    OutcomeApiController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/api/v1/cases/{id}/outcomes")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<OutcomeView> outcomes(@PathVariable long id) {
        return outcomes.forCase(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/outcomes")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    List<OutcomeView> record(@PathVariable long id, @RequestBody OutcomeInput input) {
        return outcomes.record(id, input, CurrentUsers.require());
    }

    /** 404 until both intake and closure outcomes exist. */
    @GetMapping("/api/v1/cases/{id}/outcomes/change")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    OutcomeChange change(@PathVariable long id) {
        return outcomes.change(id, CurrentUsers.require())
                .orElseThrow(() -> new RecordNotFoundException("OutcomeChange", id));
    }
}
