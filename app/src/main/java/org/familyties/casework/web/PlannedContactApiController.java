package org.familyties.casework.web;

import java.util.List;

import org.familyties.casework.ContactView;
import org.familyties.casework.PlannedContactInputs;
import org.familyties.casework.PlannedContactView;
import org.familyties.casework.PlannedContacts;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlannedContactApiController {

    private final PlannedContacts plans;

    PlannedContactApiController(PlannedContacts plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/cases/{id}/planned-contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<PlannedContactView> upcoming(@PathVariable long id) {
        return plans.upcoming(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/planned-contacts/{planId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    PlannedContactView get(@PathVariable long id, @PathVariable long planId) {
        return plans.get(id, planId, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/planned-contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    PlannedContactView plan(@PathVariable long id, @RequestBody PlannedContactInputs.Plan input) {
        return plans.plan(id, input, CurrentUsers.require());
    }

    @PutMapping("/api/v1/cases/{id}/planned-contacts/{planId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    PlannedContactView change(@PathVariable long id, @PathVariable long planId,
                              @RequestBody PlannedContactInputs.Plan input) {
        return plans.change(id, planId, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/planned-contacts/{planId}/cancellation")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    PlannedContactView cancel(@PathVariable long id, @PathVariable long planId,
                              @RequestBody PlannedContactInputs.Cancellation input) {
        return plans.cancel(id, planId, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/planned-contacts/{planId}/contact")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    ContactView recordHappened(@PathVariable long id, @PathVariable long planId,
                               @RequestBody PlannedContactInputs.Happened input) {
        return plans.recordHappened(id, planId, input, CurrentUsers.require());
    }
}
