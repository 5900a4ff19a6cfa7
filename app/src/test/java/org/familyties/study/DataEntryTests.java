package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FamilyTiesTest
class DataEntryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Studies studies;
    @Autowired
    StudyFamilies families;
    @Autowired
    StudyDesigns designs;
    @Autowired
    AuditLog auditLog;
    @Autowired
    org.springframework.context.ApplicationContext context;

    long study;
    Participant child;
    Wave wave1;
    String form;

    @BeforeEach
    void newChild() {
        study = DemoStudyHelper.study(studies);
        child = DemoStudyHelper.newMember(studies, users, families, "child");
        wave1 = DemoStudyHelper.wave(designs, studies, users, 1);
        new TestConsent(context).giveFor(study, child, wave1);
        form = "/studies/" + study + "/participants/" + child.pseudonym() + "/waves/" + wave1.id() + "/child_questionnaire";
    }

    private MockHttpServletRequestBuilder submit(String action) {
        return post(form).with(Requests.as(users, "researcher")).with(Requests.csrf()).param("action", action);
    }

    private String api() {
        return "/api/v1/studies/" + study + "/participants/" + child.pseudonym() + "/waves/" + wave1.id()
                + "/records/child_questionnaire";
    }

    @Test
    void branchingShowsFollowUpQuestionsOnlyAfterTheAnswerThatOpensThemIsSaved() throws Exception {
        mvc.perform(get(form).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"cq_age\"")))
                .andExpect(content().string(containsString("name=\"cq_sees_father\"")))
                .andExpect(content().string(not(containsString("cq_contact___1"))));

        mvc.perform(submit("save").param("cq_age", "9").param("cq_sees_father", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(form).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("cq_contact___1")))
                .andExpect(content().string(containsString("Still to answer (1)")))
                .andExpect(content().string(containsString("How do you keep in touch with your dad?")));

        mvc.perform(submit("complete").param("cq_age", "9").param("cq_sees_father", "0").param("cq_contact___2", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api()).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").value("COMPLETE"))
                .andExpect(jsonPath("$.responses.cq_sees_father").value("0"))
                .andExpect(jsonPath("$.responses.cq_contact___2").doesNotExist());
        mvc.perform(get(form).with(Requests.as(users, "researcher")))
                .andExpect(content().string(not(containsString("cq_contact___2"))));
    }

    @Test
    void wrongAnswersAreNeverSavedAndRequiredAnswersAreNeededToComplete() throws Exception {
        mvc.perform(submit("save").param("cq_age", "nine").param("cq_closeness", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#cq_age\"")))
                .andExpect(content().string(containsString("href=\"#cq_closeness\"")));
        mvc.perform(get(api()).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").doesNotExist());

        mvc.perform(submit("complete").param("cq_age", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#cq_sees_father\"")));
        mvc.perform(submit("save").param("cq_age", "9"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api()).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").value("INCOMPLETE"))
                .andExpect(jsonPath("$.missing[0]").value("Do you have contact with your dad?"));
    }

    @Test
    void missingCodesAreKeptApartFromBlanksAndNotMixedWithAnswers() throws Exception {
        mvc.perform(submit("save").param("cq_age", "9").param("missing-cq_school", "-8"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api()).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.responses.cq_school").value("-8"))
                .andExpect(jsonPath("$.responses.cq_worries").doesNotExist());
        mvc.perform(submit("save").param("cq_age", "9").param("cq_school", "1").param("missing-cq_school", "-7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give an answer or say why there is none, not both")));
        mvc.perform(submit("complete").param("missing-cq_age", "-7").param("missing-cq_sees_father", "-9"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api()).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").value("COMPLETE"))
                .andExpect(jsonPath("$.responses.cq_age").value("-7"));
    }

    @Test
    void everyChangeIsAuditedWithOldAndNewValuesAndOnlyDataManagersVerify() throws Exception {
        mvc.perform(put(api()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"INCOMPLETE\",\"responses\":{\"cq_age\":\"8\"}}"))
                .andExpect(status().isOk());
        mvc.perform(put(api()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"INCOMPLETE\",\"responses\":{\"cq_age\":\"10\"}}"))
                .andExpect(status().isOk());
        var history = auditLog.recent(5).stream().filter(e -> StudyRecords.RECORD_TYPE.equals(e.recordType())).toList();
        assertThat(history.get(0).details()).contains("\"cq_age\":{\"old\":\"8\",\"new\":\"10\"}");
        assertThat(history.get(1).details()).contains("\"cq_age\":{\"old\":null,\"new\":\"8\"}");

        mvc.perform(put(api()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"VERIFIED\",\"responses\":{\"cq_age\":\"10\",\"cq_sees_father\":\"0\"}}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put(api()).with(Requests.as(users, "datamanager")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"VERIFIED\",\"responses\":{\"cq_age\":\"10\",\"cq_sees_father\":\"0\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        mvc.perform(put(api()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"INCOMPLETE\",\"responses\":{\"nonsense\":\"1\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nonsense"));
    }

    @Test
    void instrumentsNotScheduledForTheRoleAreNotFound() throws Exception {
        mvc.perform(get("/studies/" + study + "/participants/" + child.pseudonym() + "/waves/" + wave1.id() + "/brs")
                .with(Requests.as(users, "researcher"))).andExpect(status().isNotFound());
    }
}
