package org.familyties.retention.web;

import java.time.LocalDate;
import java.util.List;

import org.familyties.retention.Appointment;
import org.familyties.retention.AppointmentStatus;
import org.familyties.retention.ContactAttempt;
import org.familyties.retention.ContactChannel;
import org.familyties.retention.Location;
import org.familyties.retention.NewAppointment;
import org.familyties.retention.NewAttempt;
import org.familyties.retention.NewChannel;
import org.familyties.retention.NewLocation;
import org.familyties.retention.ParticipantTracing;
import org.familyties.retention.Pathway;
import org.familyties.retention.PriorityWeights;
import org.familyties.retention.RetentionPathways;
import org.familyties.retention.RetentionReport;
import org.familyties.retention.RetentionReports;
import org.familyties.retention.TracingWorklist;
import org.familyties.retention.WaveOutcome;
import org.familyties.retention.WaveStatus;
import org.familyties.retention.WorklistRow;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.StudyAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetentionApiController {

    private static final String PARTICIPANT = "/api/v1/studies/{studyId}/participants/{pseudonym}";

    private final ParticipantTracing tracing;
    private final TracingWorklist worklist;
    private final RetentionPathways pathways;
    private final RetentionReports reports;

    RetentionApiController(ParticipantTracing tracing, TracingWorklist worklist, RetentionPathways pathways,
                           RetentionReports reports) {
        this.tracing = tracing;
        this.worklist = worklist;
        this.pathways = pathways;
        this.reports = reports;
    }

    record ChannelEnd(LocalDate validTo) {
    }

    record StatusChange(AppointmentStatus status) {
    }

    record WaveStatusRequest(Long waveId, WaveOutcome status, String note) {
    }

    record WorklistResponse(long waveId, String waveName, PriorityWeights weights, List<WorklistRow> rows) {
    }

    @GetMapping(PARTICIPANT + "/channels")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<ContactChannel> channels(@PathVariable long studyId, @PathVariable String pseudonym) {
        return tracing.channels(studyId, pseudonym, CurrentUsers.require());
    }

    @PostMapping(PARTICIPANT + "/channels")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    ContactChannel addChannel(@PathVariable long studyId, @PathVariable String pseudonym, @RequestBody NewChannel channel) {
        return tracing.addChannel(studyId, pseudonym, channel, CurrentUsers.require());
    }

    @PostMapping(PARTICIPANT + "/channels/{channelId}/end")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    ContactChannel endChannel(@PathVariable long studyId, @PathVariable String pseudonym, @PathVariable long channelId,
                              @RequestBody(required = false) ChannelEnd end) {
        return tracing.endChannel(studyId, pseudonym, channelId, end == null ? null : end.validTo(),
                CurrentUsers.require());
    }

    @GetMapping(PARTICIPANT + "/locations")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<Location> locations(@PathVariable long studyId, @PathVariable String pseudonym) {
        return tracing.locations(studyId, pseudonym, CurrentUsers.require());
    }

    @PostMapping(PARTICIPANT + "/locations")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    Location addLocation(@PathVariable long studyId, @PathVariable String pseudonym, @RequestBody NewLocation location) {
        return tracing.addLocation(studyId, pseudonym, location, CurrentUsers.require());
    }

    @GetMapping(PARTICIPANT + "/attempts")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<ContactAttempt> attempts(@PathVariable long studyId, @PathVariable String pseudonym) {
        return tracing.attempts(studyId, pseudonym, CurrentUsers.require());
    }

    @PostMapping(PARTICIPANT + "/attempts")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    ContactAttempt recordAttempt(@PathVariable long studyId, @PathVariable String pseudonym,
                                 @RequestBody NewAttempt attempt) {
        return tracing.recordAttempt(studyId, pseudonym, attempt, CurrentUsers.require());
    }

    @GetMapping(PARTICIPANT + "/appointments")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<Appointment> appointments(@PathVariable long studyId, @PathVariable String pseudonym) {
        return tracing.appointments(studyId, pseudonym, CurrentUsers.require());
    }

    @PostMapping(PARTICIPANT + "/appointments")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    Appointment book(@PathVariable long studyId, @PathVariable String pseudonym,
                     @RequestBody NewAppointment appointment) {
        return tracing.book(studyId, pseudonym, appointment, CurrentUsers.require());
    }

    @PostMapping(PARTICIPANT + "/appointments/{appointmentId}")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    Appointment changeAppointment(@PathVariable long studyId, @PathVariable String pseudonym,
                                  @PathVariable long appointmentId, @RequestBody StatusChange change) {
        return tracing.changeAppointment(studyId, pseudonym, appointmentId, change.status(), CurrentUsers.require());
    }

    @PutMapping(PARTICIPANT + "/wave-status")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    ResponseEntity<WaveStatus> setWaveStatus(@PathVariable long studyId, @PathVariable String pseudonym,
                                             @RequestBody WaveStatusRequest request) {
        return tracing.setWaveStatus(studyId, pseudonym, request.waveId(), request.status(), request.note(),
                CurrentUsers.require()).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/studies/{studyId}/appointments")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<Appointment> upcoming(@PathVariable long studyId) {
        return tracing.upcomingAppointments(studyId, CurrentUsers.require());
    }

    @GetMapping(PARTICIPANT + "/pathway")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    Pathway pathway(@PathVariable long studyId, @PathVariable String pseudonym) {
        return pathways.pathway(studyId, pseudonym, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/families/{familyId}/pathways")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<Pathway> familyPathways(@PathVariable long studyId, @PathVariable long familyId) {
        return pathways.familyPathways(studyId, familyId, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/tracing/worklist")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    WorklistResponse worklist(@PathVariable long studyId, @RequestParam(required = false) Long wave) {
        var list = worklist.worklist(studyId, wave, CurrentUsers.require());
        return new WorklistResponse(list.wave().id(), list.wave().name(), list.weights(), list.rows());
    }

    @GetMapping("/api/v1/studies/{studyId}/tracing/weights")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    PriorityWeights weights(@PathVariable long studyId) {
        return worklist.weights(studyId, CurrentUsers.require());
    }

    @PutMapping("/api/v1/studies/{studyId}/tracing/weights")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    PriorityWeights saveWeights(@PathVariable long studyId, @RequestBody PriorityWeights weights) {
        return worklist.saveWeights(studyId, weights, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/retention")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    RetentionReport metrics(@PathVariable long studyId) {
        return reports.report(studyId, CurrentUsers.require());
    }
}
