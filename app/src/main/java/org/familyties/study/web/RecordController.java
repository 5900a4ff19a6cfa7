package org.familyties.study.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.RecordStatus;
import org.familyties.study.RecordView;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyRecords;
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
class RecordController {

    static final String PARTICIPANT_VIEW = "study/participant";
    static final String FORM_VIEW = "study/record";
    static final String MISSING_PREFIX = "missing-";

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final StudyRecords records;
    private final ParticipantPageExtras extras;

    RecordController(StudyDesigns designs, StudyFamilies families, StudyRecords records, ParticipantPageExtras extras) {
        this.designs = designs;
        this.families = families;
        this.records = records;
        this.extras = extras;
    }

    @GetMapping("/studies/{studyId}/participants/{pseudonym}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String participant(@PathVariable long studyId, @PathVariable String pseudonym, Model model) {
        var user = CurrentUsers.require();
        var design = designs.design(studyId, user);
        var participant = families.participant(studyId, pseudonym, user);
        model.addAttribute("design", design);
        model.addAttribute("participant", participant);
        model.addAttribute("role", design.role(participant.roleId()).orElseThrow());
        model.addAttribute("family", families.family(studyId, participant.familyId(), user));
        model.addAttribute("overview", records.overview(studyId, pseudonym, user));
        extras.addTo(model, studyId, participant, user);
        return PARTICIPANT_VIEW;
    }

    @GetMapping("/studies/{studyId}/participants/{pseudonym}/waves/{waveId}/{instrument}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String form(@PathVariable long studyId, @PathVariable String pseudonym, @PathVariable long waveId,
                @PathVariable String instrument, Model model) {
        model.addAttribute("record", records.record(studyId, pseudonym, waveId, instrument, CurrentUsers.require()));
        return FORM_VIEW;
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/waves/{waveId}/{instrument}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String save(@PathVariable long studyId, @PathVariable String pseudonym, @PathVariable long waveId,
                @PathVariable String instrument, @RequestParam MultiValueMap<String, String> form,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        var user = CurrentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> raw = raw(form, problems);
        RecordStatus status = switch (action) {
            case "complete" -> RecordStatus.COMPLETE;
            case "verify" -> RecordStatus.VERIFIED;
            default -> RecordStatus.INCOMPLETE;
        };
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            records.save(studyId, pseudonym, waveId, instrument, raw, status, user);
        } catch (InvalidInputException e) {
            model.addAttribute("record", records.unsaved(studyId, pseudonym, waveId, instrument, raw, user));
            FormInput.showProblems(model, e.problems());
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("notice", "record.saved." + status.name());
        return "redirect:/studies/" + studyId + "/participants/" + pseudonym + "/waves/" + waveId + "/" + instrument;
    }

    /** Turns the posted form into REDCap raw answers; a missing-data code replaces the answer. */
    static Map<String, String> raw(MultiValueMap<String, String> form, List<FieldProblem> problems) {
        Map<String, String> raw = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.equals("_csrf") || name.equals("action") || name.startsWith(MISSING_PREFIX)) {
                return;
            }
            String value = values.isEmpty() ? "" : values.get(0);
            if (!value.isBlank()) {
                raw.put(name, value);
            }
        });
        form.forEach((name, values) -> {
            if (name.startsWith(MISSING_PREFIX) && !values.isEmpty() && !values.get(0).isBlank()) {
                String field = name.substring(MISSING_PREFIX.length());
                boolean answered = raw.keySet().stream().anyMatch(k -> k.equals(field) || k.startsWith(field + "___"));
                if (answered) {
                    problems.add(new FieldProblem(field, "Give an answer or say why there is none, not both"));
                }
                raw.keySet().removeIf(k -> k.startsWith(field + "___"));
                raw.put(field, values.get(0));
            }
        });
        return raw;
    }
}
