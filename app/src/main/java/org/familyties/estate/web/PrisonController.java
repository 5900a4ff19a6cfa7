package org.familyties.estate.web;

import org.familyties.estate.Prisons;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PrisonController {

    static final String LIST_VIEW = "estate/prisons";
    static final String VIEW = "estate/prison";

    private final Prisons prisons;

    PrisonController(Prisons prisons) {
        this.prisons = prisons;
    }

    @GetMapping("/prisons")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    String list(Model model) {
        model.addAttribute("prisons", prisons.visibleTo(CurrentUsers.require()));
        return LIST_VIEW;
    }

    @GetMapping("/prisons/{id}")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    String prison(@PathVariable long id, Model model) {
        model.addAttribute("prison", prisons.get(id, CurrentUsers.require()));
        return VIEW;
    }
}
