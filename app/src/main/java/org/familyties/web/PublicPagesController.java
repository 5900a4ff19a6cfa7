package org.familyties.web;

import org.familyties.shared.AccessPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicPagesController {

    static final String PRIVACY = "privacy";
    static final String ACCESSIBILITY = "accessibility";

    @GetMapping("/privacy")
    @PreAuthorize(AccessPolicy.PUBLIC)
    String privacy() {
        return PRIVACY;
    }

    @GetMapping("/accessibility")
    @PreAuthorize(AccessPolicy.PUBLIC)
    String accessibility() {
        return ACCESSIBILITY;
    }
}
