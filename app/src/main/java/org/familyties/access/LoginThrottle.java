package org.familyties.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per address in the database (so every node sees them) and
 * locks either for a while once it passes its limit.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockDuration;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${familyties.security.lockout.max-failures-per-account}") int maxPerAccount,
                  @Value("${familyties.security.lockout.max-failures-per-address}") int maxPerAddress,
                  @Value("${familyties.security.lockout.window}") Duration window,
                  @Value("${familyties.security.lockout.lock-duration}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** When the account or the address is locked, the time the lock ends. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return latest(lockEnd(accountKey(username), now), lockEnd(addressKey(address), now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String address) {
        fail(accountKey(username), maxPerAccount);
        fail(addressKey(address), maxPerAddress);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username, String address) {
        jdbc.sql("delete from login_throttle where throttle_key in (:a, :b)")
                .param("a", accountKey(username)).param("b", addressKey(address)).update();
    }

    private void fail(String key, int max) {
        Instant now = clock.instant();
        var row = jdbc.sql("select failures, window_started_at from login_throttle where throttle_key = :k for update")
                .param("k", key)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()})
                .optional();
        int failures;
        Instant windowStart;
        if (row.isEmpty() || ((Instant) row.get()[1]).plus(window).isBefore(now)) {
            failures = 1;
            windowStart = now;
        } else {
            failures = (Integer) row.get()[0] + 1;
            windowStart = (Instant) row.get()[1];
        }
        OffsetDateTime lockedUntil = failures >= max ? at(now.plus(lockDuration)) : null;
        int updated = jdbc.sql("update login_throttle set failures = :f, window_started_at = :w, locked_until = :l "
                        + "where throttle_key = :k")
                .param("f", failures).param("w", at(windowStart)).param("l", lockedUntil).param("k", key).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_throttle (throttle_key, failures, window_started_at, locked_until) "
                                + "values (:k, :f, :w, :l)")
                        .param("k", key).param("f", failures).param("w", at(windowStart)).param("l", lockedUntil)
                        .update();
            } catch (DuplicateKeyException raced) {
                fail(key, max);
            }
        }
    }

    private Optional<Instant> lockEnd(String key, Instant now) {
        return jdbc.sql("select locked_until from login_throttle where throttle_key = :k")
                .param("k", key)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional().flatMap(o -> o)
                .filter(until -> until.isAfter(now));
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
        }
        return a.isPresent() ? a : b;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
