package org.familyties.casework.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.ContactKind;
import org.familyties.casework.PlannedContactInputs;
import org.familyties.casework.PlannedContactView;
import org.familyties.casework.PlannedContacts;
import org.familyties.casework.web.ContactController.ContactForm;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput.Option;
import org.familyties.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning contacts on a case, changing and cancelling plans, and recording a planned contact as happened. */
@Controller
class PlannedContactController {

    static final String PLAN_VIEW = "casework/planned-contact-form";
    static final String CANCEL_VIEW = "casework/planned-contact-cancel";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Cases cases;
    private final PlannedContacts plans;
    private final Forms forms;

    PlannedContactController(Cases cases, PlannedContacts plans, Forms forms) {
        this.cases = cases;
        this.plans = plans;
        this.forms = forms;
    }

    record PlanForm(String kind, String date, String time, List<String> participantIds, String facilitated, String note,
                    String version, String overrideReason) {
    }

    record CancelForm(String version, String reason) {
    }

    @GetMapping("/cases/{id}/planned-contacts/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String planForm(@PathVariable long id, Model model) {
        return plan(model, cases.view(id, CurrentUsers.require()), null,
                new PlanForm("", "", "", List.of(), "", "", "", ""));
    }

    @PostMapping("/cases/{id}/planned-contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String plan(@PathVariable long id, @ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect) {
        try {
            plans.plan(id, input(form), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "plannedContact.planned");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            ContactController.showRefusal(model, e);
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("kind", e.getMessage())));
        }
        return plan(model, cases.view(id, CurrentUsers.require()), null, form);
    }

    @GetMapping("/cases/{id}/planned-contacts/{planId}/edit")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String changeForm(@PathVariable long id, @PathVariable long planId, Model model) {
        PlannedContactView p = plans.get(id, planId, CurrentUsers.require());
        return plan(model, cases.view(id, CurrentUsers.require()), p, new PlanForm(p.kind().name(),
                p.plannedAt().toLocalDate().toString(), p.plannedAt().format(TIME),
                p.participantIds().stream().map(String::valueOf).toList(), String.valueOf(p.facilitated()),
                p.note() == null ? "" : p.note(), String.valueOf(p.version()), ""));
    }

    @PostMapping("/cases/{id}/planned-contacts/{planId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String change(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") PlanForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            plans.change(id, planId, input(form), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "plannedContact.changed");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            ContactController.showRefusal(model, e);
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("kind", e.getMessage())));
        }
        return plan(model, cases.view(id, CurrentUsers.require()), plans.get(id, planId, CurrentUsers.require()), form);
    }

    @GetMapping("/cases/{id}/planned-contacts/{planId}/cancellation")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String cancelForm(@PathVariable long id, @PathVariable long planId, Model model) {
        PlannedContactView p = plans.get(id, planId, CurrentUsers.require());
        return cancel(model, cases.view(id, CurrentUsers.require()), p, new CancelForm(String.valueOf(p.version()), ""));
    }

    @PostMapping("/cases/{id}/planned-contacts/{planId}/cancellation")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String cancel(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") CancelForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            plans.cancel(id, planId, new PlannedContactInputs.Cancellation(Forms.integer("version", form.version(),
                    new ArrayList<>()), form.reason()), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "plannedContact.cancelled");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("reason", e.getMessage())));
        }
        return cancel(model, cases.view(id, CurrentUsers.require()), plans.get(id, planId, CurrentUsers.require()), form);
    }

    @GetMapping("/cases/{id}/planned-contacts/{planId}/contact")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String recordForm(@PathVariable long id, @PathVariable long planId, Model model) {
        PlannedContactView p = plans.get(id, planId, CurrentUsers.require());
        return record(model, cases.view(id, CurrentUsers.require()), planId, new ContactForm(p.kind().name(),
                p.plannedAt().toLocalDate().toString(), p.plannedAt().format(TIME),
                p.participantIds().stream().map(String::valueOf).toList(), "", String.valueOf(p.facilitated()), "",
                p.kind().visit() ? "HAPPENED" : "", p.note() == null ? "" : p.note(), "", String.valueOf(p.version())));
    }

    @PostMapping("/cases/{id}/planned-contacts/{planId}/contact")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String record(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") ContactForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            plans.recordHappened(id, planId, new PlannedContactInputs.Happened(Forms.integer("version", form.version(),
                    new ArrayList<>()), ContactController.input(form), form.overrideReason()), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "contact.logged");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            ContactController.showRefusal(model, e);
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("kind", e.getMessage())));
        }
        return record(model, cases.view(id, CurrentUsers.require()), planId, form);
    }

    private String record(Model model, CaseView c, long planId, ContactForm form) {
        model.addAttribute("formAction", "/cases/" + c.id() + "/planned-contacts/" + planId + "/contact");
        return ContactController.contactForm(model, c, form, forms);
    }

    private static PlannedContactInputs.Plan input(PlanForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        var at = ContactController.dateTime(form.date(), form.time(), problems);
        Integer version = Forms.integer("version", form.version(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PlannedContactInputs.Plan(Forms.choice(ContactKind.class, form.kind()), at,
                ContactController.ids(form.participantIds()), "true".equals(form.facilitated()), form.note(), version,
                form.overrideReason());
    }

    private String plan(Model model, CaseView c, PlannedContactView existing, PlanForm form) {
        model.addAttribute("c", c);
        model.addAttribute("plan", existing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", forms.options(ContactKind.class, "contact.kind."));
        model.addAttribute("family", c.familyMembers().stream()
                .map(f -> new Option(String.valueOf(f.personId()), f.name())).toList());
        model.addAttribute("yesNo", List.of(new Option("true", forms.label("form.yes")),
                new Option("false", forms.label("form.no"))));
        return PLAN_VIEW;
    }

    private String cancel(Model model, CaseView c, PlannedContactView p, CancelForm form) {
        model.addAttribute("c", c);
        model.addAttribute("plan", p);
        model.addAttribute("form", form);
        return CANCEL_VIEW;
    }
}
