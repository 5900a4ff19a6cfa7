package org.familyties.casework.web;

import java.util.List;

import org.familyties.casework.PeopleSearch;
import org.familyties.casework.SearchHit;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class SearchController {

    static final String VIEW = "casework/search";

    private final PeopleSearch search;

    SearchController(PeopleSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search.search(q, CurrentUsers.require()));
        return VIEW;
    }

    @GetMapping("/api/v1/search")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseBody
    List<SearchHit> api(@RequestParam(defaultValue = "") String q) {
        return search.search(q, CurrentUsers.require());
    }
}
