package org.familyties.casework.web;

import java.time.LocalDate;
import java.util.List;

import org.familyties.casework.InterventionViews;
import org.familyties.casework.Interventions;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InterventionApiController {

    private final Interventions interventions;

    InterventionApiController(Interventions interventions) {
        this.interventions = interventions;
    }

    record NewSession(LocalDate heldOn, String topic) {
    }

    /** {@code overrideReason}: a safeguarding lead's reason for overriding a restriction that would refuse it. */
    record NewEnrolment(Long caseId, Long personId, String overrideReason) {
    }

    record Attendance(List<Long> attended) {
    }

    @GetMapping("/api/v1/interventions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    List<InterventionViews.Course> courses() {
        return interventions.courses(CurrentUsers.require());
    }

    @PostMapping("/api/v1/interventions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    InterventionViews.Course create(@RequestBody InterventionViews.NewCourse course) {
        return interventions.create(course, CurrentUsers.require());
    }

    @GetMapping("/api/v1/interventions/{id}")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    InterventionViews.Course course(@PathVariable long id) {
        return interventions.course(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/interventions/{id}/sessions")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    InterventionViews.Course addSession(@PathVariable long id, @RequestBody NewSession session) {
        return interventions.addSession(id, session.heldOn(), session.topic(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/interventions/{id}/enrolments")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    InterventionViews.Course enrol(@PathVariable long id, @RequestBody NewEnrolment enrolment) {
        return interventions.enrol(id, enrolment.caseId(), enrolment.personId(), enrolment.overrideReason(),
                CurrentUsers.require());
    }

    @PostMapping("/api/v1/interventions/{id}/sessions/{sessionId}/attendance")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    InterventionViews.Course attendance(@PathVariable long id, @PathVariable long sessionId,
                                        @RequestBody Attendance attendance) {
        return interventions.recordAttendance(id, sessionId, attendance.attended(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/interventions/{id}/enrolments/{enrolmentId}/completion")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    InterventionViews.Course complete(@PathVariable long id, @PathVariable long enrolmentId) {
        return interventions.complete(id, enrolmentId, CurrentUsers.require());
    }
}
