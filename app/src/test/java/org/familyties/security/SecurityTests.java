package org.familyties.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.shared.Role;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.MutableClock;
import org.familyties.support.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class SecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Prisons prisons;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signInWithAForgedCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", "caseworker").param("password", "demo")
                        .with(Requests.csrf().useInvalidToken()).with(Requests.from("192.0.2.20")))
                .andExpect(status().isForbidden());
    }

    @Test
    void signInWithoutCsrfTokenSignsNobodyIn() throws Exception {
        // A missing token is what an expired session looks like, so the user is sent back to sign in.
        mvc.perform(post("/sign-in").param("username", "caseworker").param("password", "demo")
                        .with(Requests.from("192.0.2.20")))
                .andExpect(redirectedUrl("/sign-in?timedOut"));
    }

    @Test
    void signOutWithAForgedCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-out").with(Requests.as(users, "caseworker")).with(Requests.csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(Requests.signIn("caseworker", "wrong", "192.0.2.22"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a correct username and password")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")));
    }

    @Test
    void accountIsLockedAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        users.create(new NewUser("lockme", "Lock Me", "right-password-123", Set.of(Role.CASEWORKER), Set.of(),
                Set.of(), Set.of()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(Requests.signIn("lockme", "wrong", "192.0.2.30"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(Requests.signIn("lockme", "right-password-123", "192.0.2.31"))
                .andExpect(redirectedUrl("/sign-in?locked"));
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(Requests.signIn("lockme", "right-password-123", "192.0.2.31"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void addressIsLockedAfterTwentyFailuresAcrossAccounts() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(Requests.signIn("nobody" + i, "wrong", "192.0.2.40"));
        }
        mvc.perform(Requests.signIn("caseworker", "demo", "192.0.2.40"))
                .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(Requests.signIn("caseworker", "demo", "192.0.2.41"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void lockedTokenRequestAnswers429WithProblemJson() throws Exception {
        users.create(new NewUser("apilock", "Api Lock", "right-password-123", Set.of(Role.CASEWORKER), Set.of(),
                Set.of(), Set.of()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"apilock\",\"password\":\"nope\"}").with(Requests.from("192.0.2.50")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"apilock\",\"password\":\"right-password-123\"}")
                        .with(Requests.from("192.0.2.50")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many failed")));
    }

    @Test
    void tokenWorksUntilItExpires() throws Exception {
        String token = Requests.token(mvc, "caseworker");
        mvc.perform(get("/api/v1/prisons").header("Authorization", Requests.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(get("/api/v1/prisons").header("Authorization", Requests.bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("expired")));
    }

    @Test
    void tokenRequestWithMissingFieldsAnswers422WithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[1].field").value("password"));
    }

    @Test
    void apiWithoutTokenAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/prisons"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void apiRouteForAnotherRoleAnswers403ProblemJson() throws Exception {
        String token = Requests.token(mvc, "researcher");
        mvc.perform(get("/api/v1/prisons").header("Authorization", Requests.bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anotherPrisonsRecordAnswers404OnPagesAndApi() throws Exception {
        long own = prisons.findByCode("D01").orElseThrow().id();
        long other = prisons.findByCode("D02").orElseThrow().id();
        mvc.perform(get("/prisons/" + own).with(Requests.as(users, "caseworker"))).andExpect(status().isOk());
        mvc.perform(get("/prisons/" + other).with(Requests.as(users, "caseworker"))).andExpect(status().isNotFound());
        mvc.perform(get("/prisons/999999").with(Requests.as(users, "caseworker"))).andExpect(status().isNotFound());
        String token = Requests.token(mvc, "caseworker");
        mvc.perform(get("/api/v1/prisons/" + other).header("Authorization", Requests.bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void managerSeesThePrisonsOfTheirRegion() throws Exception {
        String token = Requests.token(mvc, "manager");
        String region = prisons.findByCode("D01").orElseThrow().regionCode();
        mvc.perform(get("/api/v1/prisons").header("Authorization", Requests.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].regionCode").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo(region))));
    }

    @Test
    void securityHeadersArePresent() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
    }

    @Test
    void pagesHaveNoInlineScript() throws Exception {
        String html = mvc.perform(get("/").with(Requests.as(users, "admin"))).andReturn().getResponse()
                .getContentAsString();
        var doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("script")).allSatisfy(s -> assertThat(s.hasAttr("src")).isTrue());
        assertThat(doc.select("[onclick], [onload], [style]")).isEmpty();
    }
}
