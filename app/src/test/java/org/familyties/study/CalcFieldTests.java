package org.familyties.study;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Calc fields are computed on form save and on bulk import, shown read-only, and refused when they do not parse. */
@FamilyTiesTest
class CalcFieldTests {

    private static final String HEADER = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
            + "\"Choices, Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,"
            + "Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),"
            + "Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,"
            + "Field Annotation\n";
    private static final String DICTIONARY = HEADER
            + "weight,body,,text,Weight in kg,,,number,,,,,,,,,,\n"
            + "height,body,,text,Height in m,,,number,,,,,,,,,,\n"
            + "bmi,body,,calc,Body mass index,\"round([weight] / ([height] ^ 2), 1)\",,,,,,,,,,,,\n"
            + "overweight,body,,calc,Overweight,\"if([bmi] >= 25, 1, 0)\",,,,,,,,,,,,\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Studies studies;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyFamilies families;
    @Autowired
    ApplicationContext context;

    StudyFixtures f;
    Participant carer;
    Wave wave;

    @BeforeEach
    void study() throws Exception {
        f = StudyFixtures.create(studies, users);
        mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId())
                        .with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .contentType("text/csv").content(DICTIONARY))
                .andExpect(status().isOk());
        var user = f.dataManagerUser(users);
        wave = designs.addWave(f.studyId(), new NewWave("Wave 1", "ABSOLUTE", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, null, null), user);
        var role = designs.addRole(f.studyId(), new NewInformantRole("carer", "Carer", "K", false), user);
        designs.setSchedule(f.studyId(), List.of(new ScheduleEntry(wave.id(), role.id(), "body")), user);
        var family = families.registerFamily(f.studyId(), new NewFamily(null, null, null), user);
        carer = families.addParticipant(f.studyId(), family.id(), new NewParticipant("carer", "Calc", "Carer",
                null, null, null), user);
        context.getBean(StudyConsents.class).record(f.studyId(), carer.pseudonym(), new NewConsent(wave.id(),
                ConsentKind.CONSENT, null, LocalDate.of(2025, 1, 5), true, true, false, false, false), user);
    }

    private String form() {
        return "/studies/" + f.studyId() + "/participants/" + carer.pseudonym() + "/waves/" + wave.id() + "/body";
    }

    private String api() {
        return "/api/v1/studies/" + f.studyId() + "/participants/" + carer.pseudonym() + "/waves/" + wave.id()
                + "/records/body";
    }

    @Test
    void theFormComputesCalcFieldsOnSaveShowsThemReadOnlyAndRecomputesWhenAnInputChanges() throws Exception {
        mvc.perform(post(form()).with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .param("action", "save").param("weight", "80").param("height", "1.6").param("bmi", "12"))
                .andExpect(status().is3xxRedirection());
        // 80 / 1.6^2 = 31.25, rounded to 31.3; 31.3 >= 25
        mvc.perform(get(api()).with(Requests.as(users, f.researcher())))
                .andExpect(jsonPath("$.responses.bmi").value("31.3"))
                .andExpect(jsonPath("$.responses.overweight").value("1"));
        mvc.perform(get(form()).with(Requests.as(users, f.dataManager())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bmi-value\">31.3<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"bmi\""))));

        // 70 / 1.75^2 = 22.857..., rounded to 22.9; below 25
        mvc.perform(post(form()).with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .param("action", "save").param("weight", "70").param("height", "1.75"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api()).with(Requests.as(users, f.researcher())))
                .andExpect(jsonPath("$.responses.bmi").value("22.9"))
                .andExpect(jsonPath("$.responses.overweight").value("0"));

        // a missing-data code for an input leaves the calculation blank
        mvc.perform(post(form()).with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                        .param("action", "save").param("weight", "70").param("missing-height", "-7"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api()).with(Requests.as(users, f.researcher())))
                .andExpect(jsonPath("$.responses.height").value("-7"))
                .andExpect(jsonPath("$.responses.bmi").doesNotExist())
                .andExpect(jsonPath("$.responses.overweight").value("0"));
        mvc.perform(get(form()).with(Requests.as(users, f.dataManager())))
                .andExpect(content().string(containsString("Not calculated: an answer it uses is blank or missing")));
    }

    @Test
    void bulkImportComputesCalcFieldsAndReplacesAnyValueGivenForThem() throws Exception {
        String csv = "participant,wave,weight,height,bmi,body_complete\n" + carer.pseudonym() + ",Wave 1,80,1.6,99,2\n";
        mvc.perform(post("/api/v1/studies/{s}/records", f.studyId()).with(Requests.as(users, f.dataManager()))
                        .with(Requests.csrf()).contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records").value(1));
        mvc.perform(get(api()).with(Requests.as(users, f.researcher())))
                .andExpect(jsonPath("$.status").value("COMPLETE"))
                .andExpect(jsonPath("$.responses.bmi").value("31.3"))
                .andExpect(jsonPath("$.responses.overweight").value("1"));
    }

    @Test
    void aCalculationThatDoesNotParseIsRefusedWithItsRowAndColumnAlsoInTheDryRun() throws Exception {
        String broken = DICTIONARY + "ratio,body,,calc,Ratio,\"[weight] / * 2\",,,,,,,,,,,,\n";
        for (String dryRun : new String[] {"true", "false"}) {
            mvc.perform(post("/api/v1/studies/{id}/data-dictionary", f.studyId()).param("dryRun", dryRun)
                            .with(Requests.as(users, f.dataManager())).with(Requests.csrf())
                            .contentType("text/csv").content(broken))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == "
                            + "'Choices, Calculations, OR Slider Labels')]").exists());
        }
    }
}
