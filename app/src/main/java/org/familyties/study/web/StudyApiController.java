package org.familyties.study.web;

import java.util.List;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.Studies;
import org.familyties.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StudyApiController {

    private final Studies studies;

    StudyApiController(Studies studies) {
        this.studies = studies;
    }

    @GetMapping("/api/v1/studies")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<StudySummary> list() {
        return studies.visibleTo(CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{id}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    StudySummary get(@PathVariable long id) {
        return studies.get(id, CurrentUsers.require());
    }
}
