package org.familyties.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.familyties.casework.DashboardGrouping;
import org.familyties.casework.DashboardRow;
import org.familyties.casework.ServiceDashboard;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardApiController {

    private final ServiceDashboard dashboard;
    private final Clock clock;

    DashboardApiController(ServiceDashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dashboard")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    List<DashboardRow> dashboard(@RequestParam(defaultValue = "PRISON") DashboardGrouping by,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return dashboard.rows(CurrentUsers.require(), by, from == null ? end.minusYears(1) : from, end);
    }
}
