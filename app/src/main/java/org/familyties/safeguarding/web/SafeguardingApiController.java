package org.familyties.safeguarding.web;

import java.util.List;

import org.familyties.casework.ContactInput;
import org.familyties.casework.ContactView;
import org.familyties.casework.Contacts;
import org.familyties.safeguarding.AccessGrant;
import org.familyties.safeguarding.AgencyContact;
import org.familyties.safeguarding.AgencyContactInput;
import org.familyties.safeguarding.CaseSafeguarding;
import org.familyties.safeguarding.Chronology;
import org.familyties.safeguarding.Concern;
import org.familyties.safeguarding.ConcernInput;
import org.familyties.safeguarding.ConcernUpdate;
import org.familyties.safeguarding.Concerns;
import org.familyties.safeguarding.Liaison;
import org.familyties.safeguarding.LiaisonEntry;
import org.familyties.safeguarding.LiaisonInput;
import org.familyties.safeguarding.NeedToKnowException;
import org.familyties.safeguarding.Restriction;
import org.familyties.safeguarding.RestrictionInput;
import org.familyties.safeguarding.Restrictions;
import org.familyties.safeguarding.Safeguarding;
import org.familyties.safeguarding.SafeguardingAccess;
import org.familyties.safeguarding.SafeguardingReports;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The safeguarding API: need-to-know records of a case, overrides, access, the work list and reports. */
@RestController
class SafeguardingApiController {

    private final Safeguarding safeguarding;
    private final Restrictions restrictions;
    private final Concerns concerns;
    private final Liaison liaison;
    private final SafeguardingAccess access;
    private final SafeguardingReports reports;
    private final Chronology chronology;
    private final Contacts contacts;

    SafeguardingApiController(Safeguarding safeguarding, Restrictions restrictions, Concerns concerns, Liaison liaison,
                              SafeguardingAccess access, SafeguardingReports reports, Chronology chronology,
                              Contacts contacts) {
        this.safeguarding = safeguarding;
        this.restrictions = restrictions;
        this.concerns = concerns;
        this.liaison = liaison;
        this.access = access;
        this.reports = reports;
        this.chronology = chronology;
        this.contacts = contacts;
    }

    record Reason(String reason) {
    }

    record OverriddenContact(ContactInput contact, String reason) {
    }

    record Decision(Boolean approve) {
    }

    @ExceptionHandler(NeedToKnowException.class)
    ProblemDetail needToKnow(NeedToKnowException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Restricted safeguarding records");
        problem.setProperty("caseId", e.caseId());
        return problem;
    }

    @GetMapping("/api/v1/cases/{id}/safeguarding")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    CaseSafeguarding forCase(@PathVariable long id) {
        return safeguarding.forCase(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/safeguarding/restrictions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<Restriction> restrictions(@PathVariable long id) {
        return restrictions.forCase(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/restrictions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    Restriction restrict(@PathVariable long id, @RequestBody RestrictionInput input) {
        return restrictions.add(id, input, CurrentUsers.require());
    }

    /** Logs a contact that a restriction would refuse, overriding it with a reason (safeguarding leads only). */
    @PostMapping("/api/v1/cases/{id}/safeguarding/overridden-contacts")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    ContactView override(@PathVariable long id, @RequestBody OverriddenContact input) {
        return contacts.log(id, input.contact(), input.reason(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/safeguarding/concerns")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<Concern> concerns(@PathVariable long id) {
        return concerns.forCase(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/concerns")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    Concern raise(@PathVariable long id, @RequestBody ConcernInput input) {
        return concerns.raise(id, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/concerns/{concernId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    Concern updateConcern(@PathVariable long id, @PathVariable long concernId, @RequestBody ConcernUpdate input) {
        return concerns.update(id, concernId, input, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/agencies")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    AgencyContact addAgency(@PathVariable long id, @RequestBody AgencyContactInput input) {
        return liaison.addAgency(id, input, CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/safeguarding/liaison")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<LiaisonEntry> liaison(@PathVariable long id) {
        return liaison.log(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/liaison")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    LiaisonEntry recordLiaison(@PathVariable long id, @RequestBody LiaisonInput input) {
        return liaison.record(id, input, CurrentUsers.require());
    }

    @GetMapping("/api/v1/cases/{id}/safeguarding/chronology/{personId}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<Chronology.Entry> chronology(@PathVariable long id, @PathVariable long personId) {
        return chronology.forChild(id, personId, CurrentUsers.require()).entries();
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/break-glass")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    AccessGrant breakGlass(@PathVariable long id, @RequestBody Reason input) {
        return access.breakGlass(id, input.reason(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/cases/{id}/safeguarding/access-requests")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    AccessGrant requestAccess(@PathVariable long id, @RequestBody Reason input) {
        return access.request(id, input.reason(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/safeguarding/access-requests/{grantId}/decision")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    AccessGrant decide(@PathVariable long grantId, @RequestBody Decision input) {
        if (input.approve() == null) {
            throw InvalidInputException.of("approve", "Say whether the request is approved: true or false");
        }
        return access.decideRequest(grantId, input.approve(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/safeguarding/break-glass/{grantId}/acknowledgement")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    AccessGrant acknowledge(@PathVariable long grantId) {
        return access.acknowledge(grantId, CurrentUsers.require());
    }

    @GetMapping("/api/v1/safeguarding/work-list")
    @PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
    Safeguarding.WorkList workList() {
        return safeguarding.workList(CurrentUsers.require());
    }

    @GetMapping("/api/v1/safeguarding/reports")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    SafeguardingReports.Report report() {
        return reports.report(CurrentUsers.require());
    }
}
