package org.familyties.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.familyties.shared.CurrentUser;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the navigation their roles allow into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    record NavItem(String messageKey, String href, boolean current) {
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation(HttpServletRequest request) {
        var user = CurrentUsers.find();
        List<NavItem> items = new ArrayList<>();
        if (user.isEmpty()) {
            return items;
        }
        String path = request.getRequestURI();
        CurrentUser u = user.get();
        add(items, "nav.home", "/", path);
        if (u.has(Role.CASEWORKER) || u.has(Role.SAFEGUARDING_LEAD)) {
            add(items, "nav.people", "/people", path);
            add(items, "nav.myWork", "/my-work", path);
            add(items, "nav.search", "/search", path);
            add(items, "nav.referrals", "/referrals", path);
            add(items, "nav.cases", "/cases", path);
            add(items, "nav.interventions", "/interventions", path);
        }
        if (u.has(Role.CASEWORKER) || u.has(Role.SAFEGUARDING_LEAD) || u.has(Role.SERVICE_MANAGER) || u.has(Role.ADMIN)) {
            add(items, "nav.dashboard", "/dashboard", path);
            add(items, "nav.prisons", "/prisons", path);
        }
        if (u.has(Role.SAFEGUARDING_LEAD)) {
            add(items, "nav.safeguarding", "/safeguarding", path);
        } else if (u.has(Role.SERVICE_MANAGER)) {
            add(items, "nav.safeguardingReports", "/safeguarding/reports", path);
        }
        if (u.has(Role.RESEARCHER) || u.has(Role.DATA_MANAGER)) {
            add(items, "nav.studies", "/studies", path);
        }
        if (u.has(Role.ADMIN)) {
            add(items, "nav.users", "/admin/users", path);
            add(items, "nav.audit", "/admin/audit", path);
        }
        return items;
    }

    private static void add(List<NavItem> items, String key, String href, String path) {
        boolean current = href.equals("/") ? path.equals("/") : path.startsWith(href);
        items.add(new NavItem(key, href, current));
    }
}
