package org.familyties.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The casework benchmark on an embedded PostgreSQL server whose data directory is kept for later runs. Run with
 * {@code mvn -o -pl app test -Dtest=CaseworkScalePostgresBenchmark -Dbenchmark=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "familyties.command=demo-data", "familyties.demo.scale=national",
    "familyties.demo.national-factor=${benchmark.factor:1}", "logging.level.org.familyties.web.RequestLog=WARN"})
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext // closes the application (and its database) before the other benchmark starts its own
class CaseworkScalePostgresBenchmark extends CaseworkScaleBenchmark {

    private static EmbeddedPostgres server;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Path.of(System.getProperty("benchmark.dir",
                System.getProperty("java.io.tmpdir") + "/familyties-casework-bench"), "postgres");
        Files.createDirectories(dir);
        server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "16MB")
                .setServerConfig("max_wal_size", "4GB").start();
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    String database() {
        return "postgres";
    }
}
