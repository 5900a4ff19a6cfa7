package org.familyties.study;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class FamilyChangeTests {

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

    @Test
    void aFamilysSituationIsRecordedPerWaveAndShownAsATimelineAndAcrossFamilies() throws Exception {
        long study = DemoStudyHelper.study(studies);
        var dm = DemoStudyHelper.dataManager(users);
        var family = families.registerFamily(study, new NewFamily(null, null, LocalDate.of(2025, 5, 1)), dm);
        var father = families.addParticipant(study, family.id(), new NewParticipant("father", "A", "B", null, null, null), dm);
        var mother = families.addParticipant(study, family.id(), new NewParticipant("mother", "C", "B", null, null, null), dm);
        var child = families.addParticipant(study, family.id(), new NewParticipant("child", "D", "B", null, null, null), dm);
        Wave wave1 = DemoStudyHelper.wave(designs, studies, users, 1);
        Wave wave2 = DemoStudyHelper.wave(designs, studies, users, 2);
        String base = "/api/v1/studies/" + study + "/families/" + family.id();

        mvc.perform(put(base + "/waves/{w}/status", wave1.id()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"household\":[\"" + mother.pseudonym() + "\",\"" + child.pseudonym() + "\"],"
                                + "\"parentsRelationship\":\"TOGETHER\",\"fatherCustody\":\"IN_CUSTODY\","
                                + "\"fatherContact\":{\"" + child.pseudonym() + "\":\"VISITS\"}}"))
                .andExpect(status().isOk());
        mvc.perform(put(base + "/waves/{w}/status", wave2.id()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"household\":[\"" + mother.pseudonym() + "\",\"" + child.pseudonym() + "\"],"
                                + "\"otherAdults\":1,\"parentsRelationship\":\"REPARTNERED\",\"fatherCustody\":\"ON_LICENCE\","
                                + "\"fatherContact\":{\"" + child.pseudonym() + "\":\"INDIRECT\"}}"))
                .andExpect(status().isOk());
        mvc.perform(put(base + "/waves/{w}/status", wave2.id()).with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"household\":[\"F0000-X1\"],\"otherAdults\":-1,"
                                + "\"fatherContact\":{\"" + father.pseudonym() + "\":\"VISITS\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(5));

        mvc.perform(get(base + "/timeline").with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$[0].status.fatherCustody").value("IN_CUSTODY"))
                .andExpect(jsonPath("$[1].status.parentsRelationship").value("REPARTNERED"))
                .andExpect(jsonPath("$[1].status.fatherContact." + child.pseudonym()).value("INDIRECT"))
                .andExpect(jsonPath("$[2].status").doesNotExist());
        mvc.perform(get("/studies/{s}/families/{f}/timeline", study, family.id()).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("Re-partnered")))
                .andExpect(content().string(containsString("Released on licence")));
        mvc.perform(get("/studies/{s}/family-change", study).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("Together · In custody")));
        mvc.perform(post("/studies/{s}/families/{f}/waves/{w}/status", study, family.id(), wave1.id())
                        .with(Requests.as(users, "researcher")).with(Requests.csrf())
                        .param("otherAdults", "two").param("parentsRelationship", "TOGETHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a whole number")));
    }
}
