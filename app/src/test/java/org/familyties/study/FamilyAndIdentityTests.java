package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditEntry;
import org.familyties.audit.AuditLog;
import org.familyties.people.PseudonymRegistry;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@FamilyTiesTest
class FamilyAndIdentityTests {

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
    void theDemoStudyHasFiftyFourFamiliesWithPseudonymousMembers() throws Exception {
        String body = mvc.perform(get("/api/v1/studies/{id}/families", demoStudy()).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<List<Object>> memberLists = JsonPath.read(body, "$[*].members");
        // 54 demo families of three or four; other tests add families of their own.
        assertThat(memberLists.stream().filter(m -> m.size() >= 3).count()).as("demo families").isGreaterThanOrEqualTo(54);
        List<String> pseudonyms = JsonPath.read(body, "$[*].members[*].pseudonym");
        assertThat(pseudonyms).hasSizeGreaterThan(54 * 3 - 1).allMatch(p -> p.matches("F\\d{3}-[FMC]\\d"));
        assertThat(pseudonyms).doesNotHaveDuplicates();
        mvc.perform(get("/studies/{id}/families", demoStudy()).with(Requests.as(users, "researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("families")))
                .andExpect(content().string(containsString(pseudonyms.get(0))));
    }

    @Test
    void researchersAreRefusedIdentityAndDataManagersSeeItAudited() throws Exception {
        long study = demoStudy();
        String body = mvc.perform(get("/api/v1/studies/{id}/families", study).with(Requests.as(users, "researcher")))
                .andReturn().getResponse().getContentAsString();
        String pseudonym = JsonPath.read(body, "$[0].members[0].pseudonym");
        Integer familyId = JsonPath.read(body, "$[0].family.id");

        mvc.perform(get("/api/v1/studies/{id}/participants/{p}/identity", study, pseudonym)
                .with(Requests.as(users, "researcher"))).andExpect(status().isForbidden());
        mvc.perform(get("/studies/{id}/families/{f}/identities", study, familyId)
                .with(Requests.as(users, "researcher"))).andExpect(status().isForbidden());

        int before = auditLog.historyOf(PseudonymRegistry.RECORD_TYPE, pseudonym).size();
        mvc.perform(get("/api/v1/studies/{id}/participants/{p}/identity", study, pseudonym)
                        .with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").isNotEmpty())
                .andExpect(jsonPath("$.dateOfBirth").isNotEmpty());
        List<AuditEntry> history = auditLog.historyOf(PseudonymRegistry.RECORD_TYPE, pseudonym);
        assertThat(history).hasSize(before + 1);
        assertThat(history.get(0).action()).isEqualTo(AuditAction.READ);
        assertThat(history.get(0).actorUsername()).isEqualTo("datamanager");

        mvc.perform(get("/studies/{id}/families/{f}/identities", study, familyId).with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(pseudonym)));
        assertThat(auditLog.historyOf(PseudonymRegistry.RECORD_TYPE, pseudonym)).hasSize(before + 2);
    }

    @Test
    void enrollingAMemberChecksEveryFieldAndGivesAStablePseudonym() throws Exception {
        long study = demoStudy();
        String family = mvc.perform(post("/api/v1/studies/{id}/families", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Integer familyId = JsonPath.read(family, "$.id");
        String code = JsonPath.read(family, "$.code");
        assertThat(code).matches("F\\d{3,6}");
        mvc.perform(post("/api/v1/studies/{id}/families/{f}/participants", study, familyId)
                        .with(Requests.as(users, "datamanager")).with(Requests.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roleCode\":\"uncle\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "roleCode", "givenName", "familyName")));
        for (int i = 1; i <= 2; i++) {
            mvc.perform(post("/api/v1/studies/{id}/families/{f}/participants", study, familyId)
                            .with(Requests.as(users, "datamanager")).with(Requests.csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"roleCode\":\"child\",\"givenName\":\"Testchild\",\"familyName\":\"Zyxwv\","
                                    + "\"dateOfBirth\":\"2015-04-0" + i + "\"}"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.pseudonym").value(code + "-C" + i));
        }
        mvc.perform(get("/studies/{id}/families/{f}", study, familyId).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString(code + "-C2")))
                .andExpect(content().string(not(containsString("Zyxwv"))));
    }

    @Test
    void movingTheReleaseDateMovesTheFamilysWaveWindows() throws Exception {
        long study = demoStudy();
        String family = mvc.perform(post("/api/v1/studies/{id}/families", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fatherRelease\":\"2026-01-10\"}"))
                .andReturn().getResponse().getContentAsString();
        Integer familyId = JsonPath.read(family, "$.id");
        mvc.perform(get("/studies/{id}/families/{f}", study, familyId).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("2026-04-10 to 2026-10-07")));
        mvc.perform(post("/studies/{id}/families/{f}/events", study, familyId).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("fatherRelease", "2025-12-01").param("fatherSentenceStart", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/studies/{id}/families/{f}", study, familyId).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("2026-03-01 to 2026-08-28")));
        mvc.perform(post("/studies/{id}/families/{f}/events", study, familyId).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).param("fatherRelease", "not a date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
    }
}
