package org.familyties.retention.web;

import java.io.IOException;
import java.io.StringWriter;

import org.familyties.retention.RetentionCharts;
import org.familyties.retention.RetentionCsv;
import org.familyties.retention.RetentionReport;
import org.familyties.retention.RetentionReports;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Retention metrics of a study in aggregate, with charts and CSV downloads: researchers and data managers. */
@Controller
class MetricsController {

    static final String METRICS_VIEW = "retention/metrics";

    private final RetentionReports reports;

    MetricsController(RetentionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/studies/{studyId}/retention")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    String metrics(@PathVariable long studyId, Model model) {
        RetentionReport report = reports.report(studyId, CurrentUsers.require());
        model.addAttribute("report", report);
        model.addAttribute("retentionChart", RetentionCharts.retentionByWave(report.rows()));
        model.addAttribute("attritionChart", RetentionCharts.standardisedDifferences(report.attrition()));
        return METRICS_VIEW;
    }

    @GetMapping("/studies/{studyId}/retention/{table}.csv")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<String> csv(@PathVariable long studyId, @PathVariable String table) throws IOException {
        RetentionReport report = reports.report(studyId, CurrentUsers.require());
        StringWriter out = new StringWriter();
        switch (table) {
            case "retention" -> RetentionCsv.writeRows(report.rows(), out);
            case "family-sets" -> RetentionCsv.writeFamilySets(report.familySets(), out);
            case "attrition" -> RetentionCsv.writeAttrition(report.attrition(), out);
            default -> throw new RecordNotFoundException("RetentionTable", table);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.study().code().toLowerCase()
                        + "-" + table + ".csv\"")
                .body(out.toString());
    }
}
