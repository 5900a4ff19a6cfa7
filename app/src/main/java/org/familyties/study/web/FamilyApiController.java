package org.familyties.study.web;

import java.util.List;

import org.familyties.people.ParticipantIdentity;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.Participant;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamily;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyApiController {

    private final StudyFamilies families;

    FamilyApiController(StudyFamilies families) {
        this.families = families;
    }

    record FamilyView(StudyFamily family, List<Participant> members) {
    }

    @GetMapping("/api/v1/studies/{studyId}/families")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<FamilyView> list(@PathVariable long studyId) {
        var user = CurrentUsers.require();
        var members = families.participants(studyId, user);
        return families.families(studyId, user).stream().map(f -> new FamilyView(f,
                members.stream().filter(p -> p.familyId() == f.id()).toList())).toList();
    }

    @PostMapping("/api/v1/studies/{studyId}/families")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    StudyFamily enrol(@PathVariable long studyId, @RequestBody NewFamily family) {
        return families.registerFamily(studyId, family, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/families/{familyId}/participants")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    Participant addParticipant(@PathVariable long studyId, @PathVariable long familyId,
                               @RequestBody NewParticipant participant) {
        return families.addParticipant(studyId, familyId, participant, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/participants/{pseudonym}/identity")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    ParticipantIdentity identity(@PathVariable long studyId, @PathVariable String pseudonym) {
        var user = CurrentUsers.require();
        families.participant(studyId, pseudonym, user);
        ParticipantIdentity identity = families.identities(studyId, List.of(pseudonym), user).get(pseudonym);
        if (identity == null) {
            throw new RecordNotFoundException("Identity of participant", pseudonym);
        }
        return identity;
    }
}
