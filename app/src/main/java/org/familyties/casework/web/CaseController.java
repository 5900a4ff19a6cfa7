package org.familyties.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.CaseFile;
import org.familyties.casework.CaseFiles;
import org.familyties.casework.CaseInputs;
import org.familyties.casework.CaseStatus;
import org.familyties.casework.CaseView;
import org.familyties.casework.ClosureReason;
import org.familyties.casework.HandoverTo;
import org.familyties.casework.ReleaseDecision;
import org.familyties.casework.Cases;
import org.familyties.casework.ClientView;
import org.familyties.casework.FamilyRole;
import org.familyties.family.NetworkDiagram;
import org.familyties.family.RelationshipKind;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caseload, the case page and the forms that change a case (post/redirect/get). */
@Controller
class CaseController {

    static final String CASELOAD_VIEW = "casework/caseload";
    static final String VIEW = "casework/case";
    static final String ALLOCATION_VIEW = "casework/allocation-form";
    static final String FAMILY_MEMBER_VIEW = "casework/family-member-form";
    static final String RELATIONSHIP_VIEW = "casework/relationship-form";
    static final String ASSESSMENT_VIEW = "casework/assessment-form";
    static final String GOAL_VIEW = "casework/goal-form";
    static final String REVIEW_VIEW = "casework/review-form";
    static final String CLOSURE_VIEW = "casework/closure-form";
    static final String MOVE_VIEW = "casework/move-form";
    static final String SENTENCE_VIEW = "casework/sentence-form";

    private final Cases cases;
    private final CaseFiles caseFiles;
    private final Forms forms;
    private final MessageSource messages;

    CaseController(Cases cases, CaseFiles caseFiles, Forms forms, MessageSource messages) {
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.forms = forms;
        this.messages = messages;
    }

    record AllocationForm(String userId, Integer version) {
    }

    record FamilyMemberForm(String givenName, String familyName, String dateOfBirth, String age, String role,
                            Integer version) {
    }

    record RelationshipForm(String fromPersonId, String toPersonId, String kind, String startedOn, String endedOn,
                            Integer version) {
    }

    /** Unticked boxes are not sent at all, so the flags are nullable and null means no. */
    record AssessmentForm(String assessedOn, String travelDistanceKm, String travelCostPounds,
                          Boolean relationshipConflict, Boolean childUnaware, Boolean courtOrders,
                          Boolean childrensServices, Boolean prisonerMentalHealth, Boolean visitsBookingDifficulty,
                          Boolean literacy, Boolean language, String notes, Integer version) {
    }

    record GoalForm(String clientPersonId, String description, String targetDate, Integer version) {
    }

    record ReviewForm(String heldOn, String summary, String nextReviewDue, Integer version) {
    }

    record ClosureForm(String closedOn, String reason, String note, Boolean confirmOpenTasks, Integer version) {
    }

    // ---- caseload and case page

    @GetMapping("/cases")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String caseload(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String after,
                    Model model) {
        var page = cases.caseloadPage(CurrentUsers.require(), mine, after);
        model.addAttribute("cases", page.cases());
        model.addAttribute("total", page.total());
        model.addAttribute("next", page.next());
        model.addAttribute("after", after == null || after.isBlank() ? null : after);
        model.addAttribute("mine", mine);
        return CASELOAD_VIEW;
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String view(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
        CaseFile file = caseFiles.read(id, after, CurrentUsers.require());
        CaseView c = file.caseView();
        model.addAttribute("c", c);
        model.addAttribute("networkSvg", network(c));
        model.addAttribute("names", c.clients().stream()
                .collect(java.util.stream.Collectors.toMap(ClientView::personId, ClientView::name)));
        model.addAttribute("contacts", file.contacts().contacts());
        model.addAttribute("contactsNext", file.contacts().next());
        model.addAttribute("contactsAfter", after == null || after.isBlank() ? null : after);
        model.addAttribute("planned", file.planned());
        model.addAttribute("restrictions", file.restrictions());
        model.addAttribute("notes", file.notes());
        model.addAttribute("tasks", file.tasks());
        model.addAttribute("outcomes", file.outcomes());
        model.addAttribute("custody", file.custody());
        model.addAttribute("outcomeChange", file.outcomeChange());
        var frequency = file.frequency();
        model.addAttribute("frequency", frequency);
        model.addAttribute("frequencySvg", BarChart.render("contact-chart", msg("contacts.chart.title"),
                msg("contacts.chart.desc"), frequency.months().stream()
                        .map(m -> m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK) + " "
                                + String.valueOf(m.getYear()).substring(2)).toList(),
                frequency.countsByPerson()));
        return VIEW;
    }

