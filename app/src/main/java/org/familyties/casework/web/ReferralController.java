package org.familyties.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.DuplicateReferralException;
import org.familyties.casework.NewReferral;
import org.familyties.casework.ReferralSource;
import org.familyties.casework.Referrals;
import org.familyties.casework.TriageDecision;
import org.familyties.casework.Urgency;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ReferralController {

    static final String LIST_VIEW = "casework/referrals";
    static final String FORM_VIEW = "casework/referral-form";
    static final String VIEW = "casework/referral";

    private final Referrals referrals;
    private final Forms forms;

    ReferralController(Referrals referrals, Forms forms) {
        this.referrals = referrals;
        this.forms = forms;
    }

    record ReferralForm(String prisonNumber, String source, String referrerName, String reason, String urgency,
                        String consent, String receivedOn) {
    }

    record TriageForm(String decision, String reason, Integer version) {
    }

    @GetMapping("/referrals")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String waiting(Model model) {
        model.addAttribute("referrals", referrals.waitingList(CurrentUsers.require()));
        return LIST_VIEW;
    }

    @GetMapping("/referrals/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String newReferral(Model model) {
        return form(model, new ReferralForm("", "", "", "", "", "", ""));
    }

    @PostMapping("/referrals")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String submit(@ModelAttribute("form") ReferralForm form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        var receivedOn = Forms.date("receivedOn", form.receivedOn(), problems);
        Boolean consent = form.consent() == null || form.consent().isBlank() ? null : Boolean.valueOf(form.consent());
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var saved = referrals.submit(new NewReferral(form.prisonNumber(), Forms.choice(ReferralSource.class, form.source()),
                    form.referrerName(), form.reason(), Forms.choice(Urgency.class, form.urgency()), consent, receivedOn),
                    CurrentUsers.require());
            redirect.addFlashAttribute("notice", "referral.saved");
            return "redirect:/referrals/" + saved.id();
        } catch (DuplicateReferralException e) {
            model.addAttribute("existingCaseId", e.existingCaseId());
            Forms.showProblems(model, e.problems());
            return form(model, form);
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
            return form(model, form);
        }
    }

    private String form(Model model, ReferralForm form) {
        model.addAttribute("form", form);
        model.addAttribute("sources", forms.options(ReferralSource.class, "referral.source."));
        model.addAttribute("urgencies", forms.options(Urgency.class, "referral.urgency."));
        model.addAttribute("yesNo", List.of(new Option("true", forms.label("form.yes")), new Option("false", forms.label("form.no"))));
        return FORM_VIEW;
    }

    @GetMapping("/referrals/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String referral(@PathVariable long id, Model model) {
        var referral = referrals.view(id, CurrentUsers.require());
        return show(model, referral, new TriageForm("", "", referral.version()));
    }

    @PostMapping("/referrals/{id}/triage")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String triage(@PathVariable long id, @ModelAttribute("form") TriageForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUsers.require();
        try {
            var result = referrals.triage(id, Forms.choice(TriageDecision.class, form.decision()), form.reason(),
                    form.version(), user);
            redirect.addFlashAttribute("notice", "referral.triaged." + result.status().name());
            return result.caseId() != null ? "redirect:/cases/" + result.caseId() : "redirect:/referrals";
        } catch (DuplicateReferralException e) {
            model.addAttribute("existingCaseId", e.existingCaseId());
            Forms.showProblems(model, e.problems());
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
        } catch (ConflictException e) {
            Forms.showProblems(model, List.of(new FieldProblem("decision", e.getMessage())));
        }
        var referral = referrals.view(id, user);
        return show(model, referral, new TriageForm(form.decision(), form.reason(), referral.version()));
    }

    private String show(Model model, org.familyties.casework.ReferralView referral, TriageForm form) {
        model.addAttribute("referral", referral);
        model.addAttribute("form", form);
        model.addAttribute("decisions", forms.options(TriageDecision.class, "referral.decision."));
        return VIEW;
    }
}
