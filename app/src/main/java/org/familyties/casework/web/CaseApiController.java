package org.familyties.casework.web;

import java.util.List;

import org.familyties.casework.CaseInputs;
import org.familyties.casework.CaseSummary;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.family.RelationshipView;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases as JSON; every change carries the case version the client read (409 if it is stale). */
@RestController
class CaseApiController {

    private final Cases cases;

    CaseApiController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/v1/cases")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    ResponseEntity<List<CaseSummary>> caseload(@RequestParam(defaultValue = "false") boolean mine,
                                               @RequestParam(required = false) String after) {
        var page = cases.caseloadPage(CurrentUsers.require(), mine, after);
        return NextLink.ok(page.cases(), page.next());
    }

    @GetMapping("/api/v1/cases/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView view(@PathVariable long id) {
        return cases.view(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/allocation")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView allocate(@PathVariable long id, @RequestBody CaseInputs.Allocation input) {
        return cases.allocate(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/family-members")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView addFamilyMember(@PathVariable long id, @RequestBody CaseInputs.FamilyMember input) {
        return cases.addFamilyMember(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/relationships")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    RelationshipView relate(@PathVariable long id, @RequestBody CaseInputs.Relation input) {
        return cases.relate(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/assessments")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView assess(@PathVariable long id, @RequestBody CaseInputs.AssessmentInput input) {
        return cases.assess(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/goals")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView addGoal(@PathVariable long id, @RequestBody CaseInputs.GoalInput input) {
        return cases.addGoal(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/status")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView changeStatus(@PathVariable long id, @RequestBody CaseInputs.StatusInput input) {
        return cases.changeStatus(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/reviews")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView review(@PathVariable long id, @RequestBody CaseInputs.ReviewInput input) {
        return cases.review(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/closure")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView close(@PathVariable long id, @RequestBody CaseInputs.Closure input) {
        return cases.close(id, input, CurrentUsers.require());
    }

    /** The person moved prison (the case moves with them) or was released (the case closes or is handed over). */
    @PostMapping("/api/v1/cases/{id}/moves")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    void move(@PathVariable long id, @RequestBody CaseInputs.Move input) {
        cases.recordMove(id, input, CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/custody")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    org.familyties.people.CustodyRecord custody(@PathVariable long id) {
        return cases.custody(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/sentence")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseView recordSentence(@PathVariable long id, @RequestBody CaseInputs.Sentence input) {
        return cases.recordSentence(id, input, CurrentUsers.require());
    }
}
