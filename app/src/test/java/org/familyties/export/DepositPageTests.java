package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The deposit form: bad options shown in the GOV.UK error summary, a package made and downloaded by its maker only. */
@FamilyTiesTest
@Transactional
class DepositPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    long studyId;

    @BeforeEach
    void study() {
        studyId = jdbc.sql("select id from study where code = 'FAMWAVES'").query(Long.class).single();
    }

    @Test
    void researchersSeeTheForm() throws Exception {
        mvc.perform(get("/studies/{s}/exports", studyId).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Make a deposit package")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"quasiIdentifiers\"")));
    }

    @Test
    void badOptionsAreShownInTheErrorSummary() throws Exception {
        String page = mvc.perform(post("/studies/{s}/exports", studyId).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("k", "1").param("quasiIdentifiers", "no_such_variable")
                        .param("dates", "SHIFT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#k\"").contains("href=\"#quasiIdentifiers\"")
                .contains("There is no released variable no_such_variable");
    }

    @Test
    void aPackageIsMadeAndDownloadedByItsMakerOnly() throws Exception {
        String location = mvc.perform(post("/studies/{s}/exports", studyId).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).param("waves", "1").param("roles", "child").param("dates", "YEAR")
                        .param("ids", "REKEY").param("freeText", "DROP").param("k", "3")
                        .param("quasiIdentifiers", "cq_age"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/studies/" + studyId + "/exports/[0-9]+");
        mvc.perform(get(location).with(Requests.as(users, "researcher"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("child_wide")));
        byte[] zip = mvc.perform(get(location + "/download").with(Requests.as(users, "researcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DepositApiTests.unzip(zip)).containsKey("data/child_wide.csv").doesNotContainKey("data/father_wide.csv");
        mvc.perform(get(location + "/download").with(Requests.as(users, "datamanager"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(Requests.as(users, "datamanager"))).andExpect(status().isNotFound());
    }
}
