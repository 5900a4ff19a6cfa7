package org.familyties.people.web;

import org.familyties.people.People;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonController {

    static final String LIST_VIEW = "people/list";
    static final String VIEW = "people/person";

    private final People people;

    PersonController(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String list(@RequestParam(defaultValue = "") String afterName, @RequestParam(defaultValue = "0") long afterId,
                Model model) {
        var user = CurrentUsers.require();
        var page = people.inPrison(user, afterName, afterId);
        model.addAttribute("people", page);
        model.addAttribute("total", people.countInPrison(user));
        model.addAttribute("hasNext", page.size() == people.pageSize());
        if (!page.isEmpty()) {
            var last = page.get(page.size() - 1);
            model.addAttribute("nextName", last.familyName());
            model.addAttribute("nextId", last.id());
        }
        return LIST_VIEW;
    }

    @GetMapping("/people/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", people.view(id, CurrentUsers.require()));
        return VIEW;
    }
}
