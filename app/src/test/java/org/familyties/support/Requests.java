package org.familyties.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.familyties.access.Users;
import org.familyties.shared.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Helpers for signing in as the demo accounts in MockMvc tests. */
public final class Requests {

    private Requests() {
    }

    /** Makes a request come from a given address, so lockout tests do not lock out each other. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Signs the request in as an account, with the same principal and authorities as a real sign-in. */
    public static RequestPostProcessor as(Users users, String username) {
        CurrentUser user = users.currentUserFor(username).orElseThrow();
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    /** A real sign-in form post (with its CSRF token) from a given address. */
    public static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/sign-in").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    public static SecurityMockMvcRequestPostProcessors.CsrfRequestPostProcessor csrf() {
        return SecurityMockMvcRequestPostProcessors.csrf();
    }

    /** A bearer token for a demo account, through the real token endpoint. */
    public static String token(MockMvc mvc, String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
