package org.familyties.audit.web;

import org.familyties.audit.AuditLog;
import org.familyties.shared.AccessPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditAdminController {

    static final String VIEW = "audit/trail";
    static final String RECORD_VIEW = "audit/record";
    private static final int RECENT = 100;

    private final AuditLog auditLog;

    AuditAdminController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize(AccessPolicy.ADMIN)
    String trail(Model model) {
        model.addAttribute("entries", auditLog.recent(RECENT));
        model.addAttribute("total", auditLog.count());
        return VIEW;
    }

    @PostMapping("/admin/audit/verify")
    @PreAuthorize(AccessPolicy.ADMIN)
    String verify(Model model) {
        model.addAttribute("verification", auditLog.verify());
        return trail(model);
    }

    /** "Who viewed this record": every read and change of one record, newest first. */
    @GetMapping("/admin/audit/record")
    @PreAuthorize(AccessPolicy.ADMIN)
    String record(@RequestParam String type, @RequestParam String id, Model model) {
        model.addAttribute("recordType", type);
        model.addAttribute("recordId", id);
        model.addAttribute("entries", auditLog.historyOf(type, id));
        return RECORD_VIEW;
    }
}
