package org.familyties.people.web;

import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonApiController {

    private final People people;

    PersonApiController(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/people/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    PersonRecord person(@PathVariable long id) {
        return people.view(id, CurrentUsers.require());
    }
}
