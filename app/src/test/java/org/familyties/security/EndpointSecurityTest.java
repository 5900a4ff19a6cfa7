package org.familyties.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.access.Users;
import org.familyties.shared.AccessPolicy;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application serves. Each of ours must declare who may use it with
 * {@code @PreAuthorize}; routes from libraries must be listed here with the URL rule that guards them.
 * Anonymous requests to every route are refused, except the public ones.
 */
@FamilyTiesTest
class EndpointSecurityTest {

    /** Routes anyone may use. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("GET /sign-in", "GET /privacy", "GET /accessibility",
            "POST /api/v1/auth/token", "GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error",
            "HEAD /error", "OPTIONS /error");

    /** Library routes and the rule that guards them (in the security filter chain). */
    private static final Map<String, String> LIBRARY_ROUTES = Map.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController", "public error page",
            "org.springdoc.webmvc.api.OpenApiWebMvcResource", "signed-in users only (page chain)",
            "org.springdoc.webmvc.ui.SwaggerConfigResource", "signed-in users only (page chain)",
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc", "signed-in users only (page chain)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Test
    void everyRouteDeclaresAnAccessRule() {
        List<String> undeclared = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (type.startsWith("org.familyties.")) {
                if (!hasPreAuthorize(handler)) {
                    undeclared.add(info + " -> " + handler);
                }
            } else if (!LIBRARY_ROUTES.containsKey(type)) {
                undeclared.add(info + " -> " + handler + " (library route not listed)");
            }
        });
        assertThat(undeclared).as("routes without a declared access rule").isEmpty();
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(10);
    }

    @Test
    void anonymousRequestsAreRefusedExceptOnPublicRoutes() throws Exception {
        List<String> wronglyOpen = new ArrayList<>();
        List<String> wronglyClosed = new ArrayList<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            for (String route : routes(entry.getKey())) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), path).with(Requests.csrf())
                        .with(Requests.from("192.0.2.10"))).andReturn();
                boolean refused = isRefused(result);
                if (PUBLIC_ROUTES.contains(route)) {
                    if (refused) {
                        wronglyClosed.add(route + " answered " + result.getResponse().getStatus());
                    }
                } else if (!refused) {
                    wronglyOpen.add(route + " answered " + result.getResponse().getStatus());
                }
            }
        }
        assertThat(wronglyOpen).as("routes open to anonymous users").isEmpty();
        assertThat(wronglyClosed).as("public routes refused to anonymous users").isEmpty();
    }

    @Test
    void actuatorHealthIsPublicWithoutDetailsAndMetricsAreForAdministrators() throws Exception {
        var health = mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn().getResponse();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components", "details",
                "diskSpace", "db");

        assertThat(isRefused(mvc.perform(request(HttpMethod.GET, "/actuator/metrics")).andReturn())).isTrue();
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/metrics").with(Requests.as(users, "caseworker")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/metrics").with(Requests.as(users, "admin")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    /** Every safeguarding route: present, guarded by one of the safeguarding rules, and closed to researchers. */
    @Test
    void everySafeguardingRouteIsForCaseStaffLeadsOrManagersOnly() throws Exception {
        Set<String> rules = Set.of(AccessPolicy.CASE_STAFF, AccessPolicy.PRISON_STAFF, "hasRole('SAFEGUARDING_LEAD')");
        List<String> routes = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getName().startsWith("org.familyties.safeguarding.")) {
                continue;
            }
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(entry.getValue().getMethod(), PreAuthorize.class);
            for (String route : routes(entry.getKey())) {
                routes.add(route);
                if (rule == null || !rules.contains(rule.value())) {
                    wrong.add(route + " has rule " + (rule == null ? "none" : rule.value()));
                }
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
                int researcher = mvc.perform(request(HttpMethod.valueOf(method), path).with(Requests.csrf())
                        .contentType("application/json").content("{}")
                        .with(Requests.as(users, "researcher"))).andReturn().getResponse().getStatus();
                if (researcher != 403) {
                    wrong.add(route + " answered " + researcher + " to a researcher");
                }
                if ("hasRole('SAFEGUARDING_LEAD')".equals(rule.value())) {
                    int caseworker = mvc.perform(request(HttpMethod.valueOf(method), path).with(Requests.csrf())
                            .contentType("application/json").content("{}")
                            .with(Requests.as(users, "caseworker"))).andReturn().getResponse().getStatus();
                    if (caseworker != 403) {
                        wrong.add(route + " answered " + caseworker + " to a caseworker");
                    }
                }
            }
        }
        assertThat(routes).contains("GET /cases/{id}/safeguarding", "POST /cases/{id}/safeguarding/break-glass",
                "POST /cases/{id}/safeguarding/access-requests", "POST /cases/{id}/safeguarding/restrictions",
                "GET /safeguarding", "GET /safeguarding/reports", "GET /cases/{id}/safeguarding/chronology/{personId}",
                "POST /api/v1/cases/{id}/safeguarding/overridden-contacts", "POST /api/v1/cases/{id}/safeguarding/break-glass",
                "GET /api/v1/safeguarding/work-list", "GET /api/v1/safeguarding/reports");
        assertThat(wrong).isEmpty();
    }

    private static boolean hasPreAuthorize(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    private static List<String> routes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty()) {
            methods = Set.of(RequestMethod.GET, RequestMethod.POST);
        }
        List<String> routes = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            for (RequestMethod m : methods) {
                routes.add(m.name() + " " + pattern);
            }
        }
        return routes;
    }

    /** Refused: sent to sign in, or answered 401 or 403. */
    private static boolean isRefused(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        return status == 401 || status == 403 || (status == 302 && location != null && location.contains("/sign-in"));
    }
}
