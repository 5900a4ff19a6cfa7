package org.familyties.retention.web;

import java.util.Locale;
import java.util.function.Function;

import org.familyties.retention.RetentionPathways;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDesigns;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Retention pathways: one participant's, and a family's members' stacked. */
@Controller
class PathwayController {

    static final String PATHWAY_VIEW = "retention/pathway";
    static final String FAMILY_VIEW = "retention/family-pathways";

    private final RetentionPathways pathways;
    private final StudyDesigns designs;
    private final MessageSource messages;

    PathwayController(RetentionPathways pathways, StudyDesigns designs, MessageSource messages) {
        this.pathways = pathways;
        this.designs = designs;
        this.messages = messages;
    }

    @GetMapping("/studies/{studyId}/participants/{pseudonym}/pathway")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String pathway(@PathVariable long studyId, @PathVariable String pseudonym, Model model) {
        var user = CurrentUsers.require();
        var pathway = pathways.pathway(studyId, pseudonym, user);
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("pathways", java.util.List.of(pathway));
        model.addAttribute("charts", java.util.List.of(PathwayChart.svg(pathway, text())));
        model.addAttribute("legend", PathwayChart.legend(text()));
        return PATHWAY_VIEW;
    }

    @GetMapping("/studies/{studyId}/families/{familyId}/pathways")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String family(@PathVariable long studyId, @PathVariable long familyId, Model model) {
        var user = CurrentUsers.require();
        var list = pathways.familyPathways(studyId, familyId, user);
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("pathways", list);
        model.addAttribute("charts", list.stream().map(p -> PathwayChart.svg(p, text())).toList());
        model.addAttribute("legend", PathwayChart.legend(text()));
        model.addAttribute("familyCode", list.get(0).familyCode());
        return FAMILY_VIEW;
    }

    private Function<String, String> text() {
        return key -> messages.getMessage(key, null, key, Locale.UK);
    }
}
