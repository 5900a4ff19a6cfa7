package org.familyties.study.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyRoster;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FamilyController {

    static final String ROSTER_VIEW = "study/families";
    static final String FAMILY_VIEW = "study/family";
    static final String IDENTITY_VIEW = "study/identity";

    private final StudyFamilies families;
    private final StudyDesigns designs;
    private final StudyRoster roster;

    FamilyController(StudyFamilies families, StudyDesigns designs, StudyRoster roster) {
        this.families = families;
        this.designs = designs;
        this.roster = roster;
    }

    @GetMapping("/studies/{studyId}/families")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String roster(@PathVariable long studyId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("roster", roster.roster(studyId, user));
        model.addAttribute("canEnrol", user.hasIdentityAccess());
        return ROSTER_VIEW;
    }

    @PostMapping("/studies/{studyId}/families")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String enrol(@PathVariable long studyId, RedirectAttributes redirect) {
        var family = families.registerFamily(studyId, new NewFamily(null, null, null), CurrentUsers.require());
        redirect.addFlashAttribute("notice", "family.enrolled");
        return "redirect:/studies/" + studyId + "/families/" + family.id();
    }

    @GetMapping("/studies/{studyId}/families/{familyId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String family(@PathVariable long studyId, @PathVariable long familyId, Model model) {
        show(studyId, familyId, model);
        model.addAttribute("form", Map.of());
        return FAMILY_VIEW;
    }

    @PostMapping("/studies/{studyId}/families/{familyId}/participants")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String addParticipant(@PathVariable long studyId, @PathVariable long familyId,
                          @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        var dob = StudyDesignController.date(form, "dateOfBirth", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            families.addParticipant(studyId, familyId, new NewParticipant(form.get("roleCode"), form.get("givenName"),
                    form.get("familyName"), dob, form.get("address"), form.get("phone")), CurrentUsers.require());
        } catch (InvalidInputException e) {
            show(studyId, familyId, model);
            model.addAttribute("form", form);
            FormInput.showProblems(model, e.problems());
            return FAMILY_VIEW;
        }
        redirect.addFlashAttribute("notice", "participant.added");
        return "redirect:/studies/" + studyId + "/families/" + familyId;
    }

    @PostMapping("/studies/{studyId}/families/{familyId}/events")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String changeEvents(@PathVariable long studyId, @PathVariable long familyId,
                        @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        var start = StudyDesignController.date(form, "fatherSentenceStart", problems);
        var release = StudyDesignController.date(form, "fatherRelease", problems);
        if (!problems.isEmpty()) {
            show(studyId, familyId, model);
            model.addAttribute("form", form);
            FormInput.showProblems(model, problems);
            return FAMILY_VIEW;
        }
        families.changeEventDates(studyId, familyId, start, release, CurrentUsers.require());
        redirect.addFlashAttribute("notice", "family.eventsChanged");
        return "redirect:/studies/" + studyId + "/families/" + familyId;
    }

    @GetMapping("/studies/{studyId}/families/{familyId}/identities")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String identities(@PathVariable long studyId, @PathVariable long familyId, Model model) {
        var user = CurrentUsers.require();
        var family = families.family(studyId, familyId, user);
        var members = families.members(studyId, familyId, user);
        model.addAttribute("study", designs.design(studyId, user).study());
        model.addAttribute("family", family);
        model.addAttribute("identities", families.identities(studyId,
                members.stream().map(p -> p.pseudonym()).toList(), user).values());
        return IDENTITY_VIEW;
    }

    private void show(long studyId, long familyId, Model model) {
        var user = CurrentUsers.require();
        var design = designs.design(studyId, user);
        model.addAttribute("design", design);
        model.addAttribute("family", families.family(studyId, familyId, user));
        model.addAttribute("members", families.members(studyId, familyId, user));
        model.addAttribute("canEnrol", user.hasIdentityAccess());
    }
}
