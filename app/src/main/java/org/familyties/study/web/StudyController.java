package org.familyties.study.web;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.Studies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StudyController {

    static final String LIST_VIEW = "study/list";
    static final String VIEW = "study/study";

    private final Studies studies;

    StudyController(Studies studies) {
        this.studies = studies;
    }

    @GetMapping("/studies")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String list(Model model) {
        model.addAttribute("studies", studies.visibleTo(CurrentUsers.require()));
        return LIST_VIEW;
    }

    @GetMapping("/studies/{id}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String study(@PathVariable long id, Model model) {
        model.addAttribute("study", studies.get(id, CurrentUsers.require()));
        return VIEW;
    }
}
