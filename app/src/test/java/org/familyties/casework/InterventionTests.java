package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
class InterventionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;

    String token;
    long d01;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void token() throws Exception {
        token = Requests.token(mvc, "caseworker");
        d01 = prisons.findByCode("D01").orElseThrow().id();
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header(HttpHeaders.AUTHORIZATION, Requests.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private int course(int capacity) throws Exception {
        String body = post("/api/v1/interventions", """
                {"prisonId":%d,"kind":"PARENTING_PROGRAMME","title":"Being a dad from inside","startsOn":"%s","endsOn":"%s","capacity":%d}"""
                .formatted(d01, today.minusDays(14), today.plusDays(30), capacity))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aCourseRunsFromEnrolmentThroughAttendanceToCompletion() throws Exception {
        int course = course(1);
        String path = "/api/v1/interventions/" + course;
        post(path + "/sessions", "{\"heldOn\":\"%s\",\"topic\":\"Talking to children about prison\"}".formatted(today.minusDays(7)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sessions.length()").value(1));
        post(path + "/sessions", "{\"heldOn\":\"%s\",\"topic\":\"Later\"}".formatted(today.plusDays(60)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));

        long caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        String c = CaseworkFixtures.body(mvc, get("/api/v1/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)));
        int prisoner = JsonPath.read(c, "$.prisonerPersonId");
        String enrolled = post(path + "/enrolments", "{\"caseId\":%d,\"personId\":%d}".formatted(caseId, prisoner))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enrolled").value(1))
                .andReturn().getResponse().getContentAsString();
        int enrolment = JsonPath.read(enrolled, "$.enrolments[0].id");
        int session = JsonPath.read(enrolled, "$.sessions[0].id");

        long another = CaseworkFixtures.openCase(mvc, token, people, prisons);
        String a = CaseworkFixtures.body(mvc, get("/api/v1/cases/" + another).header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)));
        post(path + "/enrolments", "{\"caseId\":%d,\"personId\":%d}".formatted(another, (int) JsonPath.read(a, "$.prisonerPersonId")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The course is full")));

        post(path + "/enrolments/" + enrolment + "/completion", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("has not attended any session")));
        post(path + "/sessions/" + session + "/attendance", "{\"attended\":[%d]}".formatted(enrolment))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sessions[0].attended").value(1))
                .andExpect(jsonPath("$.enrolments[0].sessionsAttended").value(1));
        post(path + "/enrolments/" + enrolment + "/completion", "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.enrolments[0].status").value("COMPLETED"));
        post(path + "/enrolments/" + enrolment + "/completion", "").andExpect(status().isConflict());

        String page = mvc.perform(get("/interventions/" + course).with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Being a dad from inside", "Talking to children about prison", "Completed");
        assertThat(mvc.perform(get("/interventions").with(Requests.as(users, "caseworker"))).andReturn().getResponse()
                .getContentAsString()).contains("Being a dad from inside");
    }

    @Test
    void coursesAreScopedAndValidated() throws Exception {
        int course = course(5);
        String other = Requests.token(mvc, "caseworker2");
        mvc.perform(get("/api/v1/interventions/" + course).header(HttpHeaders.AUTHORIZATION, Requests.bearer(other)))
                .andExpect(status().isNotFound());
        String theirs = CaseworkFixtures.body(mvc, get("/api/v1/interventions").header(HttpHeaders.AUTHORIZATION,
                Requests.bearer(other)));
        assertThat(JsonPath.<List<Integer>>read(theirs, "$[*].id")).doesNotContain(course);
        long d02 = prisons.findByCode("D02").orElseThrow().id();
        post("/api/v1/interventions", """
                {"prisonId":%d,"title":" ","startsOn":"%s","endsOn":"%s","capacity":0}"""
                .formatted(d02, today, today.minusDays(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "prisonId", "kind", "title", "endsOn", "capacity")));
    }
}
