package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FamilyTiesTest
class ContactApiTests {

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
    int child1;
    int child2;
    final LocalDateTime lastWeek = LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(7).withNano(0);

    @BeforeEach
    void caseWithTwoChildren() throws Exception {
        token = Requests.token(mvc, "caseworker");
        caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        for (String name : List.of("Ivy", "Ned")) {
            post("/family-members", """
                    {"givenName":"%s","familyName":"Contact","dateOfBirth":"%s","role":"CHILD","version":%d}"""
                    .formatted(name, LocalDate.now().minusYears(8), CaseworkFixtures.version(mvc, token, caseId)))
                    .andExpect(status().isOk());
        }
        List<Integer> ids = JsonPath.read(CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId))), "$.clients[*].personId");
        child1 = ids.get(1);
        child2 = ids.get(2);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/cases/" + caseId + path)).content(json));
    }

    @Test
    void aVisitWithTwoChildrenIsLoggedAndCountedPerChild() throws Exception {
        post("/contacts", """
                {"kind":"CHILD_CENTRED_VISIT","occurredAt":"%s","participantIds":[%d,%d],"durationMinutes":90,
                 "facilitated":true,"quality":4,"outcome":"HAPPENED","note":"Went well"}"""
                .formatted(lastWeek, child1, child2))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participantNames").value(containsInAnyOrder("Ivy Contact", "Ned Contact")))
                .andExpect(jsonPath("$.facilitated").value(true));
        post("/contacts", """
                {"kind":"SOCIAL_VISIT","occurredAt":"%s","participantIds":[%d],"outcome":"CANCELLED_BY_PRISON","quality":5}"""
                .formatted(lastWeek.plusDays(1), child1))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.quality").doesNotExist());
        post("/contacts", """
                {"kind":"PHONE_CALL","occurredAt":"%s","participantIds":[%d],"durationMinutes":10}"""
                .formatted(lastWeek.plusDays(2), child1))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("HAPPENED"));

        String frequency = CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId + "/contacts/frequency?months=3")));
        List<Integer> ivy = JsonPath.read(frequency, "$.countsByPerson['Ivy Contact']");
        List<Integer> ned = JsonPath.read(frequency, "$.countsByPerson['Ned Contact']");
        assertThat(ivy.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(ned.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/contacts"))).andExpect(jsonPath("$.length()").value(3));

        String html = mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"contact-chart-title\"", "Child-centred visit", "Cancelled by the prison",
                "Ivy Contact, Ned Contact");
    }

    @Test
    void badContactsAreRefusedWithAReasonAndNothingIsSaved() throws Exception {
        long stranger = people.registerFamilyMember("Stray", "Person", null);
        post("/contacts", """
                {"kind":"SOCIAL_VISIT","occurredAt":"%s","participantIds":[%d,%d],"outcome":"HAPPENED"}"""
                .formatted(lastWeek, child1, stranger))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("participantIds"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a family member in this case")));
        post("/contacts", """
                {"kind":"LETTER","occurredAt":"%s","participantIds":[%d]}""".formatted(lastWeek.plusDays(10), child1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("in the future")));
        post("/contacts", """
                {"kind":"SOCIAL_VISIT","occurredAt":"%s","participantIds":[],"quality":9}""".formatted(lastWeek))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("participantIds", "quality", "outcome")));
        post("/contacts", """
                {"kind":"VIDEO_CALL","occurredAt":"%s","participantIds":[%d],"outcome":"PRISONER_REFUSED"}"""
                .formatted(lastWeek, child1))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/contacts"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void restrictionsAreRecordedAndOtherPrisonsCannotSeeContacts() throws Exception {
        post("/restrictions", """
                {"personId":%d,"kind":"CONDITIONAL_ON_INCENTIVES","incentiveLevel":"ENHANCED","startedOn":"%s",
                 "reason":"Extra family visits depend on the enhanced level"}""".formatted(child1, LocalDate.now()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.personName").value("Ivy Contact"));
        post("/restrictions", """
                {"kind":"CONDITIONAL_ON_INCENTIVES","startedOn":"%s"}""".formatted(LocalDate.now().plusDays(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("incentiveLevel", "startedOn", "reason")));
        String other = Requests.token(mvc, "caseworker2");
        mvc.perform(get("/api/v1/cases/" + caseId + "/contacts").header(HttpHeaders.AUTHORIZATION, Requests.bearer(other)))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/contacts")
                        .header(HttpHeaders.AUTHORIZATION, Requests.bearer(other)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"LETTER\",\"occurredAt\":\"%s\",\"participantIds\":[%d]}".formatted(lastWeek, child1)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theContactPageFormLogsAVisitAndRedirects() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + caseId + "/contacts")
                        .with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("kind", "FAMILY_DAY").param("date", lastWeek.toLocalDate().toString()).param("time", "10:00")
                        .param("participantIds", String.valueOf(child1), String.valueOf(child2))
                        .param("outcome", "HAPPENED").param("facilitated", "true").param("quality", "5"))
                .andExpect(status().is3xxRedirection());
        String errors = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + caseId + "/contacts")
                        .with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("kind", "FAMILY_DAY").param("date", "yesterday").param("time", "25:99"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("govuk-error-summary", "href=\"#date\"", "href=\"#time\"");
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/contacts"))).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].participantIds.length()").value(2));
    }
}
