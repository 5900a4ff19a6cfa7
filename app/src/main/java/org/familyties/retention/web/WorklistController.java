package org.familyties.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.retention.ParticipantTracing;
import org.familyties.retention.PriorityWeights;
import org.familyties.retention.TracingWorklist;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDesigns;
import org.familyties.shared.UkTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tracing worklist of a study, its priority weights and the upcoming appointments. */
@Controller
class WorklistController {

    static final String WORKLIST_VIEW = "retention/worklist";
    static final String WEIGHTS_VIEW = "retention/weights";
    static final String APPOINTMENTS_VIEW = "retention/appointments";

    private static final List<String> WEIGHT_FIELDS = List.of("windowUrgency", "sinceLastContact", "recentMove",
            "custody", "failedAttempts", "gatekeeper", "recentMoveDays", "staleContactDays");

    private final TracingWorklist worklist;
    private final ParticipantTracing tracing;
    private final StudyDesigns designs;
    private final Clock clock;

    WorklistController(TracingWorklist worklist, ParticipantTracing tracing, StudyDesigns designs, Clock clock) {
        this.worklist = worklist;
        this.tracing = tracing;
        this.designs = designs;
        this.clock = clock;
    }

    @GetMapping("/studies/{studyId}/tracing")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String worklist(@PathVariable long studyId, @RequestParam(required = false) String wave, Model model) {
        var list = worklist.worklist(studyId, FormInput.id(wave), CurrentUsers.require());
        model.addAttribute("worklist", list);
        model.addAttribute("waveOptions", list.design().waves().stream()
                .map(w -> new FormInput.Option(String.valueOf(w.id()), w.name())).toList());
        return WORKLIST_VIEW;
    }

    @GetMapping("/studies/{studyId}/tracing/weights")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String weights(@PathVariable long studyId, Model model) {
        var user = CurrentUsers.require();
        PriorityWeights w = worklist.weights(studyId, user);
        return weightsPage(studyId, model, formOf(w), List.of());
    }

    @PostMapping("/studies/{studyId}/tracing/weights")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String saveWeights(@PathVariable long studyId, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        double[] values = new double[6];
        for (int i = 0; i < 6; i++) {
            values[i] = number(form, WEIGHT_FIELDS.get(i), problems);
        }
        int moveDays = (int) whole(form, "recentMoveDays", problems);
        int staleDays = (int) whole(form, "staleContactDays", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            worklist.saveWeights(studyId, new PriorityWeights(values[0], values[1], values[2], values[3], values[4],
                    values[5], moveDays, staleDays), CurrentUsers.require());
        } catch (InvalidInputException e) {
            return weightsPage(studyId, model, form, e.problems());
        }
        redirect.addFlashAttribute("notice", "retention.weights.saved");
        return "redirect:/studies/" + studyId + "/tracing";
    }

    @GetMapping("/studies/{studyId}/tracing/appointments")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String appointments(@PathVariable long studyId, Model model) {
        var user = CurrentUsers.require();
        var upcoming = tracing.upcomingAppointments(studyId, user);
        LocalDate today = UkTime.today(clock);
        model.addAttribute("design", designs.design(studyId, user));
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("due", upcoming.stream().filter(a -> ParticipantTracing.reminderDue(a, today)).toList());
        return APPOINTMENTS_VIEW;
    }

    private String weightsPage(long studyId, Model model, Map<String, String> form, List<FieldProblem> problems) {
        model.addAttribute("design", designs.design(studyId, CurrentUsers.require()));
        model.addAttribute("form", form);
        model.addAttribute("defaults", PriorityWeights.defaults());
        FormInput.showProblems(model, problems);
        return WEIGHTS_VIEW;
    }

    private static Map<String, String> formOf(PriorityWeights w) {
        return Map.of("windowUrgency", plain(w.windowUrgency()), "sinceLastContact", plain(w.sinceLastContact()),
                "recentMove", plain(w.recentMove()), "custody", plain(w.custody()),
                "failedAttempts", plain(w.failedAttempts()), "gatekeeper", plain(w.gatekeeper()),
                "recentMoveDays", String.valueOf(w.recentMoveDays()),
                "staleContactDays", String.valueOf(w.staleContactDays()));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static double number(Map<String, String> form, String field, List<FieldProblem> problems) {
        try {
            return Double.parseDouble(form.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a number of 0 or more, for example 20"));
            return 0;
        }
    }

    private static long whole(Map<String, String> form, String field, List<FieldProblem> problems) {
        try {
            return Integer.parseInt(form.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a whole number of days, for example 90"));
            return 0;
        }
    }
}
