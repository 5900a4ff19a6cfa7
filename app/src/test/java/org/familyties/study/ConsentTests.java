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
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FamilyTiesTest
class ConsentTests {

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
    StudyConsents consents;

    long study;
    Wave wave1;

    @BeforeEach
    void setUp() {
        study = DemoStudyHelper.study(studies);
        wave1 = DemoStudyHelper.wave(designs, studies, users, 1);
    }

    private ResultActions saveRecord(Participant p, String instrument, String responses) throws Exception {
        return mvc.perform(put("/api/v1/studies/{s}/participants/{p}/waves/{w}/records/{i}", study, p.pseudonym(),
                        wave1.id(), instrument).with(Requests.as(users, "researcher")).with(Requests.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"INCOMPLETE\",\"responses\":" + responses + "}"));
    }

    private ResultActions consent(Participant p, String kind, boolean questionnaires) throws Exception {
        return mvc.perform(post("/api/v1/studies/{s}/participants/{p}/consents", study, p.pseudonym())
                .with(Requests.as(users, "researcher")).with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"waveId\":" + wave1.id() + ",\"kind\":\"" + kind + "\",\"givenBy\":\"carer\","
                        + "\"givenOn\":\"2026-02-01\",\"questionnaires\":" + questionnaires + ",\"interview\":true}"));
    }

    @Test
    void anAdultNeedsConsentToQuestionnairesAtTheWave() throws Exception {
        Participant father = DemoStudyHelper.newMember(studies, users, families, "father");
        saveRecord(father, "brs", "{\"brs_1\":\"3\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consent"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("record their consent")));
        mvc.perform(get("/studies/{s}/participants/{p}/waves/{w}/brs", study, father.pseudonym(), wave1.id())
                        .with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-warning-text")))
                .andExpect(content().string(not(containsString("name=\"brs_1\""))));

        consent(father, "ASSENT", true).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        consent(father, "CONSENT", false).andExpect(status().isCreated());
        saveRecord(father, "brs", "{\"brs_1\":\"3\"}").andExpect(status().isUnprocessableContent());
        consent(father, "CONSENT", true).andExpect(status().isCreated());
        saveRecord(father, "brs", "{\"brs_1\":\"3\"}").andExpect(status().isOk());
    }

    @Test
    void aChildNeedsAssentAndAParentsConsent() throws Exception {
        Participant child = DemoStudyHelper.newMember(studies, users, families, "child");
        consent(child, "CONSENT", true).andExpect(status().isUnprocessableContent());
        consent(child, "ASSENT", true).andExpect(status().isCreated());
        saveRecord(child, "child_questionnaire", "{\"cq_age\":\"9\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("parent's or carer's consent")));
        consent(child, "PARENT_CONSENT", true).andExpect(status().isCreated());
        saveRecord(child, "child_questionnaire", "{\"cq_age\":\"9\"}").andExpect(status().isOk());
    }

    @Test
    void withdrawalStopsDataEntryAsAskedAndIsQueryableForExports() throws Exception {
        Participant father = DemoStudyHelper.newMember(studies, users, families, "father");
        Participant mother = DemoStudyHelper.newMember(studies, users, families, "mother");
        consent(father, "CONSENT", true);
        consent(mother, "CONSENT", true);
        mvc.perform(post("/api/v1/studies/{s}/participants/{p}/withdrawal", study, father.pseudonym())
                        .with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"REMOVE_DATA\",\"withdrawnOn\":\"2026-03-01\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/studies/{s}/participants/{p}/withdrawal", study, mother.pseudonym())
                        .with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"NO_FURTHER_CONTACT\",\"withdrawnOn\":\"2026-03-01\"}"))
                .andExpect(status().isOk());
        saveRecord(father, "brs", "{\"brs_1\":\"3\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("withdrew")));
        saveRecord(mother, "brs", "{\"brs_1\":\"3\"}").andExpect(status().isOk());

        var dm = DemoStudyHelper.dataManager(users);
        assertThat(consents.withdrawalsWithChoice(study, WithdrawalChoice.REMOVE_DATA, dm)).containsKey(father.pseudonym())
                .doesNotContainKey(mother.pseudonym());
        mvc.perform(get("/api/v1/studies/{s}/withdrawals", study).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$[?(@.pseudonym == '" + father.pseudonym() + "')].choice").value(
                        org.hamcrest.Matchers.contains("REMOVE_DATA")));
    }

    @Test
    void bulkImportRefusesRowsWithoutConsent() throws Exception {
        Participant father = DemoStudyHelper.newMember(studies, users, families, "father");
        mvc.perform(post("/api/v1/studies/{s}/records", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType("text/csv")
                        .content("participant,wave,brs_1\n" + father.pseudonym() + ",1,3\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("participant"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("consent")));
    }

    @Test
    void theConsentFormShowsAnErrorSummary() throws Exception {
        Participant child = DemoStudyHelper.newMember(studies, users, families, "child");
        mvc.perform(post("/studies/{s}/participants/{p}/consents", study, child.pseudonym())
                        .with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .param("waveId", String.valueOf(wave1.id())).param("kind", "PARENT_CONSENT").param("givenOn", "2026-13-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a real date")));
        mvc.perform(post("/studies/{s}/participants/{p}/consents", study, child.pseudonym())
                        .with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .param("waveId", String.valueOf(wave1.id())).param("kind", "ASSENT").param("givenOn", "2026-02-01")
                        .param("questionnaires", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/studies/{s}/participants/{p}", study, child.pseudonym()).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("Child&#39;s assent")));
    }
}
