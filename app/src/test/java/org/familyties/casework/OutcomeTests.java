package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@FamilyTiesTest
class OutcomeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;

    String token;
    long caseId;
    int partner;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void caseWithPartner() throws Exception {
        token = Requests.token(mvc, "caseworker");
        caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        String body = post("/family-members", """
                {"givenName":"Lee","familyName":"Outcome","role":"PARTNER","version":0}""")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        partner = JsonPath.<List<Integer>>read(body, "$.clients[*].personId").get(1);
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + path)
                .header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String outcome(String stage, int frequency, int quality, List<Integer> desist, List<Integer> who5) {
        return """
                {"stage":"%s","measuredOn":"%s","family":[{"personId":%d,"frequency":%d,"quality":%d}],
                 "desistanceItems":%s,"wellbeingItems":%s}""".formatted(stage, today, partner, frequency, quality, desist, who5);
    }

    @Test
    void scoresFollowThePublishedScoringAndChangeIsClosureMinusIntake() throws Exception {
        post("/outcomes", outcome("INTAKE", 1, 2, List.of(2, 3, 3), List.of(1, 2, 1, 2, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].desistanceScore").value(8))
                .andExpect(jsonPath("$[0].wellbeingScore").value(28))
                .andExpect(jsonPath("$[1].contactFrequency").value(1));
        mvc.perform(get("/api/v1/cases/" + caseId + "/outcomes/change").header(HttpHeaders.AUTHORIZATION,
                Requests.bearer(token))).andExpect(status().isNotFound());
        post("/outcomes", outcome("CLOSURE", 4, 4, List.of(4, 4, 5), List.of(3, 3, 2, 3, 3)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cases/" + caseId + "/outcomes/change").header(HttpHeaders.AUTHORIZATION,
                        Requests.bearer(token)))
                .andExpect(jsonPath("$.desistanceChange").value(5))
                .andExpect(jsonPath("$.wellbeingChange").value(28))
                .andExpect(jsonPath("$.frequencyChangeByPerson['Lee Outcome']").value(3))
                .andExpect(jsonPath("$.qualityChangeByPerson['Lee Outcome']").value(2));
    }

    @Test
    void aMissingItemGivesNoScoreRatherThanAWrongOne() throws Exception {
        post("/outcomes", outcome("INTAKE", 0, 1, Arrays.asList(2, null, 3), List.of(1, 1, 1, 1, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].desistanceScore").doesNotExist())
                .andExpect(jsonPath("$[0].wellbeingScore").value(20));
    }

    @Test
    void outOfRangeAnswersStrangersAndASecondIntakeAreRefused() throws Exception {
        long stranger = people.registerFamilyMember("Out", "Sider", null);
        post("/outcomes", """
                {"stage":"INTAKE","measuredOn":"%s","family":[{"personId":%d,"frequency":7,"quality":0}],
                 "desistanceItems":[0,3,3],"wellbeingItems":[1,1,9,1,1]}""".formatted(today.plusDays(1), stranger))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measuredOn", "family[0].personId",
                        "family[0].frequency", "family[0].quality", "desistanceItems[0]", "wellbeingItems[2]")));
        post("/outcomes", outcome("INTAKE", 1, 2, List.of(2, 3, 3), List.of(1, 2, 1, 2, 1))).andExpect(status().isCreated());
        post("/outcomes", outcome("INTAKE", 1, 2, List.of(2, 3, 3), List.of(1, 2, 1, 2, 1)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/outcomes").header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void theOutcomesPageRecordsEveryClientAndShowsInlineErrors() throws Exception {
        String errors = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/outcomes")
                        .with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("stage", "INTAKE").param("measuredOn", today.toString())
                        .param("quality_" + partner, "9").param("wellbeing_1", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("govuk-error-summary", "href=\"#quality_" + partner + "\"", "href=\"#wellbeing_1\"");
        mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/outcomes")
                        .with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("stage", "INTAKE").param("measuredOn", today.toString())
                        .param("frequency_" + partner, "2").param("quality_" + partner, "3")
                        .param("desist_0", "3").param("desist_1", "3").param("desist_2", "4"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("At intake", "Lee Outcome");
        assertThat(mvc.perform(get("/cases/" + caseId + "/outcomes/new").with(Requests.as(users, "caseworker")))
                .andReturn().getResponse().getContentAsString()).contains("I intend to stop offending", "frequency_" + partner);
    }
}
