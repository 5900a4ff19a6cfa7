package org.familyties.safeguarding.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.safeguarding.AgencyContactInput;
import org.familyties.safeguarding.AgencyRole;
import org.familyties.safeguarding.CaseSafeguarding;
import org.familyties.safeguarding.Chronology;
import org.familyties.safeguarding.ConcernCategory;
import org.familyties.safeguarding.ConcernInput;
import org.familyties.safeguarding.ConcernStatus;
import org.familyties.safeguarding.ConcernUpdate;
import org.familyties.safeguarding.Concerns;
import org.familyties.safeguarding.Liaison;
import org.familyties.safeguarding.LiaisonInput;
import org.familyties.safeguarding.LiaisonKind;
import org.familyties.safeguarding.NeedToKnowException;
import org.familyties.safeguarding.ReferralAgency;
import org.familyties.safeguarding.RestrictionInput;
import org.familyties.safeguarding.RestrictionSource;
import org.familyties.safeguarding.RestrictionType;
import org.familyties.safeguarding.Restrictions;
import org.familyties.safeguarding.Safeguarding;
import org.familyties.safeguarding.SafeguardingAccess;
import org.familyties.safeguarding.SafeguardingReports;
import org.familyties.safeguarding.SharingBasis;
import org.familyties.family.NetworkDiagram;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The safeguarding pages of a case, the safeguarding lead's work list and the reports (post/redirect/get). */
@Controller
class SafeguardingController {

    static final String CASE_VIEW = "safeguarding/case";
    static final String RESTRICTION_VIEW = "safeguarding/restriction-form";
    static final String CONCERN_VIEW = "safeguarding/concern-form";
    static final String CONCERN_UPDATE_VIEW = "safeguarding/concern-update-form";
    static final String AGENCY_VIEW = "safeguarding/agency-form";
    static final String LIAISON_VIEW = "safeguarding/liaison-form";
    static final String WORK_LIST_VIEW = "safeguarding/work-list";
    static final String REPORTS_VIEW = "safeguarding/reports";
    static final String CHRONOLOGY_VIEW = "safeguarding/chronology";

    private final Cases cases;
    private final Safeguarding safeguarding;
    private final Restrictions restrictions;
    private final Concerns concerns;
    private final Liaison liaison;
    private final SafeguardingAccess access;
    private final SafeguardingReports reports;
    private final Chronology chronology;
    private final ChronologyPdf chronologyPdf;
    private final FormValues forms;
    private final MessageSource messages;

    SafeguardingController(Cases cases, Safeguarding safeguarding, Restrictions restrictions, Concerns concerns,
                           Liaison liaison, SafeguardingAccess access, SafeguardingReports reports,
                           Chronology chronology, ChronologyPdf chronologyPdf, FormValues forms,
                           MessageSource messages) {
        this.chronologyPdf = chronologyPdf;
        this.messages = messages;
        this.cases = cases;
        this.safeguarding = safeguarding;
        this.restrictions = restrictions;
        this.concerns = concerns;
        this.liaison = liaison;
        this.access = access;
        this.reports = reports;
        this.chronology = chronology;
        this.forms = forms;
    }

    record ReasonForm(String reason) {
    }

    record RestrictionForm(String familyPersonId, String type, String source, String startsOn, String endsOn,
                           String reviewOn, String documentReference, String details) {
    }

    record ConcernForm(String subjectPersonId, String raisedBy, String raisedOn, String category, String description,
                       String peopleInvolved, String immediateActions) {
    }

    record ConcernUpdateForm(String status, String referredTo, String referredOn, String outcome, String followUpOn,
                             String version) {
    }

    record AgencyForm(String childPersonId, String role, String name, String organisation, String phone, String email) {
    }

    record LiaisonForm(String agencyContactId, String childPersonId, String kind, String heldOn, String summary,
                       String sharedWhat, String sharedWith, String basis) {
    }

    /** Without need-to-know, a safeguarding page shows what exists and how to get access. */
    @ExceptionHandler(NeedToKnowException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String restricted(NeedToKnowException e, Model model) {
        return casePage(e.caseId(), model, null, null);
    }

    // ---- the case's safeguarding page

    @GetMapping("/cases/{id}/safeguarding")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String forCase(@PathVariable long id, Model model) {
        return casePage(id, model, null, null);
    }

    private String casePage(long id, Model model, String problemField, List<FieldProblem> problems) {
        var user = CurrentUsers.require();
        CaseView c = cases.view(id, user);
        CaseSafeguarding records = safeguarding.forCase(id, user);
        model.addAttribute("c", c);
        model.addAttribute("sg", records);
        model.addAttribute("children", c.familyMembers());
        if (!records.restricted()) {
            model.addAttribute("networkSvg", network(c, records));
        }
        if (problems != null) {
            FormValues.showProblems(model, problems);
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReasonForm(""));
        }
        return CASE_VIEW;
    }

