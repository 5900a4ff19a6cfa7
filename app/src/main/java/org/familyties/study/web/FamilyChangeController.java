package org.familyties.study.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.CustodyStatus;
import org.familyties.study.FamilyStatus;
import org.familyties.study.FatherContact;
import org.familyties.study.ParentsRelationship;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamilyChanges;
import org.familyties.study.Wave;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FamilyChangeController {

    static final String TIMELINE_VIEW = "study/timeline";
    static final String TABLE_VIEW = "study/family-change";

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final StudyFamilyChanges changes;

    FamilyChangeController(StudyDesigns designs, StudyFamilies families, StudyFamilyChanges changes) {
        this.designs = designs;
        this.families = families;
        this.changes = changes;
    }

    @GetMapping("/studies/{studyId}/families/{familyId}/timeline")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String timeline(@PathVariable long studyId, @PathVariable long familyId, Model model) {
        show(studyId, familyId, model);
        return TIMELINE_VIEW;
    }

    @PostMapping("/studies/{studyId}/families/{familyId}/waves/{waveId}/status")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String record(@PathVariable long studyId, @PathVariable long familyId, @PathVariable long waveId,
                  @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, FatherContact> contact = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("contact-") && !values.isEmpty() && !values.get(0).isBlank()) {
                FatherContact c = ConsentController.parse(FatherContact.class, values.get(0));
                if (c == null) {
                    problems.add(new FieldProblem(name, "Select the father's contact with the child"));
                } else {
                    contact.put(name.substring("contact-".length()), c);
                }
            }
        });
        FamilyStatus status = new FamilyStatus(familyId, waveId,
                form.getOrDefault("household", List.of()).stream().filter(s -> !s.isBlank()).toList(),
                count(form.getFirst("otherAdults"), "otherAdults", problems),
                count(form.getFirst("otherChildren"), "otherChildren", problems),
                ConsentController.parse(ParentsRelationship.class, form.getFirst("parentsRelationship")),
                ConsentController.parse(CustodyStatus.class, form.getFirst("fatherCustody")), contact);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            changes.record(studyId, status, CurrentUsers.require());
        } catch (InvalidInputException e) {
            show(studyId, familyId, model);
            model.addAttribute("editingWave", waveId);
            FormInput.showProblems(model, e.problems());
            return TIMELINE_VIEW;
        }
        redirect.addFlashAttribute("notice", "familyStatus.saved");
        return "redirect:/studies/" + studyId + "/families/" + familyId + "/timeline";
    }

    @GetMapping("/studies/{studyId}/family-change")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String table(@PathVariable long studyId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("families", families.families(studyId, user));
        model.addAttribute("statuses", changes.acrossFamilies(studyId, user));
        return TABLE_VIEW;
    }

    private void show(long studyId, long familyId, Model model) {
        var user = CurrentUsers.require();
        var design = designs.design(studyId, user);
        var members = families.members(studyId, familyId, user);
        model.addAttribute("design", design);
        model.addAttribute("family", families.family(studyId, familyId, user));
        model.addAttribute("members", members);
        model.addAttribute("children", members.stream()
                .filter(m -> design.role(m.roleId()).map(r -> r.child()).orElse(false)).toList());
        Map<Wave, Optional<FamilyStatus>> timeline = changes.timeline(studyId, familyId, user);
        model.addAttribute("timeline", timeline);
        model.addAttribute("relationships", ParentsRelationship.values());
        model.addAttribute("custody", CustodyStatus.values());
        model.addAttribute("contacts", FatherContact.values());
    }

    private static int count(String text, String field, List<FieldProblem> problems) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a whole number"));
            return 0;
        }
    }

}
