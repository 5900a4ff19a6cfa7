package org.familyties.study.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.familyties.shared.CurrentUsers;
import org.familyties.study.CellProblem;
import org.familyties.study.ImportReport;
import org.familyties.study.RecordImports;
import org.familyties.study.Studies;
import org.familyties.study.StudyAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

@Controller
class RecordImportController {

    static final String VIEW = "study/import";

    private final Studies studies;
    private final RecordImports imports;

    RecordImportController(Studies studies, RecordImports imports) {
        this.studies = studies;
        this.imports = imports;
    }

    @GetMapping("/studies/{studyId}/records/import")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String form(@PathVariable long studyId, Model model) {
        model.addAttribute("study", studies.get(studyId, CurrentUsers.require()));
        return VIEW;
    }

    @PostMapping("/studies/{studyId}/records/import")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String upload(@PathVariable long studyId, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model) throws IOException {
        var user = CurrentUsers.require();
        model.addAttribute("study", studies.get(studyId, user));
        if (file == null || file.isEmpty()) {
            model.addAttribute("importProblems", List.of(new CellProblem(0, "", "Select a CSV file of records")));
            return VIEW;
        }
        ImportReport report = imports.importCsv(studyId,
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), user);
        if (report.succeeded()) {
            model.addAttribute("report", report);
        } else {
            model.addAttribute("importProblems", report.problems());
        }
        return VIEW;
    }
}
