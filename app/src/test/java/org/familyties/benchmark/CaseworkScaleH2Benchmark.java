package org.familyties.benchmark;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The casework benchmark on H2 (a file database). Run with
 * {@code mvn -o -pl app test -Dtest=CaseworkScaleH2Benchmark -Dbenchmark=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:" + CaseworkScaleBenchmark.PROPERTIES_DIR
            + "/h2/familyties;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144",
    "familyties.command=demo-data", "familyties.demo.scale=national",
    "familyties.demo.national-factor=${benchmark.factor:1}", "logging.level.org.familyties.web.RequestLog=WARN"})
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext // closes the application (and its database) before the other benchmark starts its own
class CaseworkScaleH2Benchmark extends CaseworkScaleBenchmark {

    @Override
    String database() {
        return "h2";
    }
}
