package org.familyties.access;

import java.time.Duration;

import org.familyties.shared.CurrentUser;
import org.springframework.stereotype.Service;

/** Exchanges a username and password for a short-lived API bearer token, with the same lockout as sign-in. */
@Service
public class TokenExchange {

    private final FamilyTiesAuthenticationProvider authentication;
    private final ApiTokens tokens;

    TokenExchange(FamilyTiesAuthenticationProvider authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    /** A granted token; the token itself is shown once and stored only as a hash. */
    public record Grant(String accessToken, Duration expiresIn) {
    }

    /**
     * @throws org.springframework.security.core.AuthenticationException when the credentials are wrong,
     *         the account is disabled, or sign-in is locked ({@link SignInLockedException})
     */
    public Grant exchange(String username, String password, String address) {
        var auth = authentication.authenticate(username == null ? "" : username.trim(), password == null ? "" : password, address);
        var issued = tokens.issue((CurrentUser) auth.getPrincipal());
        return new Grant(issued.token(), issued.lifetime());
    }
}
