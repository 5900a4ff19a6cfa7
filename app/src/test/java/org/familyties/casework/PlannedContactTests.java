package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
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

/** Contacts are planned, changed (a child added), cancelled with a reason or recorded as happened. */
@FamilyTiesTest
class PlannedContactTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;
    @Autowired
    AuditLog auditLog;

    String token;
    long caseId;
    int partner;
    int child;
    final LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(7).withHour(14).withMinute(0)
            .withSecond(0).withNano(0);

    @BeforeEach
    void caseWithPartnerAndChild() throws Exception {
        token = Requests.token(mvc, "caseworker");
        caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        send(post("/api/v1/cases/" + caseId + "/family-members"), """
                {"givenName":"Sam","familyName":"Planned","dateOfBirth":"1991-01-01","role":"PARTNER","version":%d}"""
                .formatted(CaseworkFixtures.version(mvc, token, caseId))).andExpect(status().isOk());
        send(post("/api/v1/cases/" + caseId + "/family-members"), """
                {"givenName":"Lily","familyName":"Planned","dateOfBirth":"%s","role":"CHILD","version":%d}"""
                .formatted(LocalDate.now().minusYears(6), CaseworkFixtures.version(mvc, token, caseId)))
                .andExpect(status().isOk());
        String c = CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId)));
        partner = JsonPath.<List<Integer>>read(c, "$.clients[?(@.relationToPrisoner == 'PARTNER')].personId").get(0);
        child = JsonPath.<List<Integer>>read(c, "$.clients[?(@.relationToPrisoner == 'CHILD')].personId").get(0);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(as(request).content(json));
    }

    private String plans() throws Exception {
        return CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId + "/planned-contacts")));
    }

    private long plan(String kind, LocalDateTime at, int... participants) throws Exception {
        String ids = java.util.Arrays.stream(participants).mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        String saved = send(post("/api/v1/cases/" + caseId + "/planned-contacts"), """
                {"kind":"%s","plannedAt":"%s","participantIds":[%s],"facilitated":true,"note":"Booked with visits hall"}"""
                .formatted(kind, at, ids)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(saved, "$.id")).longValue();
    }

    @Test
    void aPlannedVisitIsListedChangedToAddAChildAndAudited() throws Exception {
        long id = plan("CHILD_CENTRED_VISIT", nextWeek, partner);
        send(put("/api/v1/cases/" + caseId + "/planned-contacts/" + id), """
                {"kind":"CHILD_CENTRED_VISIT","plannedAt":"%s","participantIds":[%d,%d],"facilitated":true,"version":0}"""
                .formatted(nextWeek, partner, child))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantNames").value(containsInAnyOrder("Sam Planned", "Lily Planned")))
                .andExpect(jsonPath("$.version").value(1));

        String list = plans();
        assertThat(JsonPath.<List<Integer>>read(list, "$[*].id")).containsExactly((int) id);
        assertThat(auditLog.historyOf(PlannedContacts.RECORD_TYPE, String.valueOf(id)))
                .extracting(e -> e.action()).contains(AuditAction.CREATE, AuditAction.UPDATE);

        String html = mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"planned-contacts\"", "Child-centred visit", "Sam Planned, Lily Planned",
                "/planned-contacts/" + id + "/contact");
    }

    @Test
    void aSecondChangeWithTheOldVersionIsRefusedAsAConflict() throws Exception {
        long id = plan("SOCIAL_VISIT", nextWeek, partner);
        String change = """
                {"kind":"SOCIAL_VISIT","plannedAt":"%s","participantIds":[%d],"facilitated":false,"version":0}""";
        send(put("/api/v1/cases/" + caseId + "/planned-contacts/" + id), change.formatted(nextWeek.plusDays(1), partner))
                .andExpect(status().isOk());
        send(put("/api/v1/cases/" + caseId + "/planned-contacts/" + id), change.formatted(nextWeek.plusDays(2), partner))
                .andExpect(status().isConflict());
        assertThat(JsonPath.<String>read(plans(), "$[0].plannedAt")).startsWith(nextWeek.plusDays(1).toLocalDate().toString());
    }

    @Test
    void aCancelledPlanNeedsAReasonAndLeavesTheList() throws Exception {
        long id = plan("VIDEO_CALL", nextWeek, child);
        send(post("/api/v1/cases/" + caseId + "/planned-contacts/" + id + "/cancellation"), "{\"version\":0,\"reason\":\" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post("/api/v1/cases/" + caseId + "/planned-contacts/" + id + "/cancellation"),
                "{\"version\":0,\"reason\":\"Prison lockdown\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellationReason").value("Prison lockdown"));
        assertThat(JsonPath.<List<Integer>>read(plans(), "$[*].id")).doesNotContain((int) id);
        send(post("/api/v1/cases/" + caseId + "/planned-contacts/" + id + "/cancellation"),
                "{\"version\":1,\"reason\":\"Again\"}").andExpect(status().isConflict());
    }

    @Test
    void aPlanRecordedAsHappenedBecomesALoggedContact() throws Exception {
        LocalDateTime today = LocalDateTime.now(ZoneId.of("Europe/London")).withHour(0).withMinute(1).withSecond(0).withNano(0);
        long id = plan("FAMILY_DAY", today, partner, child);
        String logged = send(post("/api/v1/cases/" + caseId + "/planned-contacts/" + id + "/contact"), """
                {"version":0,"contact":{"kind":"FAMILY_DAY","occurredAt":"%s","participantIds":[%d,%d],"facilitated":true,
                 "outcome":"HAPPENED","quality":5}}""".formatted(today, partner, child))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int contactId = JsonPath.read(logged, "$.id");
        assertThat(JsonPath.<List<Integer>>read(CaseworkFixtures.body(mvc, as(get("/api/v1/cases/" + caseId + "/contacts"))),
                "$[*].id")).containsExactly(contactId);
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/planned-contacts/" + id)))
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andExpect(jsonPath("$.contactEventId").value(contactId));
        assertThat(JsonPath.<List<Integer>>read(plans(), "$[*].id")).doesNotContain((int) id);
    }

    @Test
    void badPlansAreRefusedAndNothingIsSaved() throws Exception {
        long stranger = people.registerFamilyMember("Stray", "Planner", null);
        send(post("/api/v1/cases/" + caseId + "/planned-contacts"), """
                {"kind":"SOCIAL_VISIT","plannedAt":"%s","participantIds":[%d,%d]}"""
                .formatted(nextWeek.minusDays(30), partner, stranger))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "participantIds")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("not a family member in this case")));
        assertThat(JsonPath.<List<?>>read(plans(), "$")).isEmpty();
        String other = Requests.token(mvc, "caseworker2");
        mvc.perform(get("/api/v1/cases/" + caseId + "/planned-contacts").header(HttpHeaders.AUTHORIZATION,
                Requests.bearer(other))).andExpect(status().isNotFound());
    }

    @Test
    void thePagesPlanChangeAndRecordAContact() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/planned-contacts").with(Requests.as(users, "caseworker"))
                        .with(Requests.csrf()).param("kind", "SOCIAL_VISIT").param("date", nextWeek.toLocalDate().toString())
                        .param("time", "10:30").param("participantIds", String.valueOf(partner)).param("facilitated", "true"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        long id = ((Number) JsonPath.read(plans(), "$[0].id")).longValue();
        String edit = mvc.perform(get("/cases/" + caseId + "/planned-contacts/" + id + "/edit")
                .with(Requests.as(users, "caseworker"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(edit).contains("value=\"10:30\"", "name=\"version\"");
        String record = mvc.perform(get("/cases/" + caseId + "/planned-contacts/" + id + "/contact")
                .with(Requests.as(users, "caseworker"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(record).contains("action=\"/cases/" + caseId + "/planned-contacts/" + id + "/contact\"",
                "value=\"" + nextWeek.toLocalDate() + "\"");
        mvc.perform(post("/cases/" + caseId + "/planned-contacts/" + id + "/cancellation")
                        .with(Requests.as(users, "caseworker")).with(Requests.csrf()).param("version", "0").param("reason", ""))
                .andExpect(status().isOk());
        mvc.perform(post("/cases/" + caseId + "/planned-contacts/" + id + "/cancellation")
                        .with(Requests.as(users, "caseworker")).with(Requests.csrf()).param("version", "0")
                        .param("reason", "Family unwell"))
                .andExpect(redirectedUrl("/cases/" + caseId));
    }
}
