package org.familyties.casework.web;

import java.util.List;

import org.familyties.casework.ContactFrequency;
import org.familyties.casework.ContactInput;
import org.familyties.casework.ContactPage;
import org.familyties.casework.ContactView;
import org.familyties.casework.Contacts;
import org.familyties.casework.RestrictionInput;
import org.familyties.casework.RestrictionView;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContactApiController {

    private final Contacts contacts;

    ContactApiController(Contacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/cases/{id}/contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    ResponseEntity<List<ContactView>> contacts(@PathVariable long id, @RequestParam(required = false) String after) {
        ContactPage page = contacts.page(id, after, CurrentUsers.require());
        return NextLink.ok(page.contacts(), page.next());
    }

    @PostMapping("/api/v1/cases/{id}/contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    ContactView log(@PathVariable long id, @RequestBody ContactInput input) {
        return contacts.log(id, input, CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/contacts/frequency")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    ContactFrequency frequency(@PathVariable long id, @RequestParam(defaultValue = "12") int months) {
        return contacts.frequency(id, Math.max(1, Math.min(months, 36)), CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/restrictions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<RestrictionView> restrictions(@PathVariable long id) {
        return contacts.restrictions(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/restrictions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    RestrictionView restrict(@PathVariable long id, @RequestBody RestrictionInput input) {
        return contacts.restrict(id, input, CurrentUsers.require());
    }
}
