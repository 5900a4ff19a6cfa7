package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.MutableClock;
import org.familyties.support.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@FamilyTiesTest
class NotesAndTasksTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;
    @Autowired
    MutableClock clock;

    String token;
    long caseId;
    long me;

    @BeforeEach
    void openCase() throws Exception {
        token = Requests.token(mvc, "caseworker");
        caseId = CaseworkFixtures.openCase(mvc, token, people, prisons);
        me = users.currentUserFor("caseworker").orElseThrow().userId();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Requests.bearer(token)).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(as(MockMvcRequestBuilders.post(path)).content(json));
    }

    @Test
    void notesAreTypedAndListedNewestFirst() throws Exception {
        post("/api/v1/cases/" + caseId + "/notes", "{\"kind\":\"CONVERSATION_WITH_FAMILY\",\"body\":\"First call\"}")
                .andExpect(status().isCreated());
        post("/api/v1/cases/" + caseId + "/notes", "{\"kind\":\"AGENCY_LIAISON\",\"body\":\"Spoke to school\"}")
                .andExpect(status().isCreated());
        post("/api/v1/cases/" + caseId + "/notes", "{\"body\":\" \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(as(get("/api/v1/cases/" + caseId + "/notes")))
                .andExpect(jsonPath("$[0].body").value("Spoke to school"))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void closingACaseWithOpenTasksWarnsUntilConfirmed() throws Exception {
        post("/api/v1/cases/" + caseId + "/tasks", "{\"description\":\"Book family day\",\"ownerUserId\":%d,\"dueOn\":\"%s\"}"
                .formatted(me, LocalDate.now().plusDays(3))).andExpect(status().isCreated());
        int version = CaseworkFixtures.version(mvc, token, caseId);
        post("/api/v1/cases/" + caseId + "/closure", "{\"closedOn\":\"%s\",\"reason\":\"FAMILY_WITHDREW\",\"version\":%d}"
                .formatted(LocalDate.now(), version))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("confirmOpenTasks"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1 open task")));
        post("/api/v1/cases/" + caseId + "/closure",
                "{\"closedOn\":\"%s\",\"reason\":\"FAMILY_WITHDREW\",\"confirmOpenTasks\":true,\"version\":%d}"
                        .formatted(LocalDate.now(), version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void tasksNeedAnOwnerFromThePrisonAndADueDateNotInThePast() throws Exception {
        long elsewhere = users.currentUserFor("caseworker2").orElseThrow().userId();
        post("/api/v1/cases/" + caseId + "/tasks", "{\"description\":\"x\",\"ownerUserId\":%d,\"dueOn\":\"%s\"}"
                .formatted(elsewhere, LocalDate.now().minusDays(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("ownerUserId", "dueOn")));
    }

    @Test
    void myWorkListsOverdueReviewsAndTasksAndDoneTasksLeaveIt() throws Exception {
        post("/api/v1/cases/" + caseId + "/allocation", "{\"userId\":%d,\"version\":%d}"
                .formatted(me, CaseworkFixtures.version(mvc, token, caseId))).andExpect(status().isOk());
        post("/api/v1/cases/" + caseId + "/assessments", "{\"assessedOn\":\"%s\",\"version\":%d}"
                .formatted(LocalDate.now(), CaseworkFixtures.version(mvc, token, caseId))).andExpect(status().isOk());
        String withGoal = CaseworkFixtures.body(mvc, as(MockMvcRequestBuilders.get("/api/v1/cases/" + caseId)));
        int prisoner = JsonPath.read(withGoal, "$.prisonerPersonId");
        post("/api/v1/cases/" + caseId + "/goals", "{\"clientPersonId\":%d,\"description\":\"Keep in touch\",\"version\":%d}"
                .formatted(prisoner, CaseworkFixtures.version(mvc, token, caseId))).andExpect(status().isOk());
        post("/api/v1/cases/" + caseId + "/reviews", "{\"heldOn\":\"%s\",\"summary\":\"ok\",\"nextReviewDue\":\"%s\",\"version\":%d}"
                .formatted(LocalDate.now(), LocalDate.now().plusDays(1), CaseworkFixtures.version(mvc, token, caseId)))
                .andExpect(status().isOk());
        String task = post("/api/v1/cases/" + caseId + "/tasks", "{\"description\":\"Call carer\",\"ownerUserId\":%d,\"dueOn\":\"%s\"}"
                .formatted(me, LocalDate.now().plusDays(2))).andReturn().getResponse().getContentAsString();
        int taskId = JsonPath.read(task, "$.id");

        clock.advance(Duration.ofDays(5));
        token = Requests.token(mvc, "caseworker");
        String work = CaseworkFixtures.body(mvc, as(get("/api/v1/my-work")));
        assertThat(JsonPath.<List<Integer>>read(work, "$.overdueReviews[*].id")).contains((int) caseId);
        assertThat(JsonPath.<List<Integer>>read(work, "$.tasks[?(@.overdue == true)].id")).contains(taskId);
        String page = mvc.perform(get("/my-work").with(Requests.as(users, "caseworker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Call carer", "Overdue", "Case " + caseId);

        post("/api/v1/tasks/" + taskId + "/done", "").andExpect(status().isOk()).andExpect(jsonPath("$.doneOn").exists());
        post("/api/v1/tasks/" + taskId + "/done", "").andExpect(status().isConflict());
        String after = CaseworkFixtures.body(mvc, as(get("/api/v1/my-work")));
        assertThat(JsonPath.<List<Integer>>read(after, "$.tasks[*].id")).doesNotContain(taskId);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/tasks/" + taskId + "/done")
                        .header(HttpHeaders.AUTHORIZATION, Requests.bearer(Requests.token(mvc, "caseworker2"))))
                .andExpect(status().isNotFound());
    }
}
