package org.familyties.study.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.LifeEvent;
import org.familyties.study.NewInformantRole;
import org.familyties.study.NewWave;
import org.familyties.study.ScheduleEntry;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyDictionaries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StudyDesignController {

    static final String WAVE_FORM = "study/wave-form";
    static final String ROLE_FORM = "study/role-form";
    static final String SCHEDULE_FORM = "study/schedule";

    private final StudyDesigns designs;
    private final StudyDictionaries dictionaries;

    StudyDesignController(StudyDesigns designs, StudyDictionaries dictionaries) {
        this.designs = designs;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/studies/{studyId}/waves/new")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String newWave(@PathVariable long studyId, Model model) {
        model.addAttribute("study", designs.design(studyId, CurrentUsers.require()).study());
        model.addAttribute("form", Map.of("windowKind", "ABSOLUTE"));
        model.addAttribute("events", LifeEvent.values());
        return WAVE_FORM;
    }

    @PostMapping("/studies/{studyId}/waves")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String addWave(@PathVariable long studyId, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        NewWave wave = new NewWave(form.get("name"), form.get("windowKind"), date(form, "start", problems),
                date(form, "end", problems), form.get("lifeEvent"), integer(form, "offsetStartDays", problems),
                integer(form, "offsetEndDays", problems));
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            designs.addWave(studyId, wave, CurrentUsers.require());
        } catch (InvalidInputException e) {
            List<FieldProblem> all = new ArrayList<>(problems);
            e.problems().stream().filter(p -> !problems.contains(p)).forEach(all::add);
            model.addAttribute("study", designs.design(studyId, CurrentUsers.require()).study());
            model.addAttribute("form", form);
            model.addAttribute("events", LifeEvent.values());
            FormInput.showProblems(model, all);
            return WAVE_FORM;
        }
        redirect.addFlashAttribute("notice", "wave.added");
        return "redirect:/studies/" + studyId;
    }

    @GetMapping("/studies/{studyId}/roles/new")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String newRole(@PathVariable long studyId, Model model) {
        model.addAttribute("study", designs.design(studyId, CurrentUsers.require()).study());
        model.addAttribute("form", Map.of());
        return ROLE_FORM;
    }

    @PostMapping("/studies/{studyId}/roles")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String addRole(@PathVariable long studyId, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        try {
            designs.addRole(studyId, new NewInformantRole(form.get("code"), form.get("name"),
                    form.get("pseudonymSuffix"), "true".equals(form.get("child"))), CurrentUsers.require());
        } catch (InvalidInputException e) {
            model.addAttribute("study", designs.design(studyId, CurrentUsers.require()).study());
            model.addAttribute("form", form);
            FormInput.showProblems(model, e.problems());
            return ROLE_FORM;
        }
        redirect.addFlashAttribute("notice", "role.added");
        return "redirect:/studies/" + studyId;
    }

    @GetMapping("/studies/{studyId}/schedule")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String schedule(@PathVariable long studyId, Model model) {
        var user = CurrentUsers.require();
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("instruments", dictionaries.instrumentNames(studyId, user));
        return SCHEDULE_FORM;
    }

    /** The grid posts one checkbox per ticked cell, named {@code cell} with value {@code waveId:roleId:instrument}. */
    @PostMapping("/studies/{studyId}/schedule")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String saveSchedule(@PathVariable long studyId, @RequestParam(name = "cell", required = false) List<String> cells,
                        Model model, RedirectAttributes redirect) {
        var user = CurrentUsers.require();
        List<ScheduleEntry> entries = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String cell : cells == null ? List.<String>of() : cells) {
            String[] parts = cell.split(":", 3);
            try {
                entries.add(new ScheduleEntry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("schedule", "The schedule form was not understood; reload the page"));
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            designs.setSchedule(studyId, entries, user);
        } catch (InvalidInputException e) {
            model.addAttribute("design", designs.design(studyId, user));
            model.addAttribute("instruments", dictionaries.instrumentNames(studyId, user));
            FormInput.showProblems(model, e.problems());
            return SCHEDULE_FORM;
        }
        redirect.addFlashAttribute("notice", "schedule.saved");
        return "redirect:/studies/" + studyId;
    }

    static LocalDate date(Map<String, String> form, String name, List<FieldProblem> problems) {
        String text = form.getOrDefault(name, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(name, "Enter a real date as YYYY-MM-DD"));
            return null;
        }
    }

    static Integer integer(Map<String, String> form, String name, List<FieldProblem> problems) {
        String text = form.getOrDefault(name, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "Enter a whole number of days"));
            return null;
        }
    }
}
