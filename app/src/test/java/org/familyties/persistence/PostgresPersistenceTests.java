package org.familyties.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;

import org.familyties.access.NewUser;
import org.familyties.shared.Role;
import org.familyties.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The persistence contract on a real PostgreSQL server, with the production profile: no demo data,
 * the first administrator from the environment, demo accounts refused.
 */
@SpringBootTest(properties = {"FAMILYTIES_ADMIN_USERNAME=firstadmin", "familyties.export.directory=target/test-deposits",
    "FAMILYTIES_ADMIN_PASSWORD=first-admin-password", "logging.level.org.familyties.web.RequestLog=WARN"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class PostgresPersistenceTests extends PersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("FAMILYTIES_DB_URL", EmbeddedPostgresServer::jdbcUrl);
        registry.add("FAMILYTIES_DB_USERNAME", () -> "postgres");
        registry.add("FAMILYTIES_DB_PASSWORD", () -> "postgres");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @Test
    void productionProfileLoadsNoDemoData() {
        assertThat(users.currentUserFor("safeguarding")).isEmpty();
        assertThat(users.currentUserFor("datamanager")).isEmpty();
        assertThat(prisons.findByCode("D01")).isEmpty();
    }

    @Test
    void firstAdministratorComesFromTheEnvironment() throws Exception {
        assertThat(users.currentUserFor("firstadmin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        mvc.perform(formLogin("/sign-in").user("firstadmin").password("first-admin-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void demoAccountsAreRefusedOutsideTheDemo() throws Exception {
        users.createDemoAccount(new NewUser("demo-like", "Demo", "demo", Set.of(Role.CASEWORKER), Set.of(), Set.of(),
                Set.of()));
        mvc.perform(formLogin("/sign-in").user("demo-like").password("demo"))
                .andExpect(redirectedUrl("/sign-in?disabled"));
    }
}
