package org.familyties.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.familyties.shared.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API under {@code /api/**} (stateless, bearer tokens, problem+json
 * answers) and the pages (form sign-in, CSRF, database-backed sessions). Both set strict headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Session attribute set when an account must choose a new password before anything else. */
    static final String MUST_CHANGE_PASSWORD = "familyties.mustChangePassword";
    /** Session attribute holding when a lockout ends, for the sign-in page's message. */
    static final String LOCKED_UNTIL = "familyties.lockedUntil";

    /** Paths anyone may request without signing in. */
    static final String[] PUBLIC_PATHS = {"/sign-in", "/privacy", "/accessibility", "/css/**", "/js/**",
        "/webjars/**", "/assets/**", "/favicon.ico", "/actuator/health", "/error"};

    @Bean
    AuthenticationManager authenticationManager(FamilyTiesAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable()) // bearer tokens are never sent by a browser on its own
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            res.setHeader("WWW-Authenticate", "Bearer");
                            ProblemWriter.write(req, res, 401, "Unauthorized",
                                    "Send a bearer token from POST /api/v1/auth/token in the Authorization header");
                        })
                        .accessDeniedHandler((req, res, ex) -> ProblemWriter.write(req, res, 403, "Forbidden",
                                "Your role does not allow this request")));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, Users users) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler((req, res, auth) -> onSignedIn(req, res, auth, users))
                        .failureHandler(this::onSignInFailed)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signedOut")
                        .deleteCookies("FAMILYTIES_SESSION")
                        .invalidateHttpSession(true))
                .sessionManagement(s -> s
                        .sessionFixation(f -> f.changeSessionId())
                        .invalidSessionUrl("/sign-in?timedOut"));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    }

    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    private void onSignedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                            Users users) throws IOException, ServletException {
        request.getSession().removeAttribute(LOCKED_UNTIL);
        if (authentication.getPrincipal() instanceof CurrentUser user && users.mustChangePassword(user.userId())) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    private void onSignInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInLockedException locked) {
            request.getSession().setAttribute(LOCKED_UNTIL, locked.lockedUntil());
            response.sendRedirect(request.getContextPath() + "/sign-in?locked");
        } else if (e instanceof DisabledException) {
            response.sendRedirect(request.getContextPath() + "/sign-in?disabled");
        } else {
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
        }
    }
}