    /** The family network with each person's restrictions in force today hung on their node. */
    private String network(CaseView c, CaseSafeguarding records) {
        java.time.LocalDate today = java.time.LocalDate.now(UkTime.ZONE);
        List<String> described = new ArrayList<>();
        List<NetworkDiagram.Node> nodes = c.clients().stream().map(cl -> {
            String role = cl.relationToPrisoner() == null ? msg("client.role.PRISONER")
                    : msg("family.role." + cl.relationToPrisoner().name());
            List<String> kinds = records.restrictions().stream().filter(r -> r.appliesOn(today))
                    .filter(r -> r.familyPersonId() == null
                            ? cl.relationToPrisoner() != null && (cl.age() == null ? cl.relationToPrisoner().name().equals("CHILD") : cl.age() < 18)
                            : r.familyPersonId() == cl.personId())
                    .map(r -> msg("sg.restriction.type." + r.type().name())).distinct().toList();
            if (kinds.isEmpty()) {
                return new NetworkDiagram.Node(cl.personId(), cl.name(), role);
            }
            described.add(msg("sg.network.person", cl.name(), String.join(", ", kinds)));
            return new NetworkDiagram.Node(cl.personId(), cl.name(), msg("sg.network.restricted", role,
                    String.join(", ", kinds)));
        }).toList();
        return NetworkDiagram.render(c.prisonerPersonId(), nodes, c.relationships(),
                k -> msg("relationship.kind." + k.name()), msg("sg.network.title"),
                msg("sg.network.desc", c.prisonerName()) + (described.isEmpty() ? msg("sg.network.none")
                        : String.join(" ", described)));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, java.util.Locale.UK);
    }

    @PostMapping("/cases/{id}/safeguarding/break-glass")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String breakGlass(@PathVariable long id, @ModelAttribute("form") ReasonForm form, Model model,
                      RedirectAttributes redirect) {
        try {
            access.breakGlass(id, form.reason(), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.access.brokeGlass");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            return casePage(id, model, null, e.problems());
        } catch (ConflictException e) {
            return casePage(id, model, null, List.of(new FieldProblem("reason", e.getMessage())));
        }
    }

    @PostMapping("/cases/{id}/safeguarding/access-requests")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String requestAccess(@PathVariable long id, @ModelAttribute("form") ReasonForm form, Model model,
                         RedirectAttributes redirect) {
        try {
            access.request(id, form.reason(), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.access.requested");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            return casePage(id, model, null, e.problems());
        } catch (ConflictException e) {
            return casePage(id, model, null, List.of(new FieldProblem("reason", e.getMessage())));
        }
    }

    // ---- restrictions

    @GetMapping("/cases/{id}/safeguarding/restrictions/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String restrictionForm(@PathVariable long id, Model model) {
        access.requireForChange(id, CurrentUsers.require());
        return restriction(model, id, new RestrictionForm("", "", "", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/safeguarding/restrictions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String restrict(@PathVariable long id, @ModelAttribute("form") RestrictionForm form, Model model,
                    RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var starts = FormValues.date("startsOn", form.startsOn(), problems);
            var ends = FormValues.date("endsOn", form.endsOn(), problems);
            var review = FormValues.date("reviewOn", form.reviewOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            restrictions.add(id, new RestrictionInput(FormValues.id(form.familyPersonId()),
                    FormValues.choice(RestrictionType.class, form.type()),
                    FormValues.choice(RestrictionSource.class, form.source()), starts, ends, review,
                    form.documentReference(), form.details()), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.restriction.saved");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            FormValues.showProblems(model, e.problems());
        }
        return restriction(model, id, form);
    }

    private String restriction(Model model, long id, RestrictionForm form) {
        CaseView c = cases.view(id, CurrentUsers.require());
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("family", family(c));
        model.addAttribute("types", forms.options(RestrictionType.class, "sg.restriction.type."));
        model.addAttribute("sources", forms.options(RestrictionSource.class, "sg.restriction.source."));
        return RESTRICTION_VIEW;
    }

    private static List<Option> family(CaseView c) {
        return c.familyMembers().stream().map(f -> new Option(String.valueOf(f.personId()), f.name())).toList();
    }

    // ---- concerns

    @GetMapping("/cases/{id}/safeguarding/concerns/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String concernForm(@PathVariable long id, Model model) {
        access.requireForChange(id, CurrentUsers.require());
        return concern(model, id, new ConcernForm("", "", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/safeguarding/concerns")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String raise(@PathVariable long id, @ModelAttribute("form") ConcernForm form, Model model,
                 RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var raised = FormValues.date("raisedOn", form.raisedOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            concerns.raise(id, new ConcernInput(FormValues.id(form.subjectPersonId()), form.raisedBy(), raised,
                    FormValues.choice(ConcernCategory.class, form.category()), form.description(),
                    form.peopleInvolved(), form.immediateActions()), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.concern.saved");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            FormValues.showProblems(model, e.problems());
        }
        return concern(model, id, form);
    }

    private String concern(Model model, long id, ConcernForm form) {
        CaseView c = cases.view(id, CurrentUsers.require());
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        List<Option> people = new ArrayList<>(family(c));
        people.add(0, new Option(String.valueOf(c.prisonerPersonId()), c.prisonerName()));
        model.addAttribute("people", people);
        model.addAttribute("categories", forms.options(ConcernCategory.class, "concern.category."));
        return CONCERN_VIEW;
    }

    @GetMapping("/cases/{id}/safeguarding/concerns/{concernId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String concernUpdateForm(@PathVariable long id, @PathVariable long concernId, Model model) {
        var user = CurrentUsers.require();
        access.requireForChange(id, user);
        var concern = concerns.forCase(id, user).stream().filter(x -> x.id() == concernId).findFirst()
                .orElseThrow(() -> new org.familyties.shared.RecordNotFoundException(Concerns.RECORD_TYPE, concernId));
        return concernUpdate(model, id, concernId, new ConcernUpdateForm(concern.status().name(),
                concern.referredTo() == null ? "" : concern.referredTo().name(),
                concern.referredOn() == null ? "" : concern.referredOn().toString(),
                concern.outcome() == null ? "" : concern.outcome(),
                concern.followUpOn() == null ? "" : concern.followUpOn().toString(), String.valueOf(concern.version())));
    }

    @PostMapping("/cases/{id}/safeguarding/concerns/{concernId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String updateConcern(@PathVariable long id, @PathVariable long concernId,
                         @ModelAttribute("form") ConcernUpdateForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var referred = FormValues.date("referredOn", form.referredOn(), problems);
            var followUp = FormValues.date("followUpOn", form.followUpOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            concerns.update(id, concernId, new ConcernUpdate(FormValues.choice(ConcernStatus.class, form.status()),
                    FormValues.choice(ReferralAgency.class, form.referredTo()), referred, form.outcome(), followUp,
                    FormValues.integer(form.version())), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.concern.updated");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            FormValues.showProblems(model, e.problems());
        } catch (ConflictException e) {
            FormValues.showProblems(model, List.of(new FieldProblem("status", e.getMessage())));
        }
        return concernUpdate(model, id, concernId, form);
    }

    private String concernUpdate(Model model, long id, long concernId, ConcernUpdateForm form) {
        model.addAttribute("c", cases.view(id, CurrentUsers.require()));
        model.addAttribute("concernId", concernId);
        model.addAttribute("form", form);
        model.addAttribute("statuses", forms.options(ConcernStatus.class, "concern.status."));
        model.addAttribute("agencies", forms.options(ReferralAgency.class, "concern.referredTo."));
        return CONCERN_UPDATE_VIEW;
    }

    // ---- agency liaison

    @GetMapping("/cases/{id}/safeguarding/agencies/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String agencyForm(@PathVariable long id, Model model) {
        access.requireForChange(id, CurrentUsers.require());
        return agency(model, id, new AgencyForm("", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/safeguarding/agencies")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addAgency(@PathVariable long id, @ModelAttribute("form") AgencyForm form, Model model,
                     RedirectAttributes redirect) {
        try {
            liaison.addAgency(id, new AgencyContactInput(FormValues.id(form.childPersonId()),
                    FormValues.choice(AgencyRole.class, form.role()), form.name(), form.organisation(), form.phone(),
                    form.email()), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.agency.saved");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            FormValues.showProblems(model, e.problems());
        }
        return agency(model, id, form);
    }

    private String agency(Model model, long id, AgencyForm form) {
        CaseView c = cases.view(id, CurrentUsers.require());
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("family", family(c));
        model.addAttribute("roles", forms.options(AgencyRole.class, "sg.agency.role."));
        return AGENCY_VIEW;
    }

    @GetMapping("/cases/{id}/safeguarding/liaison/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String liaisonForm(@PathVariable long id, Model model) {
        access.requireForChange(id, CurrentUsers.require());
        return liaisonPage(model, id, new LiaisonForm("", "", "", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/safeguarding/liaison")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String recordLiaison(@PathVariable long id, @ModelAttribute("form") LiaisonForm form, Model model,
                         RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var held = FormValues.date("heldOn", form.heldOn(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            liaison.record(id, new LiaisonInput(FormValues.id(form.agencyContactId()), FormValues.id(form.childPersonId()),
                    FormValues.choice(LiaisonKind.class, form.kind()), held, form.summary(), form.sharedWhat(),
                    form.sharedWith(), FormValues.choice(SharingBasis.class, form.basis())), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "sg.liaison.saved");
            return "redirect:/cases/" + id + "/safeguarding";
        } catch (InvalidInputException e) {
            FormValues.showProblems(model, e.problems());
        }
        return liaisonPage(model, id, form);
    }

    private String liaisonPage(Model model, long id, LiaisonForm form) {
        var user = CurrentUsers.require();
        CaseView c = cases.view(id, user);
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("family", family(c));
        model.addAttribute("agencies", liaison.agencies(id, user).stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()
                        + (a.organisation() == null ? "" : ", " + a.organisation()))).toList());
        model.addAttribute("kinds", forms.options(LiaisonKind.class, "sg.liaison.kind."));
        model.addAttribute("bases", forms.options(SharingBasis.class, "sg.liaison.basis."));
        return LIAISON_VIEW;
    }

    // ---- chronology

    @GetMapping("/cases/{id}/safeguarding/chronology/{personId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String chronology(@PathVariable long id, @PathVariable long personId,
                      @RequestParam(required = false) String download, Model model, HttpServletResponse response) {
        model.addAttribute("chronology", chronology.forChild(id, personId, CurrentUsers.require()));
        model.addAttribute("exported", "html".equals(download));
        if ("html".equals(download)) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronology-case-" + id
                    + "-person-" + personId + ".html\"");
        }
        return CHRONOLOGY_VIEW;
    }

    /** The chronology as PDF; reading it is audited as for the page and the HTML download. */
    @GetMapping("/cases/{id}/safeguarding/chronology/{personId}/pdf")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    ResponseEntity<byte[]> chronologyPdf(@PathVariable long id, @PathVariable long personId) {
        var user = CurrentUsers.require();
        byte[] pdf = chronologyPdf.render(chronology.forChild(id, personId, user), user.username());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronology-case-" + id + "-person-"
                        + personId + ".pdf\"").body(pdf);
    }

    // ---- the lead's work list and the reports

    @GetMapping("/safeguarding")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    String workList(Model model) {
        model.addAttribute("work", safeguarding.workList(CurrentUsers.require()));
        return WORK_LIST_VIEW;
    }

    @PostMapping("/safeguarding/access-requests/{grantId}/approve")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    String approve(@PathVariable long grantId, RedirectAttributes redirect) {
        access.decideRequest(grantId, true, CurrentUsers.require());
        redirect.addFlashAttribute("notice", "sg.access.approved");
        return "redirect:/safeguarding";
    }

    @PostMapping("/safeguarding/access-requests/{grantId}/refuse")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    String refuse(@PathVariable long grantId, RedirectAttributes redirect) {
        access.decideRequest(grantId, false, CurrentUsers.require());
        redirect.addFlashAttribute("notice", "sg.access.refused");
        return "redirect:/safeguarding";
    }

    @PostMapping("/safeguarding/break-glass/{grantId}/acknowledge")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    String acknowledge(@PathVariable long grantId, RedirectAttributes redirect) {
        access.acknowledge(grantId, CurrentUsers.require());
        redirect.addFlashAttribute("notice", "sg.access.acknowledged");
        return "redirect:/safeguarding";
    }

    @GetMapping("/safeguarding/reports")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    String reports(Model model) {
        model.addAttribute("report", reports.report(CurrentUsers.require()));
        return REPORTS_VIEW;
    }
}
