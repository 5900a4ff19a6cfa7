package org.familyties.study.web;

import java.util.List;
import java.util.Map;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.CustodyStatus;
import org.familyties.study.FamilyStatus;
import org.familyties.study.FatherContact;
import org.familyties.study.ParentsRelationship;
import org.familyties.study.StudyFamilyChanges;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyChangeApiController {

    private final StudyFamilyChanges changes;

    FamilyChangeApiController(StudyFamilyChanges changes) {
        this.changes = changes;
    }

    record StatusRequest(List<String> household, Integer otherAdults, Integer otherChildren,
                         ParentsRelationship parentsRelationship, CustodyStatus fatherCustody,
                         Map<String, FatherContact> fatherContact) {
    }

    record WaveStatus(long waveId, String wave, FamilyStatus status) {
    }

    @GetMapping("/api/v1/studies/{studyId}/families/{familyId}/timeline")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<WaveStatus> timeline(@PathVariable long studyId, @PathVariable long familyId) {
        return changes.timeline(studyId, familyId, CurrentUsers.require()).entrySet().stream()
                .map(e -> new WaveStatus(e.getKey().id(), e.getKey().name(), e.getValue().orElse(null))).toList();
    }

    @PutMapping("/api/v1/studies/{studyId}/families/{familyId}/waves/{waveId}/status")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    FamilyStatus record(@PathVariable long studyId, @PathVariable long familyId, @PathVariable long waveId,
                        @RequestBody StatusRequest r) {
        return changes.record(studyId, new FamilyStatus(familyId, waveId,
                r.household() == null ? List.of() : r.household(), r.otherAdults() == null ? 0 : r.otherAdults(),
                r.otherChildren() == null ? 0 : r.otherChildren(), r.parentsRelationship(), r.fatherCustody(),
                r.fatherContact() == null ? Map.of() : r.fatherContact()), CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/family-change")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    Map<Long, Map<Long, FamilyStatus>> table(@PathVariable long studyId) {
        return changes.acrossFamilies(studyId, CurrentUsers.require());
    }
}