    private String network(CaseView c) {
        List<NetworkDiagram.Node> nodes = c.clients().stream().map(cl -> new NetworkDiagram.Node(cl.personId(), cl.name(),
                detail(cl))).toList();
        return NetworkDiagram.render(c.prisonerPersonId(), nodes, c.relationships(),
                k -> msg("relationship.kind." + k.name()), msg("network.title"),
                msg("network.desc", c.prisonerName(), c.clients().size() - 1));
    }

    private String detail(ClientView cl) {
        String role = cl.relationToPrisoner() == null ? msg("client.role.PRISONER")
                : msg("family.role." + cl.relationToPrisoner().name());
        return cl.age() == null ? role : msg("network.roleAge", role, cl.age());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.UK);
    }

    // ---- allocation

    @GetMapping("/cases/{id}/allocation")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String allocationForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return allocation(model, c, new AllocationForm(c.allocatedUserId() == null ? "" : c.allocatedUserId().toString(),
                c.version()));
    }

    @PostMapping("/cases/{id}/allocation")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String allocate(@PathVariable long id, @ModelAttribute("form") AllocationForm form, Model model,
                    RedirectAttributes redirect) {
        return change(id, "userId", model, redirect, "case.allocated",
                () -> cases.allocate(id, new CaseInputs.Allocation(Forms.id(form.userId()), form.version()),
                        CurrentUsers.require()),
                c -> allocation(model, c, form));
    }

    private String allocation(Model model, CaseView c, AllocationForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("staff", cases.allocatable(c.id(), CurrentUsers.require()).stream()
                .map(s -> new Option(String.valueOf(s.id()), s.displayName())).toList());
        return ALLOCATION_VIEW;
    }

    // ---- family members and relationships

    @GetMapping("/cases/{id}/family-members/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String familyMemberForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return familyMember(model, c, new FamilyMemberForm("", "", "", "", "", c.version()));
    }

    @PostMapping("/cases/{id}/family-members")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addFamilyMember(@PathVariable long id, @ModelAttribute("form") FamilyMemberForm form, Model model,
                           RedirectAttributes redirect) {
        return change(id, "givenName", model, redirect, "case.familyMemberAdded", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var dob = Forms.date("dateOfBirth", form.dateOfBirth(), problems);
            var age = Forms.integer("age", form.age(), problems);
            check(problems);
            return cases.addFamilyMember(id, new CaseInputs.FamilyMember(form.givenName(), form.familyName(), dob, age,
                    Forms.choice(FamilyRole.class, form.role()), form.version()), CurrentUsers.require());
        }, c -> familyMember(model, c, form));
    }

    private String familyMember(Model model, CaseView c, FamilyMemberForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("roles", forms.options(FamilyRole.class, "family.role."));
        return FAMILY_MEMBER_VIEW;
    }

    @GetMapping("/cases/{id}/relationships/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String relationshipForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return relationship(model, c, new RelationshipForm("", "", "", "", "", c.version()));
    }

    @PostMapping("/cases/{id}/relationships")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String relate(@PathVariable long id, @ModelAttribute("form") RelationshipForm form, Model model,
                  RedirectAttributes redirect) {
        return change(id, "fromPersonId", model, redirect, "case.relationshipAdded", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var started = Forms.date("startedOn", form.startedOn(), problems);
            var ended = Forms.date("endedOn", form.endedOn(), problems);
            check(problems);
            cases.relate(id, new CaseInputs.Relation(Forms.id(form.fromPersonId()), Forms.id(form.toPersonId()),
                    Forms.choice(RelationshipKind.class, form.kind()), started, ended, form.version()),
                    CurrentUsers.require());
            return null;
        }, c -> relationship(model, c, form));
    }

    private String relationship(Model model, CaseView c, RelationshipForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("people", clients(c));
        model.addAttribute("kinds", forms.options(RelationshipKind.class, "relationship.kind."));
        return RELATIONSHIP_VIEW;
    }

    private static List<Option> clients(CaseView c) {
        return c.clients().stream().map(cl -> new Option(String.valueOf(cl.personId()), cl.name())).toList();
    }

    // ---- assessment, plan, status, review, closure

    @GetMapping("/cases/{id}/assessment/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String assessmentForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return assessment(model, c, new AssessmentForm("", "", "", false, false, false, false, false, false, false, false,
                "", c.version()));
    }

    @PostMapping("/cases/{id}/assessments")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String assess(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, Model model,
                  RedirectAttributes redirect) {
        return change(id, "assessedOn", model, redirect, "case.assessed", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var on = Forms.date("assessedOn", form.assessedOn(), problems);
            var km = Forms.integer("travelDistanceKm", form.travelDistanceKm(), problems);
            var cost = Forms.money("travelCostPounds", form.travelCostPounds(), problems);
            check(problems);
            return cases.assess(id, new CaseInputs.AssessmentInput(on, km, cost, form.relationshipConflict(),
                    form.childUnaware(), form.courtOrders(), form.childrensServices(), form.prisonerMentalHealth(),
                    form.visitsBookingDifficulty(), form.literacy(), form.language(), form.notes(), form.version()),
                    CurrentUsers.require());
        }, c -> assessment(model, c, form));
    }

    private String assessment(Model model, CaseView c, AssessmentForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        return ASSESSMENT_VIEW;
    }

    @GetMapping("/cases/{id}/goals/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String goalForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return goal(model, c, new GoalForm("", "", "", c.version()));
    }

    @PostMapping("/cases/{id}/goals")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addGoal(@PathVariable long id, @ModelAttribute("form") GoalForm form, Model model, RedirectAttributes redirect) {
        return change(id, "clientPersonId", model, redirect, "case.goalAdded", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var target = Forms.date("targetDate", form.targetDate(), problems);
            check(problems);
            return cases.addGoal(id, new CaseInputs.GoalInput(Forms.id(form.clientPersonId()), form.description(), target,
                    form.version()), CurrentUsers.require());
        }, c -> goal(model, c, form));
    }

    private String goal(Model model, CaseView c, GoalForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("people", clients(c));
        return GOAL_VIEW;
    }

    @PostMapping("/cases/{id}/status")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String changeStatus(@PathVariable long id, @RequestParam String status, @RequestParam Integer version,
                        RedirectAttributes redirect) {
        try {
            cases.changeStatus(id, new CaseInputs.StatusInput(Forms.choice(CaseStatus.class, status), null, version),
                    CurrentUsers.require());
            redirect.addFlashAttribute("notice", "case.statusChanged");
        } catch (ConflictException | OptimisticLockingFailureException | InvalidInputException e) {
            redirect.addFlashAttribute("caseProblem", e instanceof InvalidInputException i
                    ? i.problems().get(0).message() : conflictMessage(id, e));
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id}/reviews/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String reviewForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return review(model, c, new ReviewForm("", "", "", c.version()));
    }

    @PostMapping("/cases/{id}/reviews")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String addReview(@PathVariable long id, @ModelAttribute("form") ReviewForm form, Model model,
                     RedirectAttributes redirect) {
        return change(id, "heldOn", model, redirect, "case.reviewed", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var held = Forms.date("heldOn", form.heldOn(), problems);
            var next = Forms.date("nextReviewDue", form.nextReviewDue(), problems);
            check(problems);
            return cases.review(id, new CaseInputs.ReviewInput(held, form.summary(), next, form.version()),
                    CurrentUsers.require());
        }, c -> review(model, c, form));
    }

    private String review(Model model, CaseView c, ReviewForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        return REVIEW_VIEW;
    }

    @GetMapping("/cases/{id}/closure")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String closureForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return closure(model, c, new ClosureForm("", "", "", false, c.version()));
    }

    @PostMapping("/cases/{id}/closure")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String close(@PathVariable long id, @ModelAttribute("form") ClosureForm form, Model model, RedirectAttributes redirect) {
        return change(id, "reason", model, redirect, "case.closed", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var on = Forms.date("closedOn", form.closedOn(), problems);
            check(problems);
            return cases.close(id, new CaseInputs.Closure(on, Forms.choice(ClosureReason.class, form.reason()), form.note(),
                    form.confirmOpenTasks(), form.version()), CurrentUsers.require());
        }, c -> closure(model, c, form));
    }

    private String closure(Model model, CaseView c, ClosureForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("reasons", forms.options(ClosureReason.class, "closure.reason."));
        return CLOSURE_VIEW;
    }

    record MoveForm(String toPrisonCode, String movedOn, Integer version, String onRelease, String closureReason,
                    String closureNote, String handedToKind, String handedTo, String handedOverOn, String handoverNote) {
    }

    record SentenceForm(String sentenceType, String sentenceStart, String expectedRelease, Integer version) {
    }

    @GetMapping("/cases/{id}/sentence")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String sentenceForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        var custody = cases.custody(id, CurrentUsers.require());
        return sentence(model, c, new SentenceForm(custody.sentenceType() == null ? "" : custody.sentenceType().name(),
                custody.sentenceStart() == null ? "" : custody.sentenceStart().toString(),
                custody.expectedRelease() == null ? "" : custody.expectedRelease().toString(), c.version()));
    }

    @PostMapping("/cases/{id}/sentence")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String recordSentence(@PathVariable long id, @ModelAttribute("form") SentenceForm form, Model model,
                          RedirectAttributes redirect) {
        return change(id, "sentenceType", model, redirect, "case.sentenceSaved", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var start = Forms.date("sentenceStart", form.sentenceStart(), problems);
            var release = Forms.date("expectedRelease", form.expectedRelease(), problems);
            check(problems);
            return cases.recordSentence(id, new CaseInputs.Sentence(Forms.choice(org.familyties.people.SentenceType.class,
                    form.sentenceType()), start, release, form.version()), CurrentUsers.require());
        }, c -> sentence(model, c, form));
    }

    private String sentence(Model model, CaseView c, SentenceForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("types", forms.options(org.familyties.people.SentenceType.class, "sentence.type."));
        return SENTENCE_VIEW;
    }

    @GetMapping("/cases/{id}/moves/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String moveForm(@PathVariable long id, Model model) {
        CaseView c = cases.view(id, CurrentUsers.require());
        return move(model, c, new MoveForm("", "", c.version(), "", "", "", "", "", "", ""));
    }

    @PostMapping("/cases/{id}/moves")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String recordMove(@PathVariable long id, @ModelAttribute("form") MoveForm form, Model model,
                      RedirectAttributes redirect) {
        String result = change(id, "toPrisonCode", model, redirect, "case.moved", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var on = Forms.date("movedOn", form.movedOn(), problems);
            var handedOverOn = Forms.date("handedOverOn", form.handedOverOn(), problems);
            check(problems);
            cases.recordMove(id, new CaseInputs.Move(form.toPrisonCode(), on, form.version(),
                    Forms.choice(ReleaseDecision.class, form.onRelease()),
                    Forms.choice(ClosureReason.class, form.closureReason()), form.closureNote(),
                    Forms.choice(HandoverTo.class, form.handedToKind()), form.handedTo(), handedOverOn,
                    form.handoverNote()), CurrentUsers.require());
            return null;
        }, c -> move(model, c, form));
        // after a transfer the case belongs to another prison's team, so go back to the caseload
        return result.startsWith("redirect:") ? "redirect:/cases" : result;
    }

    private String move(Model model, CaseView c, MoveForm form) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("decisions", forms.options(ReleaseDecision.class, "release.decision."));
        model.addAttribute("reasons", forms.options(ClosureReason.class, "closure.reason.").stream()
                .filter(o -> !ClosureReason.HANDED_OVER.name().equals(o.value())).toList());
        model.addAttribute("handoverKinds", forms.options(HandoverTo.class, "handover.to."));
        return MOVE_VIEW;
    }

    // ---- the shared shape of a change: save and redirect, or show the form again with what is wrong

    interface FormPage {
        String show(CaseView c);
    }

    private String change(long id, String firstField, Model model, RedirectAttributes redirect, String notice,
                          Supplier<Object> action, FormPage page) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems());
        } catch (ConflictException | OptimisticLockingFailureException e) {
            Forms.showProblems(model, List.of(new FieldProblem(firstField, conflictMessage(id, e))));
            model.addAttribute("conflict", true);
        }
        return page.show(cases.view(id, CurrentUsers.require()));
    }

    private static String conflictMessage(long id, RuntimeException e) {
        return e instanceof ConflictException ? e.getMessage()
                : "Someone else changed case " + id + " after you opened it. Nothing was saved: open the case again, "
                + "check their change, then make yours";
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
