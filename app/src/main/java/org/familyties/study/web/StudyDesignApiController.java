package org.familyties.study.web;

import java.util.List;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.InformantRole;
import org.familyties.study.NewInformantRole;
import org.familyties.study.NewWave;
import org.familyties.study.ScheduleEntry;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyDesigns;
import org.familyties.study.Wave;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StudyDesignApiController {

    private final StudyDesigns designs;

    StudyDesignApiController(StudyDesigns designs) {
        this.designs = designs;
    }

    @GetMapping("/api/v1/studies/{studyId}/design")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    StudyDesign design(@PathVariable long studyId) {
        return designs.design(studyId, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/waves")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    Wave addWave(@PathVariable long studyId, @RequestBody NewWave wave) {
        return designs.addWave(studyId, wave, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/informant-roles")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    InformantRole addRole(@PathVariable long studyId, @RequestBody NewInformantRole role) {
        return designs.addRole(studyId, role, CurrentUsers.require());
    }

    @PutMapping("/api/v1/studies/{studyId}/schedule")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    StudyDesign schedule(@PathVariable long studyId, @RequestBody List<ScheduleEntry> schedule) {
        return designs.setSchedule(studyId, schedule, CurrentUsers.require());
    }
}
