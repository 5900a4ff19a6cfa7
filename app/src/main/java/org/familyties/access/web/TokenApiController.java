package org.familyties.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.familyties.access.SignInLockedException;
import org.familyties.access.TokenExchange;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenApiController {

    private final TokenExchange exchange;

    TokenApiController(TokenExchange exchange) {
        this.exchange = exchange;
    }

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    @PostMapping("/api/v1/auth/token")
    @PreAuthorize(AccessPolicy.PUBLIC)
    ResponseEntity<?> token(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.username() == null || body.username().isBlank()) {
            problems.add(new FieldProblem("username", "Enter a username"));
        }
        if (body == null || body.password() == null || body.password().isEmpty()) {
            problems.add(new FieldProblem("password", "Enter a password"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            var grant = exchange.exchange(body.username(), body.password(), request.getRemoteAddr());
            return ResponseEntity.ok(new TokenResponse(grant.accessToken(), "Bearer", grant.expiresIn().toSeconds()));
        } catch (SignInLockedException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-in attempts for this account or address; try again after " + e.lockedUntil());
            problem.setTitle("Sign-in locked");
            problem.setProperties(Map.of("lockedUntil", e.lockedUntil().toString()));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(problem);
        } catch (AuthenticationException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The username or password is not right");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
    }
}
