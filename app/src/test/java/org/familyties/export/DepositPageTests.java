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

    @Test
    void topCodingBandsAndMergesAreOnThePage() throws Exception {
        String page = mvc.perform(get("/studies/{s}/exports", studyId).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"topCodeVariable\"", "name=\"topCodeAt\"", "name=\"bandVariable\"",
                "name=\"bandEdges\"", "name=\"mergeVariable\"", "name=\"mergeCodes\"", "name=\"mergeInto\"",
                "name=\"mergeLabel\"").doesNotContain("through the API");
    }

    @Test
    void rowsThatCannotBeReadAreShownInTheErrorSummary() throws Exception {
        int deposits = jdbc.sql("select count(*) from export_deposit").query(Integer.class).single();
        String page = mvc.perform(post("/studies/{s}/exports", studyId).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf())
                        .param("topCodeVariable", "cq_closeness", "").param("topCodeAt", "lots", "")
                        .param("bandVariable", "cq_age", "cq_closeness", "").param("bandEdges", "8, ten", "5, 3", "")
                        .param("mergeVariable", "").param("mergeCodes", "2, 3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#topCodes\"", "href=\"#bands\"", "href=\"#merges\"")
                .contains("Enter the value to top-code cq_closeness at as a number")
                .contains("ten is not a number")
                .contains("The band edges of cq_closeness must increase from left to right")
                .contains("Enter the variable for 2, 3")
                // what was typed is shown again
                .contains("value=\"8, ten\"").contains("value=\"lots\"");
        assertThat(jdbc.sql("select count(*) from export_deposit").query(Integer.class).single()).isEqualTo(deposits);
    }

    @Test
    void unknownVariablesAndCodesAreShownInTheErrorSummary() throws Exception {
        String page = mvc.perform(post("/studies/{s}/exports", studyId).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf())
                        .param("topCodeVariable", "no_such_variable").param("topCodeAt", "3")
                        .param("mergeVariable", "cq_school").param("mergeCodes", "2, 7").param("mergeInto", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary")
                .contains("There is no released variable no_such_variable")
                .contains("cq_school has no code 7 to merge; its codes are 1, 2, 3");
    }

    @Test
    void moreRowsCanBeShownWithoutMakingAPackage() throws Exception {
        String page = mvc.perform(post("/studies/{s}/exports", studyId).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).param("bandVariable", "cq_age").param("bandEdges", "10, 14")
                        .param("moreRows", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"band-4-variable\"").contains("value=\"10, 14\"")
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void topCodingBandsAndMergesFromThePageAreAppliedAndReported() throws Exception {
        String location = mvc.perform(post("/studies/{s}/exports", studyId).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).param("roles", "child").param("k", "3")
                        .param("topCodeVariable", "cq_closeness").param("topCodeAt", "8")
                        .param("bandVariable", "cq_age").param("bandEdges", "10, 14")
                        .param("mergeVariable", "cq_school").param("mergeCodes", "2, 3").param("mergeInto", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        byte[] zip = mvc.perform(get(location + "/download").with(Requests.as(users, "researcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var files = DepositApiTests.unzip(zip);
        String report = new String(files.get("disclosure/disclosure-report.txt"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains("child: cq_closeness at 8:")
                .contains("bands of cq_age: below 10; 10 to under 14; 14 and over")
                .contains("merged codes of cq_school: 2, 3 into 2");
        String sps = new String(files.get("data/child_long.sps"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sps).contains("'10 to under 14'").contains("'OK or Not well'");
        String csv = new String(files.get("data/child_long.csv"), java.nio.charset.StandardCharsets.UTF_8);
        int closeness = java.util.Arrays.asList(csv.lines().findFirst().orElseThrow().split(",")).indexOf("cq_closeness");
        assertThat(csv.lines().skip(1).map(l -> l.split(",", -1)[closeness]).filter(v -> !v.isEmpty())
                .mapToDouble(Double::parseDouble).max().orElseThrow()).isEqualTo(8);
    }
}
