package org.familyties.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo data, driven through MockMvc. Every
 * test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:familyties;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN",
    "familyties.export.directory=target/test-deposits"
})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@ActiveProfiles("demo")
public @interface FamilyTiesTest {
}
