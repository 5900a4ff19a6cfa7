package org.familyties.export;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-study secret that keys released ids and date shifts. Made once, on a study's first deposit,
 * and never shown: without it nobody can recompute which released id belongs to which pseudonym.
 */
@Repository
class StudySecrets {

    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StudySecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    byte[] secretOf(long studyId) {
        var existing = jdbc.sql("select secret from export_study_secret where study_id = :s").param("s", studyId)
                .query(String.class).optional();
        if (existing.isPresent()) {
            return HexFormat.of().parseHex(existing.get());
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        jdbc.sql("insert into export_study_secret (study_id, secret, created_at) values (:s, :secret, :at)")
                .param("s", studyId).param("secret", HexFormat.of().formatHex(secret))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        return secret;
    }
}
