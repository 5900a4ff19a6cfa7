package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class ScoringTests {

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
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void scoresAreRecomputedWhenAResponseChangesAndShownOnTheRecordPage() throws Exception {
        long study = DemoStudyHelper.study(studies);
        Participant father = DemoStudyHelper.newMember(studies, users, families, "father");
        Wave wave = DemoStudyHelper.wave(designs, studies, users, 1);
        new TestConsent(context).giveFor(study, father, wave);
        String api = "/api/v1/studies/" + study + "/participants/" + father.pseudonym() + "/waves/" + wave.id()
                + "/records/brs";
        mvc.perform(put(api).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"COMPLETE\",\"responses\":{\"brs_1\":\"5\",\"brs_2\":\"1\",\"brs_3\":\"5\","
                                + "\"brs_4\":\"1\",\"brs_5\":\"5\",\"brs_6\":\"1\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores[0].scores[0].value").value(5.0))
                .andExpect(jsonPath("$.scores[0].scores[0].band").value("High resilience"));
        assertThat(storedScore(father)).isEqualTo(5.0);

        mvc.perform(put(api).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"COMPLETE\",\"responses\":{\"brs_1\":\"1\",\"brs_2\":\"5\",\"brs_3\":\"1\","
                                + "\"brs_4\":\"5\",\"brs_5\":\"1\",\"brs_6\":\"5\"}}"))
                .andExpect(jsonPath("$.scores[0].scores[0].value").value(1.0));
        assertThat(storedScore(father)).isEqualTo(1.0);

        mvc.perform(put(api).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"INCOMPLETE\",\"responses\":{\"brs_1\":\"1\",\"brs_2\":\"-7\"}}"))
                .andExpect(jsonPath("$.scores[0].scores[0].value").doesNotExist());
        assertThat(storedScore(father)).isNull();
        mvc.perform(get("/studies/" + study + "/participants/" + father.pseudonym() + "/waves/" + wave.id() + "/brs")
                        .with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("Resilience")))
                .andExpect(content().string(containsString("Not scored")));
    }

    @Test
    void scalesAttachOnlyToInstrumentsThatHaveTheirItems() throws Exception {
        long study = DemoStudyHelper.study(studies);
        mvc.perform(put("/api/v1/studies/{s}/instruments/child_questionnaire/scales", study)
                        .with(Requests.as(users, "datamanager")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[\"brs\"]"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/studies/{s}/instruments/swemwbs/scales", study).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$[0]").value("swemwbs"));
    }

    private Double storedScore(Participant p) {
        return jdbc.sql("select sc.score from study_score sc join study_record r on r.id = sc.record_id "
                        + "where r.participant_id = :p and sc.scale_id = 'brs' and sc.subscale_id = 'resilience'")
                .param("p", p.id()).query((rs, n) -> {
                    double v = rs.getDouble(1);
                    return rs.wasNull() ? null : v;
                }).optional().orElse(null);
    }
}
