package org.familyties.analysis.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.familyties.analysis.ModelRun;
import org.familyties.analysis.ModelRuns;
import org.familyties.analysis.ParameterRow;
import org.familyties.analysis.RunRequest;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.InformantRole;
import org.familyties.study.StudyDesigns;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ModelRunController {

    static final String VIEW = "analysis/runs";
    static final String RUN_VIEW = "analysis/run";

    private final ModelRuns runs;
    private final StudyDesigns designs;

    ModelRunController(ModelRuns runs, StudyDesigns designs) {
        this.runs = runs;
        this.designs = designs;
    }

    /** The model form; bootstrap and seed are text so that a wrong entry is reported, not a binding error page. */
    record RunForm(String unitRole, String model, String function, String missing, String bootstrap, String seed) {
    }

    @GetMapping("/studies/{studyId}/analysis")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String page(@PathVariable long studyId, @RequestParam(required = false) String unit, Model model) {
        CurrentUser user = CurrentUsers.require();
        String unitRole = unit != null ? unit : defaultUnit(studyId, user);
        model.addAttribute("form", new RunForm(unitRole, "", "sem", "listwise", "0", "1"));
        return page(studyId, unitRole, model, user);
    }

    @PostMapping("/studies/{studyId}/analysis")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String run(@PathVariable long studyId, @ModelAttribute("form") RunForm form, BindingResult errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        try {
            ModelRun run = runs.run(studyId, new RunRequest(form.unitRole(), form.model(), form.function(),
                    form.missing(), (int) whole(form.bootstrap(), "bootstrap"), whole(form.seed(), "seed")), user);
            return "redirect:/studies/" + studyId + "/analysis/runs/" + run.id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            return page(studyId, form.unitRole(), model, user);
        }
    }

    @GetMapping("/studies/{studyId}/analysis/runs/{runId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String show(@PathVariable long studyId, @PathVariable long runId, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("study", designs.design(studyId, user).study());
        model.addAttribute("run", runs.get(studyId, runId, user));
        return RUN_VIEW;
    }

    @PostMapping("/studies/{studyId}/analysis/runs/{runId}/rerun")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String rerun(@PathVariable long studyId, @PathVariable long runId) {
        ModelRun run = runs.rerun(studyId, runId, CurrentUsers.require());
        return "redirect:/studies/" + studyId + "/analysis/runs/" + run.id();
    }

    @GetMapping("/studies/{studyId}/analysis/runs/{runId}/result.json")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<byte[]> json(@PathVariable long studyId, @PathVariable long runId) {
        ModelRun run = runs.get(studyId, runId, CurrentUsers.require());
        return download(run.resultJson().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                "model-run-" + runId + ".json");
    }

    @GetMapping("/studies/{studyId}/analysis/runs/{runId}/parameters.csv")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<byte[]> csv(@PathVariable long studyId, @PathVariable long runId) {
        ModelRun run = runs.get(studyId, runId, CurrentUsers.require());
        StringBuilder csv = new StringBuilder("lhs,op,rhs,group,label,est,se,z,pvalue,ci.lower,ci.upper,std.lv,std.all\n");
        for (ParameterRow p : run.parameters()) {
            csv.append(String.join(",", quote(p.lhs()), quote(p.op()), quote(p.rhs()), Integer.toString(p.group()),
                    quote(p.label()), num(p.est()), num(p.se()), num(p.z()), num(p.pvalue()), num(p.ciLower()),
                    num(p.ciUpper()), num(p.stdLv()), num(p.stdAll()))).append('\n');
        }
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "model-run-" + runId + "-parameters.csv");
    }

    private String page(long studyId, String unitRole, Model model, CurrentUser user) {
        var design = designs.design(studyId, user);
        model.addAttribute("study", design.study());
        model.addAttribute("roles", design.roles());
        model.addAttribute("unitRole", unitRole);
        model.addAttribute("variables", unitRole == null ? List.of() : runs.dataset(studyId, unitRole, user).variables());
        model.addAttribute("runs", runs.list(studyId, user));
        return VIEW;
    }

    private String defaultUnit(long studyId, CurrentUser user) {
        List<InformantRole> roles = designs.design(studyId, user).roles();
        return roles.stream().filter(InformantRole::child).findFirst().or(() -> roles.stream().findFirst())
                .map(InformantRole::code).orElse(null);
    }

    private static long whole(String text, String field) {
        try {
            return Long.parseLong(text == null || text.isBlank() ? "0" : text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Enter a whole number for the " + field);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private static String quote(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String num(Double d) {
        return d == null ? "NA" : String.format(Locale.ROOT, "%.10g", d);
    }
}
