package org.familyties.access.web;

import jakarta.servlet.http.HttpSession;

import org.familyties.access.Users;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

    static final String VIEW = "access/password";
    static final String MUST_CHANGE_PASSWORD = "familyties.mustChangePassword";

    private final Users users;

    PasswordController(Users users) {
        this.users = users;
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmation) {
    }

    @GetMapping("/account/password")
    @PreAuthorize(AccessPolicy.SIGNED_IN)
    String form(Model model, HttpSession session) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("mustChange", session.getAttribute(MUST_CHANGE_PASSWORD) != null);
        return VIEW;
    }

    @PostMapping("/account/password")
    @PreAuthorize(AccessPolicy.SIGNED_IN)
    String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, Model model, HttpSession session,
                  RedirectAttributes redirect) {
        try {
            users.changePassword(CurrentUsers.require().userId(), form.currentPassword(), form.newPassword(),
                    form.confirmation());
        } catch (InvalidInputException e) {
            // Password inputs never echo what was typed, so the rejected form can stay in the model.
            e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            model.addAttribute("mustChange", session.getAttribute(MUST_CHANGE_PASSWORD) != null);
            return VIEW;
        }
        session.removeAttribute(MUST_CHANGE_PASSWORD);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
