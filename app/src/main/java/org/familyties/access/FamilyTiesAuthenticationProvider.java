package org.familyties.access;

import java.util.Optional;

import org.familyties.shared.CurrentUser;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password: refuses while the account or address is locked, counts failures,
 * and refuses demo accounts outside the demo profile. The principal it produces is a {@link CurrentUser}.
 */
@Component
class FamilyTiesAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the username is unknown, so that timing does not reveal which accounts exist. */
    private final String unknownUserHash;

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final boolean demoProfile;

    FamilyTiesAuthenticationProvider(Users users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                     Environment environment) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.demoProfile = environment.acceptsProfiles(Profiles.of("demo"));
        this.unknownUserHash = passwordEncoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = addressOf(authentication);
        return authenticate(username, password, address);
    }

    Authentication authenticate(String username, String password, String address) {
        throttle.lockedUntil(username, address).ifPresent(until -> {
            throw new SignInLockedException(until);
        });
        Optional<UserAccount> account = users.findAccount(username);
        boolean matches = passwordEncoder.matches(password, account.map(UserAccount::getPasswordHash).orElse(unknownUserHash));
        if (account.isEmpty() || !matches) {
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        UserAccount user = account.get();
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        if (user.isDemoAccount() && !demoProfile) {
            throttle.recordFailure(username, address);
            throw new DisabledException("Demo accounts are refused outside the demo profile");
        }
        throttle.recordSuccess(username, address);
        CurrentUser principal = users.toCurrentUser(user);
        var authorities = principal.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
