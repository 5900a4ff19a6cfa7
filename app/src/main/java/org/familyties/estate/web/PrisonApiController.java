package org.familyties.estate.web;

import java.util.List;

import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PrisonApiController {

    private final Prisons prisons;

    PrisonApiController(Prisons prisons) {
        this.prisons = prisons;
    }

    @GetMapping("/api/v1/prisons")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    List<PrisonView> list() {
        return prisons.visibleTo(CurrentUsers.require());
    }

    @GetMapping("/api/v1/prisons/{id}")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    PrisonView prison(@PathVariable long id) {
        return prisons.get(id, CurrentUsers.require());
    }
}
