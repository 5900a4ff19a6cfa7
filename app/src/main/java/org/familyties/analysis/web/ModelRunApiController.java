package org.familyties.analysis.web;

import java.net.URI;
import java.util.List;

import org.familyties.analysis.ModelRun;
import org.familyties.analysis.ModelRuns;
import org.familyties.analysis.RunRequest;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModelRunApiController {

    private final ModelRuns runs;

    ModelRunApiController(ModelRuns runs) {
        this.runs = runs;
    }

    /** Missing options take the defaults of lavaan's sem(): listwise deletion, no bootstrap. */
    record RunBody(String unitRole, String model, String function, String missing, Integer bootstrap, Long seed) {
    }

    @PostMapping("/api/v1/studies/{studyId}/analysis/runs")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<ModelRun> run(@PathVariable long studyId, @RequestBody RunBody body) {
        RunRequest request = new RunRequest(body.unitRole(), body.model(),
                body.function() == null ? "sem" : body.function(), body.missing() == null ? "listwise" : body.missing(),
                body.bootstrap() == null ? 0 : body.bootstrap(), body.seed() == null ? 1L : body.seed());
        ModelRun run = runs.run(studyId, request, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/studies/" + studyId + "/analysis/runs/" + run.id())).body(run);
    }

    @GetMapping("/api/v1/studies/{studyId}/analysis/runs")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<ModelRun> list(@PathVariable long studyId) {
        return runs.list(studyId, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/analysis/runs/{runId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ModelRun get(@PathVariable long studyId, @PathVariable long runId) {
        return runs.get(studyId, runId, CurrentUsers.require());
    }
}
