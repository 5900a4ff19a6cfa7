package org.familyties.access.web;

import org.familyties.access.Users;
import org.familyties.shared.AccessPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class UserAdminController {

    static final String VIEW = "access/users";

    private final Users users;

    UserAdminController(Users users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    @PreAuthorize(AccessPolicy.ADMIN)
    String list(Model model) {
        model.addAttribute("users", users.list());
        return VIEW;
    }
}
