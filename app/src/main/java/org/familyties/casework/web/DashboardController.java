package org.familyties.casework.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.familyties.casework.DashboardGrouping;
import org.familyties.casework.DashboardRow;
import org.familyties.casework.MeanInterval;
import org.familyties.casework.ServiceDashboard;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service dashboard page and its CSV download. */
@Controller
class DashboardController {

    static final String VIEW = "casework/dashboard";

    private final ServiceDashboard dashboard;
    private final Forms forms;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(ServiceDashboard dashboard, Forms forms, MessageSource messages, Clock clock) {
        this.dashboard = dashboard;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    String dashboard(@RequestParam(defaultValue = "PRISON") String by, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Model model) {
        var user = CurrentUsers.require();
        DashboardGrouping grouping = grouping(by);
        LocalDate end = parse(to, LocalDate.now(clock));
        LocalDate start = parse(from, end.minusYears(1));
        ServiceDashboard.Summary summary = dashboard.summary(user, grouping, start, end);
        List<DashboardRow> rows = summary.rows();
        model.addAttribute("rows", rows);
        model.addAttribute("total", summary.total());
        model.addAttribute("by", grouping.name());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("groupings", forms.options(DashboardGrouping.class, "dashboard.by."));
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        series.put(msg("dashboard.openCases"), rows.stream().map(r -> (int) r.openCases()).toList());
        series.put(msg("dashboard.referralsWaiting"), rows.stream().map(r -> (int) r.referralsWaiting()).toList());
        model.addAttribute("casesSvg", BarChart.render("cases-chart", msg("dashboard.chart.cases"),
                msg("dashboard.chart.cases.desc"), rows.stream().map(DashboardRow::group).map(DashboardController::shortLabel)
                        .toList(), series));
        model.addAttribute("wellbeingSvg", IntervalChart.render("wellbeing-chart", msg("dashboard.chart.wellbeing"),
                msg("dashboard.chart.wellbeing.desc"),
                rows.stream().map(r -> new IntervalChart.Item(r.group(), r.wellbeingChange())).toList()));
        return VIEW;
    }

    @GetMapping("/dashboard.csv")
    @PreAuthorize(AccessPolicy.PRISON_STAFF)
    void csv(@RequestParam(defaultValue = "PRISON") String by, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        LocalDate end = parse(to, LocalDate.now(clock));
        LocalDate start = parse(from, end.minusYears(1));
        DashboardGrouping grouping = grouping(by);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"service-dashboard-" + grouping.name().toLowerCase()
                + "-" + start + "-" + end + ".csv\"");
        Writer out = response.getWriter();
        out.write("group,referrals_received,referrals_waiting,open_cases,contacts_facilitated,"
                + "desistance_change_n,desistance_change_mean,desistance_change_ci_lower,desistance_change_ci_upper,"
                + "wellbeing_change_n,wellbeing_change_mean,wellbeing_change_ci_lower,wellbeing_change_ci_upper\r\n");
        for (DashboardRow r : dashboard.rows(CurrentUsers.require(), grouping, start, end)) {
            out.write(csvText(r.group()) + "," + r.referralsReceived() + "," + r.referralsWaiting() + "," + r.openCases()
                    + "," + r.contactsFacilitated() + "," + interval(r.desistanceChange()) + ","
                    + interval(r.wellbeingChange()) + "\r\n");
        }
        out.flush();
    }

    private static String interval(MeanInterval m) {
        return m.n() + "," + number(m.mean()) + "," + number(m.lower()) + "," + number(m.upper());
    }

    private static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.2f", d);
    }

    /** Quotes text and defuses spreadsheet formulas. */
    static String csvText(String text) {
        String safe = text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + (safe == null ? "" : safe.replace("\"", "\"\"")) + "\"";
    }

    private static String shortLabel(String label) {
        return label.length() > 12 ? label.substring(0, 11) + "…" : label;
    }

    private static DashboardGrouping grouping(String by) {
        DashboardGrouping g = Forms.choice(DashboardGrouping.class, by == null ? null : by.toUpperCase());
        return g == null ? DashboardGrouping.PRISON : g;
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }
}
