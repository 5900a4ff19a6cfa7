package org.familyties.study.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.DictionaryImportResult;
import org.familyties.instruments.Field;
import org.familyties.instruments.Instrument;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.study.StudyAccess;
import org.familyties.study.StudyDictionaries;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StudyDictionaryApiController {

    private final StudyDictionaries dictionaries;

    StudyDictionaryApiController(StudyDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    record FieldView(String name, String type, String label, String branchingLogic, boolean required,
                     List<Map<String, String>> choices) {
        static FieldView of(Field f) {
            return new FieldView(f.name(), f.type().code(), f.label(), f.branchingLogic(), f.required(),
                    f.effectiveChoices().stream().map(c -> Map.of("code", c.code(), "label", c.label())).toList());
        }
    }

    record InstrumentView(String name, String title, List<FieldView> fields) {
        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.name(), i.title(), i.fields().stream().map(FieldView::of).toList());
        }
    }

    record DictionaryView(int fieldCount, List<InstrumentView> instruments, boolean stored) {
        static DictionaryView of(DataDictionary d, boolean stored) {
            return new DictionaryView(d.fields().size(), d.instruments().stream().map(InstrumentView::of).toList(),
                    stored);
        }
    }

    @PostMapping(path = "/api/v1/studies/{studyId}/data-dictionary", consumes = "text/csv")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    ResponseEntity<?> upload(@PathVariable long studyId, @RequestParam(defaultValue = "false") boolean dryRun,
                             @RequestBody String csv) {
        var user = CurrentUsers.require();
        DictionaryImportResult result = dryRun ? dictionaries.check(studyId, csv, user)
                : dictionaries.replace(studyId, csv, user);
        if (!result.succeeded()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The data dictionary has " + result.problems().size()
                            + (result.problems().size() == 1 ? " problem" : " problems") + "; nothing was stored");
            problem.setTitle("Invalid data dictionary");
            problem.setType(URI.create("about:blank"));
            problem.setProperty("errors", result.problems().stream().map(p -> Map.of("row", (Object) p.row(),
                    "column", p.column(), "message", p.message())).toList());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(DictionaryView.of(result.orElseThrow(), !dryRun));
    }

    @GetMapping("/api/v1/studies/{studyId}/instruments/{instrument}/scales")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<String> scales(@PathVariable long studyId, @PathVariable String instrument) {
        return dictionaries.scalesOf(studyId, instrument, CurrentUsers.require());
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/studies/{studyId}/instruments/{instrument}/scales")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    List<String> attachScales(@PathVariable long studyId, @PathVariable String instrument,
                              @RequestBody List<String> scaleIds) {
        return dictionaries.attachScales(studyId, instrument, scaleIds, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/data-dictionary")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<String> download(@PathVariable long studyId) {
        String csv = dictionaries.exportCsv(studyId, CurrentUsers.require())
                .orElseThrow(() -> new RecordNotFoundException("Data dictionary of study", studyId));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"data-dictionary-" + studyId + ".csv\"")
                .body(csv);
    }
}
