package org.familyties.casework;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FamilyTiesTest
class TransferTests {

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

    @BeforeEach
    void openCase() throws Exception {
        token = Requests.token(mvc, "caseworker");
        caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String bearer) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(bearer)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aTransferMovesTheCaseToTheNewPrisonsTeam() throws Exception {
        long me = users.currentUserFor("caseworker").orElseThrow().userId();
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/allocation"), token)
                .content("{\"userId\":%d,\"version\":0}".formatted(me))).andExpect(status().isOk());
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token)
                        .content("{\"toPrisonCode\":\"D02\",\"movedOn\":\"%s\",\"version\":1}".formatted(LocalDate.now())))
                .andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(status().isNotFound());
        String other = Requests.token(mvc, "caseworker2");
        mvc.perform(as(get("/api/v1/cases/" + caseId), other)).andExpect(status().isOk())
                .andExpect(jsonPath("$.prisonName").value(prisons.findByCode("D02").orElseThrow().name()))
                .andExpect(jsonPath("$.allocatedUserId").doesNotExist())
                .andExpect(jsonPath("$.status").value("REFERRED"));
    }

    @Test
    void aReleaseClosesTheCaseWithTheReasonTheCaseworkerChooses() throws Exception {
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token)
                        .content("{\"movedOn\":\"%s\",\"version\":0}".formatted(LocalDate.now().minusDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("onRelease"));
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token)
                        .content("{\"movedOn\":\"%s\",\"version\":0,\"onRelease\":\"CLOSE\",\"closureReason\":\"RELEASED\"}"
                                .formatted(LocalDate.now().minusDays(1))))
                .andExpect(status().isOk());
        // the closed case stays with the prison that worked it, for its history
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closureReason").value("RELEASED"));
    }

    @Test
    void aMoveToAnUnknownPrisonOrInTheFutureIsRefused() throws Exception {
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token)
                        .content("{\"toPrisonCode\":\"ZZ9\",\"movedOn\":\"%s\",\"version\":0}".formatted(LocalDate.now())))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("toPrisonCode"));
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token)
                        .content("{\"toPrisonCode\":\"D02\",\"movedOn\":\"%s\",\"version\":0}".formatted(LocalDate.now().plusDays(2))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("movedOn"));
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(status().isOk());
    }

    @Test
    void aReleasedPersonsCaseIsHandedOverRecordedInHistoryShownOnTheCaseAndLeavesTheCaseload() throws Exception {
        LocalDate released = LocalDate.now().minusDays(1);
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token).content("""
                        {"movedOn":"%s","version":0,"onRelease":"HAND_OVER","handedToKind":"PROBATION"}"""
                        .formatted(released)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "handedTo", "handedOverOn", "handoverNote")));
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(jsonPath("$.status").value("REFERRED"));
        mvc.perform(as(post("/api/v1/cases/" + caseId + "/moves"), token).content("""
                        {"movedOn":"%s","version":0,"onRelease":"HAND_OVER","handedToKind":"PROBATION",
                         "handedTo":"North Probation Delivery Unit, Jo Officer","handedOverOn":"%s",
                         "handoverNote":"Family wants help with contact centre visits for the children"}"""
                        .formatted(released, LocalDate.now())))
                .andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/cases/" + caseId), token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closureReason").value("HANDED_OVER"))
                .andExpect(jsonPath("$.handover.handedToKind").value("PROBATION"))
                .andExpect(jsonPath("$.handover.handedTo").value("North Probation Delivery Unit, Jo Officer"))
                .andExpect(jsonPath("$.history[-1].note").value(org.hamcrest.Matchers.containsString(
                        "handed over to North Probation Delivery Unit")));
        String caseload = mvc.perform(as(get("/api/v1/cases"), token)).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(caseload,
                "$[*].id")).doesNotContain((int) caseId);
        String page = mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"handover\"", "Probation",
                "North Probation Delivery Unit, Jo Officer", "Family wants help with contact centre visits");
    }
}
