package org.familyties.study.web;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesigns;
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
    private final StudyDesigns designs;

    StudyController(Studies studies, StudyDesigns designs) {
        this.studies = studies;
        this.designs = designs;
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
        var user = CurrentUsers.require();
        var design = designs.design(id, user);
        model.addAttribute("study", design.study());
        model.addAttribute("design", design);
        model.addAttribute("canDesign", user.hasIdentityAccess());
        return VIEW;
    }
}
