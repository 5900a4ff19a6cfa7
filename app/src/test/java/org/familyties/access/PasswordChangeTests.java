package org.familyties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.familyties.shared.Role;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class PasswordChangeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        users.createWithOneTimePassword(new NewUser("newadmin", "New Admin", "one-time-password-xyz",
                Set.of(Role.ADMIN), Set.of(), Set.of(), Set.of()));
        var signIn = mvc.perform(Requests.signIn("newadmin", "one-time-password-xyz", "192.0.2.60"))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        // Sessions live in the database (Spring Session), so the session travels as its cookie.
        Cookie session = signIn.getResponse().getCookies()[0];

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(Requests.csrf())
                        .param("currentPassword", "wrong").param("newPassword", "short").param("confirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("Enter your current password correctly")))
                .andExpect(content().string(Matchers.containsString("at least 12 characters")))
                .andExpect(content().string(Matchers.containsString("Enter the same new password twice")));
        assertThat(users.mustChangePassword(users.currentUserFor("newadmin").orElseThrow().userId())).isTrue();

        mvc.perform(post("/account/password").cookie(session).with(Requests.csrf())
                        .param("currentPassword", "one-time-password-xyz").param("newPassword", "my-own-password-1")
                        .param("confirmation", "my-own-password-1"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(users.mustChangePassword(users.currentUserFor("newadmin").orElseThrow().userId())).isFalse();
        mvc.perform(Requests.signIn("newadmin", "my-own-password-1", "192.0.2.61")).andExpect(redirectedUrl("/"));
    }
}
