package org.familyties.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.InterventionKind;
import org.familyties.casework.InterventionViews;
import org.familyties.casework.Interventions;
import org.familyties.estate.Prisons;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Intervention courses: list and create, then sessions, enrolment, attendance and completion on the course page. */
@Controller
class InterventionController {

    static final String LIST_VIEW = "casework/interventions";
    static final String VIEW = "casework/intervention";

    private final Interventions interventions;
    private final Prisons prisons;
    private final Forms forms;

    InterventionController(Interventions interventions, Prisons prisons, Forms forms) {
        this.interventions = interventions;
        this.prisons = prisons;
        this.forms = forms;
    }

    record CourseForm(String prisonId, String kind, String title, String startsOn, String endsOn, String capacity) {
    }

    record SessionForm(String heldOn, String topic) {
    }

    @GetMapping("/interventions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String list(Model model) {
        return list(model, new CourseForm("", "", "", "", "", ""));
    }

    private String list(Model model, CourseForm form) {
        var user = CurrentUsers.require();
        model.addAttribute("courses", interventions.courses(user));
        model.addAttribute("form", form);
        model.addAttribute("kinds", forms.options(InterventionKind.class, "intervention.kind."));
        model.addAttribute("prisons", prisons.visibleTo(user).stream()
                .map(p -> new Option(String.valueOf(p.id()), p.name())).toList());
        return LIST_VIEW;
    }

    @PostMapping("/interventions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String create(@ModelAttribute("form") CourseForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var starts = Forms.date("startsOn", form.startsOn(), problems);
            var ends = Forms.date("endsOn", form.endsOn(), problems);
            var capacity = Forms.integer("capacity", form.capacity(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var course = interventions.create(new InterventionViews.NewCourse(Forms.id(form.prisonId()),
                    Forms.choice(InterventionKind.class, form.kind()), form.title(), starts, ends, capacity),
                    CurrentUsers.require());
            redirect.addFlashAttribute("notice", "intervention.created");
            return "redirect:/interventions/" + course.id();
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
            return list(model, form);
        }
    }

    @GetMapping("/interventions/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String course(@PathVariable long id, Model model) {
        return show(model, id, new SessionForm("", ""));
    }

    private String show(Model model, long id, SessionForm form) {
        var user = CurrentUsers.require();
        model.addAttribute("course", interventions.course(id, user));
        model.addAttribute("form", form);
        model.addAttribute("candidates", interventions.candidates(id, user).stream()
                .map(c -> new Option(c.caseId() + ":" + c.personId(), c.label())).toList());
        return VIEW;
    }

    @PostMapping("/interventions/{id}/sessions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addSession(@PathVariable long id, @ModelAttribute("form") SessionForm form, Model model,
                      RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var heldOn = Forms.date("heldOn", form.heldOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            interventions.addSession(id, heldOn, form.topic(), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "intervention.sessionAdded");
            return "redirect:/interventions/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
            return show(model, id, form);
        }
    }

    @PostMapping("/interventions/{id}/enrolments")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String enrol(@PathVariable long id, @RequestParam(defaultValue = "") String client,
                 @RequestParam(defaultValue = "") String overrideReason, Model model, RedirectAttributes redirect) {
        String[] parts = client.split(":");
        try {
            interventions.enrol(id, parts.length == 2 ? Forms.id(parts[0]) : null,
                    parts.length == 2 ? Forms.id(parts[1]) : null, overrideReason, CurrentUsers.require());
            redirect.addFlashAttribute("notice", "intervention.enrolled");
            return "redirect:/interventions/" + id;
        } catch (InvalidInputException e) {
            // a refusal by a safeguarding restriction: a safeguarding lead may override it with a reason
            model.addAttribute("canOverride", CurrentUsers.require().has(org.familyties.shared.Role.SAFEGUARDING_LEAD)
                    && e.problems().stream().anyMatch(p -> "overrideReason".equals(p.field())));
            model.addAttribute("chosenClient", client);
            model.addAttribute("overrideReason", overrideReason);
            Forms.showProblems(model, e.problems().stream().map(p -> new FieldProblem(
                    "overrideReason".equals(p.field()) ? "overrideReason" : "client", p.message())).toList());
            return show(model, id, new SessionForm("", ""));
        }
    }

    @PostMapping("/interventions/{id}/sessions/{sessionId}/attendance")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String attendance(@PathVariable long id, @PathVariable long sessionId,
                      @RequestParam(required = false) List<Long> attended, Model model, RedirectAttributes redirect) {
        try {
            interventions.recordAttendance(id, sessionId, attended, CurrentUsers.require());
            redirect.addFlashAttribute("notice", "intervention.attendanceSaved");
            return "redirect:/interventions/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
            return show(model, id, new SessionForm("", ""));
        }
    }

    @PostMapping("/interventions/{id}/enrolments/{enrolmentId}/completion")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String complete(@PathVariable long id, @PathVariable long enrolmentId, Model model, RedirectAttributes redirect) {
        try {
            interventions.complete(id, enrolmentId, CurrentUsers.require());
            redirect.addFlashAttribute("notice", "intervention.completed");
            return "redirect:/interventions/" + id;
        } catch (InvalidInputException | ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("enrolments", e instanceof InvalidInputException i
                    ? i.problems().get(0).message() : e.getMessage())));
            return show(model, id, new SessionForm("", ""));
        }
    }
}
