package org.familyties.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.familyties.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived opaque bearer tokens for the API. Only a SHA-256 hash is stored, so a copy of the
 * database gives no usable token; tokens live in the database so every node accepts them.
 */
@Component
class ApiTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, Users users, Clock clock, @Value("${familyties.security.token-lifetime}") Duration lifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record IssuedToken(String token, Duration lifetime) {
    }

    @Transactional
    IssuedToken issue(CurrentUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("delete from api_token where expires_at < :now").param("now", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("insert into api_token (token_hash, user_id, issued_at, expires_at) values (:h, :u, :i, :e)")
                .param("h", hash(token)).param("u", user.userId())
                .param("i", now.atOffset(ZoneOffset.UTC)).param("e", now.plus(lifetime).atOffset(ZoneOffset.UTC))
                .update();
        return new IssuedToken(token, lifetime);
    }

    /** The user a token belongs to, while it has not expired. */
    @Transactional(readOnly = true)
    Optional<CurrentUser> authenticate(String token) {
        return jdbc.sql("select u.username from api_token t join app_user u on u.id = t.user_id "
                        + "where t.token_hash = :h and t.expires_at > :now and u.enabled = true")
                .param("h", hash(token)).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(String.class).optional()
                .flatMap(users::currentUserFor);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
