package org.familyties.study.web;

import java.util.List;
import java.util.Map;

import org.familyties.instruments.ScaleScores;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.InvalidInputException;
import java.io.StringReader;
import java.net.URI;

import org.familyties.study.ImportReport;
import org.familyties.study.RecordImports;
import org.familyties.study.RecordStatus;
import org.familyties.study.StudyAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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
    private final RecordImports imports;

    RecordApiController(StudyRecords records, RecordImports imports) {
        this.records = records;
        this.imports = imports;
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

    @PostMapping(path = "/api/v1/studies/{studyId}/records", consumes = "text/csv")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    ResponseEntity<?> importApi(@PathVariable long studyId, @RequestBody String csv) {
        ImportReport report = imports.importCsv(studyId, new StringReader(csv), CurrentUsers.require());
        if (report.succeeded()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The file has " + report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
                        + "; nothing was imported");
        problem.setTitle("Invalid records");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", report.problems().stream().map(p -> Map.of("row", (Object) p.row(),
                "column", p.column(), "message", p.message())).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
