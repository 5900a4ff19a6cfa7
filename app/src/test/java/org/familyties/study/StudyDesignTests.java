package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class StudyDesignTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Studies studies;
    @Autowired
    AuditLog auditLog;

    private long demoStudy() {
        return studies.findByCode("FAMWAVES").orElseThrow().id();
    }

    @Test
    void theDemoStudyHasWavesRolesAndASchedule() throws Exception {
        mvc.perform(get("/api/v1/studies/{id}/design", demoStudy()).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waves", hasSize(3)))
                .andExpect(jsonPath("$.waves[0].name").value("During sentence"))
                .andExpect(jsonPath("$.waves[1].window.event").value("FATHER_RELEASE"))
                .andExpect(jsonPath("$.roles[*].code").value(org.hamcrest.Matchers.contains("father", "mother", "child")))
                .andExpect(jsonPath("$.schedule", hasSize(18)));
        mvc.perform(get("/studies/{id}", demoStudy()).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Six years on")))
                .andExpect(content().string(containsString("child_questionnaire")));
    }

    @Test
    void dataManagersAddWavesAndRolesThroughTheApiWithEveryProblemReported() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        long before = auditLog.count();
        mvc.perform(post("/api/v1/studies/{id}/waves", f.studyId()).with(Requests.as(users, f.dataManager()))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Baseline\",\"windowKind\":\"ABSOLUTE\",\"start\":\"2026-01-01\",\"end\":\"2026-06-30\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(1));
        assertThat(auditLog.count()).isGreaterThan(before);
        mvc.perform(post("/api/v1/studies/{id}/waves", f.studyId()).with(Requests.as(users, f.dataManager()))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Baseline\",\"windowKind\":\"RELATIVE\",\"offsetStartDays\":10,\"offsetEndDays\":5}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "lifeEvent", "offsetEndDays")));
        mvc.perform(post("/api/v1/studies/{id}/informant-roles", f.studyId()).with(Requests.as(users, f.dataManager()))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"grandparent\",\"name\":\"Grandparent carer\",\"pseudonymSuffix\":\"g\",\"child\":false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pseudonymSuffix").value("G"));
        mvc.perform(get("/api/v1/studies/{id}/design", f.studyId()).with(Requests.as(users, f.researcher())))
                .andExpect(jsonPath("$.waves", hasSize(1)))
                .andExpect(jsonPath("$.roles[0].code").value("grandparent"));
    }

    @Test
    void researchersCannotChangeTheDesignAndOtherStudiesAreNotFound() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        mvc.perform(post("/api/v1/studies/{id}/waves", f.studyId()).with(Requests.as(users, f.researcher()))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/studies/{id}/design", f.studyId()).with(Requests.as(users, "researcher")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScheduleOnlyAcceptsTheStudysWavesRolesAndInstruments() throws Exception {
        long study = demoStudy();
        mvc.perform(put("/api/v1/studies/{id}/schedule", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"waveId\":999999,\"roleId\":999999,\"instrument\":\"nope\"}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(3)));
        mvc.perform(get("/api/v1/studies/{id}/design", study).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.schedule", hasSize(18)));
    }

    @Test
    void theWavePageShowsAnErrorSummaryAndAddsAValidWave() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        mvc.perform(post("/studies/{id}/waves", f.studyId()).with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .param("name", "").param("windowKind", "ABSOLUTE").param("start", "2026-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a real date as YYYY-MM-DD")));
        mvc.perform(post("/studies/{id}/waves", f.studyId()).with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .param("name", "After release").param("windowKind", "RELATIVE")
                        .param("lifeEvent", "FATHER_RELEASE").param("offsetStartDays", "90").param("offsetEndDays", "270"))
                .andExpect(redirectedUrl("/studies/" + f.studyId()));
        mvc.perform(get("/studies/{id}", f.studyId()).with(Requests.as(users, f.dataManager())))
                .andExpect(content().string(containsString("90 to 270 days from the father&#39;s release")));
    }
}
