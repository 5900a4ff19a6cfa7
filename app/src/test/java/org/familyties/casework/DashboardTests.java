package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@FamilyTiesTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;

    private Map<String, Object> row(String token, String prisonName) throws Exception {
        String body = mvc.perform(get("/api/v1/dashboard?by=PRISON").header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$[?(@.group == '" + prisonName + "')]");
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static int count(Map<String, Object> row, String key) {
        return row.isEmpty() ? 0 : ((Number) row.get(key)).intValue();
    }

    private static int wellbeingN(Map<String, Object> row) {
        return row.isEmpty() ? 0 : ((Number) ((Map<?, ?>) row.get("wellbeingChange")).get("n")).intValue();
    }

    private void post(String token, String path, String json) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(path).header(HttpHeaders.AUTHORIZATION, Requests.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is2xxSuccessful());
    }

    @Test
    void aClosedCaseWithOutcomesIsCountedForTheManagersRegionAndNotElsewhere() throws Exception {
        String worker = Requests.token(mvc, "caseworker");
        String manager = Requests.token(mvc, "manager");
        String d01 = prisons.findByCode("D01").orElseThrow().name();
        Map<String, Object> before = row(manager, d01);
        long caseId = CaseworkFixtures.openCase(mvc, worker, people, prisons);
        String cases = "/api/v1/cases/" + caseId;
        LocalDate today = LocalDate.now();
        post(worker, cases + "/outcomes", """
                {"stage":"INTAKE","measuredOn":"%s","desistanceItems":[2,2,2],"wellbeingItems":[1,1,1,1,1]}""".formatted(today));
        post(worker, cases + "/outcomes", """
                {"stage":"CLOSURE","measuredOn":"%s","desistanceItems":[4,4,4],"wellbeingItems":[3,3,3,3,3]}""".formatted(today));
        post(worker, cases + "/closure", """
                {"closedOn":"%s","reason":"GOALS_MET","version":%d}""".formatted(today, CaseworkFixtures.version(mvc, worker, caseId)));

        Map<String, Object> after = row(manager, d01);
        assertThat(count(after, "referralsReceived")).isEqualTo(count(before, "referralsReceived") + 1);
        assertThat(wellbeingN(after)).isEqualTo(wellbeingN(before) + 1);
        assertThat(((Number) ((Map<?, ?>) after.get("desistanceChange")).get("n")).intValue()).isPositive();
        assertThat(row(Requests.token(mvc, "caseworker2"), d01)).isEmpty();
        mvc.perform(get("/api/v1/dashboard").header(HttpHeaders.AUTHORIZATION, Requests.bearer(Requests.token(mvc, "researcher"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageDrawsChartsAndTheCsvHasOneLinePerGroup() throws Exception {
        String page = mvc.perform(get("/dashboard?by=REGION").with(Requests.as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"cases-chart-title\"", "id=\"wellbeing-chart-title\"", "Service dashboard");
        var csv = mvc.perform(get("/dashboard.csv?by=ESTATE").with(Requests.as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
        String[] lines = csv.getContentAsString().split("\r\n");
        assertThat(lines[0]).startsWith("group,referrals_received,referrals_waiting,open_cases");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines[1]).startsWith("\"Men's estate\"");
        assertThat(org.familyties.casework.web.CsvProbe.text("=cmd()")).isEqualTo("\"'=cmd()\"");
    }
}
