package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.familyties.access.Users;
import org.familyties.instruments.DataDictionaryCsv;
import org.familyties.instruments.MissingCode;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class StudyDictionaryApiTests {

    static final String HEADER = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
            + "\"Choices, Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,"
            + "Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),"
            + "Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,"
            + "Field Annotation\n";

    static final String VALID = HEADER
            + "age,about_you,,text,Age,,,integer,4,17,,,y,,,,,\n"
            + "sees_dad,about_you,,yesno,Do you see your dad?,,,,,,,,y,,,,,\n"
            + "contact,about_you,,checkbox,How,\"1, Visits | 2, Calls\",,,,,,[sees_dad] = '1',,,,,,\n"
            + "brs_1,brs,,radio,Item 1,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n";

    static final String BROKEN = HEADER
            + "age,about_you,,text,Age,,,integer,4,17,,,y,,,,,\n"
            + "Bad Name,about_you,,wibble,Age,,,,,,,,,,,,,\n"
            + "contact,about_you,,checkbox,How,,,,,,,[nowhere] = '1',,,,,,\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Studies studies;

    @Test
    void aDictionaryRoundTripsThroughTheApi() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId()).param("dryRun", "true")
                        .with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .contentType("text/csv").content(VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.instruments[*].name").value(org.hamcrest.Matchers.contains("about_you", "brs")))
                .andExpect(jsonPath("$.instruments[0].fields[2].branchingLogic").value("[sees_dad] = '1'"));
        mvc.perform(get("/api/v1/studies/{id}/data-dictionary", f.studyId()).with(Requests.as(users, f.researcher())))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId())
                        .with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .contentType("text/csv").content(VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(true))
                .andExpect(jsonPath("$.fieldCount").value(4));
        String exported = mvc.perform(get("/api/v1/studies/{id}/data-dictionary", f.studyId())
                        .with(Requests.as(users, f.researcher())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(DataDictionaryCsv.read(exported, MissingCode.DEFAULTS).orElseThrow())
                .isEqualTo(DataDictionaryCsv.read(VALID, MissingCode.DEFAULTS).orElseThrow());
    }

    @Test
    void aBrokenDictionaryIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId())
                        .with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .contentType("text/csv").content(VALID))
                .andExpect(status().isOk());
        for (String dryRun : new String[] {"true", "false"}) {
            mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId()).param("dryRun", dryRun)
                            .with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                            .contentType("text/csv").content(BROKEN))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                    .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'Field Type')]").exists())
                    .andExpect(jsonPath("$.errors[?(@.row == 4)]").exists());
        }
        mvc.perform(get("/api/v1/studies/{id}/data-dictionary", f.studyId()).with(Requests.as(users, f.researcher())))
                .andExpect(content().string(containsString("brs_1")));
    }

    @Test
    void researchersMayNotReplaceADictionary() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId())
                        .with(Requests.as(users, f.researcher())).with(Requests.csrf())
                        .contentType("text/csv").content(VALID))
                .andExpect(status().isForbidden());
    }

    @Test
    void theUploadPageListsEveryProblemInAnErrorSummary() throws Exception {
        StudyFixtures f = StudyFixtures.create(studies, users);
        mvc.perform(multipart("/studies/{id}/data-dictionary", f.studyId())
                        .file(new MockMultipartFile("file", "dd.csv", "text/csv", BROKEN.getBytes(StandardCharsets.UTF_8)))
                        .with(Requests.as(users, f.dataManager())).with(Requests.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Row 3, column Field Type")))
                .andExpect(content().string(containsString("Row 4")));
        mvc.perform(multipart("/studies/{id}/data-dictionary", f.studyId())
                        .file(new MockMultipartFile("file", "dd.csv", "text/csv", VALID.getBytes(StandardCharsets.UTF_8)))
                        .with(Requests.as(users, f.dataManager())).with(Requests.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/studies/{id}/data-dictionary", f.studyId()).with(Requests.as(users, f.researcher())))
                .andExpect(content().string(containsString("4 fields in 2 instruments")));
    }
}
