package org.familyties.study.web;

import java.util.List;
import java.util.Map;

import org.familyties.instruments.ScaleScores;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.RecordStatus;
import org.familyties.study.RecordView;
import org.familyties.study.StudyRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecordApiController {

    private final StudyRecords records;

    RecordApiController(StudyRecords records) {
        this.records = records;
    }

    record RecordJson(String participant, long waveId, String instrument, RecordStatus status,
                      Map<String, String> responses, List<String> missing, List<ScaleScores> scores) {
        static RecordJson of(RecordView v) {
            return new RecordJson(v.participant().pseudonym(), v.wave().id(), v.instrument(), v.status(), v.raw(),
                    v.missing(), v.scores());
        }
    }

    record RecordUpdate(RecordStatus status, Map<String, String> responses) {
    }

    @GetMapping("/api/v1/studies/{studyId}/participants/{pseudonym}/waves/{waveId}/records/{instrument}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    RecordJson get(@PathVariable long studyId, @PathVariable String pseudonym, @PathVariable long waveId,
                   @PathVariable String instrument) {
        return RecordJson.of(records.record(studyId, pseudonym, waveId, instrument, CurrentUsers.require()));
    }

    @PutMapping("/api/v1/studies/{studyId}/participants/{pseudonym}/waves/{waveId}/records/{instrument}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    RecordJson put(@PathVariable long studyId, @PathVariable String pseudonym, @PathVariable long waveId,
                   @PathVariable String instrument, @RequestBody RecordUpdate update) {
        if (update.status() == null) {
            throw InvalidInputException.of("status", "Give the record's status: INCOMPLETE, COMPLETE or VERIFIED");
        }
        return RecordJson.of(records.save(studyId, pseudonym, waveId, instrument,
                update.responses() == null ? Map.of() : update.responses(), update.status(), CurrentUsers.require()));
    }
}
