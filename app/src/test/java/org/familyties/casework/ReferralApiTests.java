package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.familyties.audit.AuditLog;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FamilyTiesTest
class ReferralApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    AuditLog auditLog;

    String token;
    String otherToken;

    @BeforeEach
    void tokens() throws Exception {
        token = Requests.token(mvc, "caseworker");
        otherToken = Requests.token(mvc, "caseworker2");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String bearer) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(bearer)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aReferralWaitsByPrisonAndIsAcceptedIntoACase() throws Exception {
        String number = CaseworkFixtures.prisoner(people, prisons, "D01");
        String body = mvc.perform(as(post("/api/v1/referrals"), token).content(CaseworkFixtures.referralJson(number, true)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.prisonNumber").value(number))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        String waiting = CaseworkFixtures.body(mvc, as(get("/api/v1/referrals"), token));
        assertThat(JsonPath.<java.util.List<Integer>>read(waiting, "$[*].id")).contains(id);
        String elsewhere = CaseworkFixtures.body(mvc, as(get("/api/v1/referrals"), otherToken));
        assertThat(JsonPath.<java.util.List<Integer>>read(elsewhere, "$[*].id")).doesNotContain(id);
        mvc.perform(as(get("/api/v1/referrals/" + id), otherToken)).andExpect(status().isNotFound());

        String triaged = mvc.perform(as(post("/api/v1/referrals/" + id + "/triage"), token)
                        .content("{\"decision\":\"ACCEPT\",\"reason\":\"Meets the criteria\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andReturn().getResponse().getContentAsString();
        int caseId = JsonPath.read(triaged, "$.caseId");
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.clients[0].role").value("PRISONER"));
        assertThat(JsonPath.<java.util.List<Integer>>read(CaseworkFixtures.body(mvc, as(get("/api/v1/referrals"), token)),
                "$[*].id")).doesNotContain(id);
        assertThat(auditLog.historyOf(Referrals.RECORD_TYPE, String.valueOf(id)))
                .extracting(e -> e.action().name()).contains("CREATE", "UPDATE");
    }

    @Test
    void aSecondReferralOfSomeoneWithAnOpenCaseOffersTheExistingCase() throws Exception {
        long caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        String number = JsonPath.read(CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId), token)), "$.prisonNumber");
        mvc.perform(as(post("/api/v1/referrals"), token).content(CaseworkFixtures.referralJson(number, true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("prisonNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("already has an open case (case " + caseId + ")")));
    }

    @Test
    void triageNeedsAReasonAndConsentToAccept() throws Exception {
        String number = CaseworkFixtures.prisoner(people, prisons, "D01");
        int id = JsonPath.read(CaseworkFixtures.body(mvc, as(post("/api/v1/referrals"), token)
                .content(CaseworkFixtures.referralJson(number, false))), "$.id");
        mvc.perform(as(post("/api/v1/referrals/" + id + "/triage"), token).content("{\"decision\":\"ACCEPT\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("reason", "decision")));
        mvc.perform(as(post("/api/v1/referrals/" + id + "/triage"), token)
                        .content("{\"decision\":\"SIGNPOST\",\"reason\":\"Better served by the visitors' centre\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNPOSTED"))
                .andExpect(jsonPath("$.caseId").doesNotExist());
        mvc.perform(as(post("/api/v1/referrals/" + id + "/triage"), token)
                        .content("{\"decision\":\"DECLINE\",\"reason\":\"again\",\"version\":1}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badReferralsListEveryProblem() throws Exception {
        mvc.perform(as(post("/api/v1/referrals"), token).content("""
                        {"prisonNumber":"NOPE1","reason":" ","receivedOn":"%s"}""".formatted(java.time.LocalDate.now().plusDays(5))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "prisonNumber", "source", "reason", "urgency", "consent", "receivedOn")));
        // someone in another prison cannot be referred by this caseworker
        String theirs = CaseworkFixtures.prisoner(people, prisons, "D02");
        mvc.perform(as(post("/api/v1/referrals"), token).content(CaseworkFixtures.referralJson(theirs, true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("is held in your prisons")));
    }
}
