package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.audit.AuditEntry;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FamilyTiesTest
class CaseApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Users users;

    String token;
    long caseId;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void openCase() throws Exception {
        token = Requests.token(mvc, "caseworker");
        caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String bearer) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(bearer)).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(as(post("/api/v1/cases/" + caseId + path), token).content(json));
    }

    private int version() throws Exception {
        return CaseworkFixtures.version(mvc, token, caseId);
    }

    private String addChild(String name, LocalDate dob) throws Exception {
        return postJson("/family-members", """
                {"givenName":"%s","familyName":"Fixture","dateOfBirth":"%s","role":"CHILD","version":%d}"""
                .formatted(name, dob, version())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCaseGoesFromReferredThroughAssessmentPlanAndReviewToClosureWithItsHistory() throws Exception {
        postJson("/family-members", """
                {"givenName":"Jo","familyName":"Fixture","dateOfBirth":"1990-05-05","role":"PARTNER","version":%d}"""
                .formatted(version())).andExpect(status().isOk());
        String withChild = addChild("Kim", today.minusYears(6));
        List<Integer> clientIds = JsonPath.read(withChild, "$.clients[*].personId");
        assertThat(clientIds).hasSize(3);
        assertThat(JsonPath.<List<String>>read(withChild, "$.relationships[*].kind"))
                .containsExactly("PARTNER_OF", "PARENT_OF");

        postJson("/assessments", """
                {"assessedOn":"%s","travelDistanceKm":140,"travelCostPounds":38.50,"childUnaware":true,"version":%d}"""
                .formatted(today, version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.assessment.childUnaware").value(true))
                .andExpect(jsonPath("$.assessment.travelDistanceKm").value(140));
        postJson("/goals", """
                {"clientPersonId":%d,"description":"Monthly visits with Kim","version":%d}"""
                .formatted(clientIds.get(2), version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.goals[0].clientName").value("Kim Fixture"));
        long worker = users.currentUserFor("caseworker").orElseThrow().userId();
        postJson("/allocation", "{\"userId\":%d,\"version\":%d}".formatted(worker, version()))
                .andExpect(jsonPath("$.allocatedTo").value("Casey Worker (demo)"));
        postJson("/reviews", """
                {"heldOn":"%s","summary":"Visits happening","nextReviewDue":"%s","version":%d}"""
                .formatted(today, today.plusWeeks(8), version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.nextReviewDue").value(today.plusWeeks(8).toString()));
        postJson("/closure", """
                {"closedOn":"%s","reason":"GOALS_MET","note":"Contact established","version":%d}"""
                .formatted(today, version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.history[*].status").value(org.hamcrest.Matchers.contains(
                        "REFERRED", "ASSESSED", "ACTIVE", "REVIEW", "ACTIVE", "CLOSED")));
        // closed cases cannot be changed and are no longer on the caseload
        postJson("/goals", "{\"clientPersonId\":1,\"description\":\"x\",\"version\":%d}".formatted(version()))
                .andExpect(status().isConflict());
        String caseload = CaseworkFixtures.body(mvc, as(get("/api/v1/cases"), token));
        assertThat(JsonPath.<List<Integer>>read(caseload, "$[*].id")).doesNotContain((int) caseId);
    }

    @Test
    void anotherPrisonsCaseworkerCannotSeeOrChangeTheCase() throws Exception {
        String other = Requests.token(mvc, "caseworker2");
        mvc.perform(as(get("/api/v1/cases/" + caseId), other)).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/closure"), other)
                        .content("{\"closedOn\":\"%s\",\"reason\":\"OTHER\",\"version\":%d}".formatted(today, version())))
                .andExpect(status().isNotFound());
        String theirs = CaseworkFixtures.body(mvc, as(get("/api/v1/cases"), other));
        assertThat(JsonPath.<List<Integer>>read(theirs, "$[*].id")).doesNotContain((int) caseId);
        mvc.perform(as(get("/api/v1/cases/" + caseId), Requests.token(mvc, "manager"))).andExpect(status().isForbidden());
    }

    @Test
    void viewingACaseAuditsAReadForEveryPersonShown() throws Exception {
        String body = addChild("Lou", today.minusYears(3));
        long child = ((Number) JsonPath.<List<Integer>>read(body, "$.clients[*].personId").get(1)).longValue();
        long before = auditLog.historyOfPerson(child).stream().filter(e -> e.action().name().equals("READ")).count();
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(status().isOk());
        List<AuditEntry> reads = auditLog.historyOfPerson(child).stream()
                .filter(e -> e.action().name().equals("READ")).toList();
        assertThat(reads).hasSize((int) before + 1);
        assertThat(reads.get(0).recordId()).isEqualTo(String.valueOf(caseId));
        assertThat(reads.get(0).actorUsername()).isEqualTo("caseworker");
        AuditEntry change = auditLog.historyOf(Cases.RECORD_TYPE, String.valueOf(caseId)).stream()
                .filter(e -> e.action().name().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(change.details()).contains("\"before\"", "\"after\"", String.valueOf(child));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingIsLost() throws Exception {
        int seen = version();
        long worker = users.currentUserFor("caseworker").orElseThrow().userId();
        postJson("/allocation", "{\"userId\":%d,\"version\":%d}".formatted(worker, seen)).andExpect(status().isOk());
        postJson("/family-members", """
                {"givenName":"Late","familyName":"Save","role":"SIBLING","version":%d}""".formatted(seen))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Someone else changed case " + caseId)));
        mvc.perform(as(get("/api/v1/cases/" + caseId), token))
                .andExpect(jsonPath("$.allocatedUserId").value(worker))
                .andExpect(jsonPath("$.clients.length()").value(1));
        postJson("/allocation", "{\"userId\":%d}".formatted(worker)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aChildsAgeMustMatchTheDateOfBirthAndNothingIsHalfSaved() throws Exception {
        long personsBefore = people.countInPrison(users.currentUserFor("caseworker").orElseThrow());
        postJson("/family-members", """
                {"givenName":"Max","familyName":"Fixture","dateOfBirth":"%s","age":9,"role":"CHILD","version":%d}"""
                .formatted(today.minusYears(5).minusDays(1), version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("age"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("makes them 5")));
        postJson("/family-members", """
                {"givenName":"","familyName":"","role":"CHILD","version":%d}""".formatted(version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("givenName", "familyName", "dateOfBirth")));
        postJson("/family-members", """
                {"givenName":"Fut","familyName":"Ure","dateOfBirth":"%s","role":"CHILD","version":%d}"""
                .formatted(today.plusDays(1), version()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(jsonPath("$.clients.length()").value(1));
        assertThat(people.countInPrison(users.currentUserFor("caseworker").orElseThrow())).isEqualTo(personsBefore);
    }

    @Test
    void datesAndTheLifecycleAreChecked() throws Exception {
        postJson("/goals", "{\"clientPersonId\":1,\"description\":\"Too early\",\"version\":%d}".formatted(version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(containsString("Assess"))));
        postJson("/assessments", "{\"assessedOn\":\"%s\",\"travelDistanceKm\":-3,\"version\":%d}"
                .formatted(today.plusDays(2), version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("assessedOn", "travelDistanceKm")));
        postJson("/reviews", "{\"heldOn\":\"%s\",\"summary\":\"x\",\"nextReviewDue\":\"%s\",\"version\":%d}"
                .formatted(today, today.plusDays(30), version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Only an active case")));
        postJson("/status", "{\"status\":\"ACTIVE\",\"version\":%d}".formatted(version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("can move to [assessed]")));
        postJson("/closure", "{\"closedOn\":\"%s\",\"version\":%d}".formatted(today.plusDays(1), version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reason", "closedOn")));
    }

    @Test
    void relationshipsCanOnlyJoinClientsOfTheCase() throws Exception {
        String body = addChild("Ada", today.minusYears(4));
        List<Integer> ids = JsonPath.read(body, "$.clients[*].personId");
        postJson("/family-members", """
                {"givenName":"Gran","familyName":"Fixture","dateOfBirth":"1955-01-01","role":"GRANDPARENT","version":%d}"""
                .formatted(version())).andExpect(status().isOk());
        List<Integer> all = JsonPath.read(CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId), token)),
                "$.clients[*].personId");
        int gran = all.stream().filter(i -> !ids.contains(i)).findFirst().orElseThrow();
        postJson("/relationships", """
                {"fromPersonId":%d,"toPersonId":%d,"kind":"CARES_FOR","startedOn":"%s","version":%d}"""
                .formatted(gran, ids.get(1), today.minusMonths(2), version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("CARES_FOR"));
        long stranger = people.registerFamilyMember("Not", "InCase", null);
        postJson("/relationships", """
                {"fromPersonId":%d,"toPersonId":%d,"kind":"LIVES_WITH","version":%d}"""
                .formatted(stranger, ids.get(1), version()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("fromPersonId"));
        mvc.perform(as(get("/api/v1/cases/" + caseId), token))
                .andExpect(jsonPath("$.relationships[*].kind").value(org.hamcrest.Matchers.hasItem("CARES_FOR")));
    }

    @Test
    void aReleaseDateBeforeTheSentenceStartIsRefusedWithHowToFixIt() throws Exception {
        postJson("/sentence", """
                {"sentenceType":"DETERMINATE","sentenceStart":"2025-06-01","expectedRelease":"2025-01-01","version":%d}"""
                .formatted(version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("expectedRelease"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("enter a release date on or after the start")));
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/custody"), token))
                .andExpect(jsonPath("$.sentenceType").doesNotExist());
        postJson("/sentence", """
                {"sentenceType":"DETERMINATE","sentenceStart":"2025-06-01","expectedRelease":"2027-01-01","version":%d}"""
                .formatted(version())).andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/custody"), token))
                .andExpect(jsonPath("$.expectedRelease").value("2027-01-01"));
        String page = mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Determinate sentence from 2025-06-01, expected release 2027-01-01");
    }
}
