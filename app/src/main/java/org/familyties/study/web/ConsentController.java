package org.familyties.study.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.ConsentKind;
import org.familyties.study.NewConsent;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyRecords;
import org.familyties.study.WithdrawalChoice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ConsentController {

    private final StudyConsents consents;
    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final StudyRecords records;
    private final ParticipantPageExtras extras;

    ConsentController(StudyConsents consents, StudyDesigns designs, StudyFamilies families, StudyRecords records,
                      ParticipantPageExtras extras) {
        this.consents = consents;
        this.designs = designs;
        this.families = families;
        this.records = records;
        this.extras = extras;
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/consents")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String record(@PathVariable long studyId, @PathVariable String pseudonym, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        var givenOn = StudyDesignController.date(form, "givenOn", problems);
        long waveId = parseLong(form.get("waveId"));
        ConsentKind kind = parse(ConsentKind.class, form.get("kind"));
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            consents.record(studyId, pseudonym, new NewConsent(waveId, kind, form.get("givenBy"), givenOn,
                    ticked(form, "interview"), ticked(form, "questionnaires"), ticked(form, "recording"),
                    ticked(form, "dataLinkage"), ticked(form, "archiving")), CurrentUsers.require());
        } catch (InvalidInputException e) {
            return showAgain(studyId, pseudonym, form, e.problems(), model);
        }
        redirect.addFlashAttribute("notice", "consent.recorded");
        return "redirect:/studies/" + studyId + "/participants/" + pseudonym;
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/withdrawal")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String withdraw(@PathVariable long studyId, @PathVariable String pseudonym, @RequestParam Map<String, String> form,
                    Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        var on = StudyDesignController.date(form, "withdrawnOn", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            consents.withdraw(studyId, pseudonym, parse(WithdrawalChoice.class, form.get("choice")), on,
                    CurrentUsers.require());
        } catch (InvalidInputException e) {
            return showAgain(studyId, pseudonym, form, e.problems(), model);
        }
        redirect.addFlashAttribute("notice", "withdrawal.recorded");
        return "redirect:/studies/" + studyId + "/participants/" + pseudonym;
    }

    private String showAgain(long studyId, String pseudonym, Map<String, String> form, List<FieldProblem> problems,
                             Model model) {
        var user = CurrentUsers.require();
        var design = designs.design(studyId, user);
        var participant = families.participant(studyId, pseudonym, user);
        model.addAttribute("design", design);
        model.addAttribute("participant", participant);
        model.addAttribute("role", design.role(participant.roleId()).orElseThrow());
        model.addAttribute("family", families.family(studyId, participant.familyId(), user));
        model.addAttribute("overview", records.overview(studyId, pseudonym, user));
        model.addAttribute("form", form);
        extras.addTo(model, studyId, participant, user);
        FormInput.showProblems(model, problems);
        return RecordController.PARTICIPANT_VIEW;
    }

    private static boolean ticked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
