package org.familyties.web;

import java.util.ArrayList;
import java.util.List;

import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.Role;
import org.familyties.study.Studies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: for each role, counts of what the user can see, each linking to the list. */
@Controller
class HomeController {

    static final String VIEW = "home";

    record Tile(String messageKey, long count, String href) {
    }

    private final Prisons prisons;
    private final People people;
    private final Studies studies;
    private final Users users;
    private final AuditLog auditLog;

    HomeController(Prisons prisons, People people, Studies studies, Users users, AuditLog auditLog) {
        this.prisons = prisons;
        this.people = people;
        this.studies = studies;
        this.users = users;
        this.auditLog = auditLog;
    }

    @GetMapping("/")
    @PreAuthorize(AccessPolicy.SIGNED_IN)
    String home(Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Tile> tiles = new ArrayList<>();
        boolean caseStaff = user.has(Role.CASEWORKER) || user.has(Role.SAFEGUARDING_LEAD);
        if (caseStaff || user.has(Role.SERVICE_MANAGER) || user.has(Role.ADMIN)) {
            tiles.add(new Tile("dashboard.prisons", prisons.visibleTo(user).size(), "/prisons"));
        }
        if (caseStaff) {
            tiles.add(new Tile("dashboard.people", people.countInPrison(user), "/people"));
        }
        if (user.has(Role.RESEARCHER) || user.has(Role.DATA_MANAGER)) {
            tiles.add(new Tile("dashboard.studies", studies.visibleTo(user).size(), "/studies"));
        }
        if (user.has(Role.ADMIN)) {
            tiles.add(new Tile("dashboard.users", users.count(), "/admin/users"));
            tiles.add(new Tile("dashboard.audit", auditLog.count(), "/admin/audit"));
        }
        model.addAttribute("tiles", tiles);
        return VIEW;
    }
}
