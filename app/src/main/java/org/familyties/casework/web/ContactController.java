package org.familyties.casework.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.ContactInput;
import org.familyties.casework.ContactKind;
import org.familyties.casework.ContactOutcome;
import org.familyties.casework.Contacts;
import org.familyties.casework.IncentiveLevel;
import org.familyties.casework.RestrictionInput;
import org.familyties.casework.RestrictionKind;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging family contact and contact restrictions on a case. */
@Controller
class ContactController {

    static final String CONTACT_VIEW = "casework/contact-form";
    static final String RESTRICTION_VIEW = "casework/restriction-form";

    private final Cases cases;
    private final Contacts contacts;
    private final Forms forms;

    ContactController(Cases cases, Contacts contacts, Forms forms) {
        this.cases = cases;
        this.contacts = contacts;
        this.forms = forms;
    }

    /** {@code version} is set only when recording a planned contact: the version of the plan. */
    record ContactForm(String kind, String date, String time, List<String> participantIds, String durationMinutes,
                       String facilitated, String quality, String outcome, String note, String overrideReason,
                       String version) {
    }

    record RestrictionForm(String personId, String kind, String incentiveLevel, String startedOn, String endedOn,
                           String reason) {
    }

    @GetMapping("/cases/{id}/contacts/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String contactForm(@PathVariable long id, Model model) {
        return contact(model, cases.view(id, CurrentUsers.require()),
                new ContactForm("", "", "", List.of(), "", "", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String log(@PathVariable long id, @ModelAttribute("form") ContactForm form, Model model, RedirectAttributes redirect) {
        try {
            contacts.log(id, input(form), form.overrideReason(), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "contact.logged");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            showRefusal(model, e);
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("kind", e.getMessage())));
        }
        return contact(model, cases.view(id, CurrentUsers.require()), form);
    }

    /** The problems, and whether a safeguarding lead may override a restriction that refused the contact. */
    static void showRefusal(Model model, InvalidInputException e) {
        Forms.showProblems(model, e.problems());
        model.addAttribute("canOverride", CurrentUsers.require().has(Role.SAFEGUARDING_LEAD)
                && e.problems().stream().anyMatch(p -> "overrideReason".equals(p.field())));
    }

    static LocalDateTime dateTime(String date, String time, List<FieldProblem> problems) {
        var day = Forms.date("date", date, problems);
        LocalTime at = FormInput.time("time", time, problems);
        return day == null ? null : LocalDateTime.of(day, at == null ? LocalTime.NOON : at);
    }

    static List<Long> ids(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Forms::id).toList();
    }

    static ContactInput input(ContactForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime at = dateTime(form.date(), form.time(), problems);
        var minutes = Forms.integer("durationMinutes", form.durationMinutes(), problems);
        var quality = Forms.integer("quality", form.quality(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ContactInput(Forms.choice(ContactKind.class, form.kind()), at, ids(form.participantIds()), minutes,
                "true".equals(form.facilitated()), quality, Forms.choice(ContactOutcome.class, form.outcome()),
                form.note());
    }

    private String contact(Model model, CaseView c, ContactForm form) {
        return contactForm(model, c, form, forms);
    }

    /** The contact form, also used to record a planned contact as happened. */
    static String contactForm(Model model, CaseView c, ContactForm form, Forms forms) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("kinds", forms.options(ContactKind.class, "contact.kind."));
        model.addAttribute("outcomes", forms.options(ContactOutcome.class, "contact.outcome."));
        model.addAttribute("family", c.familyMembers().stream()
                .map(f -> new Option(String.valueOf(f.personId()), f.name())).toList());
        model.addAttribute("yesNo", List.of(new Option("true", forms.label("form.yes")),
                new Option("false", forms.label("form.no"))));
        model.addAttribute("ratings", IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new Option(String.valueOf(i), forms.label("contact.quality." + i))).toList());
        return CONTACT_VIEW;
    }

    @GetMapping("/cases/{id}/restrictions/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String restrictionForm(@PathVariable long id, Model model) {
        return restriction(model, cases.view(id, CurrentUsers.require()), new RestrictionForm("", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/restrictions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String restrict(@PathVariable long id, @ModelAttribute("form") RestrictionForm form, Model model,
                    RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var started = Forms.date("startedOn", form.startedOn(), problems);
            var ended = Forms.date("endedOn", form.endedOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            contacts.restrict(id, new RestrictionInput(Forms.id(form.personId()),
                    Forms.choice(RestrictionKind.class, form.kind()), Forms.choice(IncentiveLevel.class, form.incentiveLevel()),
                    started, ended, form.reason()), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "restriction.saved");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
        }
        return restriction(model, cases.view(id, CurrentUsers.require()), form);
    }

    private String restriction(Model model, CaseView c, RestrictionForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("family", c.familyMembers().stream()
                .map(f -> new Option(String.valueOf(f.personId()), f.name())).toList());
        model.addAttribute("kinds", forms.options(RestrictionKind.class, "restriction.kind."));
        model.addAttribute("levels", forms.options(IncentiveLevel.class, "restriction.level."));
        return RESTRICTION_VIEW;
    }
}
