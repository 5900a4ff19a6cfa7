package org.familyties.access.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.UkTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    static final String VIEW = "access/sign-in";
    private static final String LOCKED_UNTIL = "familyties.lockedUntil";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(UkTime.ZONE);

    @GetMapping("/sign-in")
    @PreAuthorize(AccessPolicy.PUBLIC)
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                  @RequestParam(required = false) String disabled, @RequestParam(required = false) String signedOut,
                  @RequestParam(required = false) String timedOut, HttpSession session, Model model) {
        if (CurrentUsers.find().isPresent()) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("signInError", "signin.error.credentials");
        } else if (locked != null) {
            model.addAttribute("signInError", "signin.error.locked");
            Object until = session.getAttribute(LOCKED_UNTIL);
            model.addAttribute("lockedUntil", until instanceof Instant i ? TIME.format(i) : "");
        } else if (disabled != null) {
            model.addAttribute("signInError", "signin.error.disabled");
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("timedOut", timedOut != null);
        return VIEW;
    }
}
