package org.familyties.study;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class BulkImportTests {

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

    long study;
    Participant child;
    Participant father;
    Wave wave1;
    Wave wave2;

    @BeforeEach
    void members() {
        study = DemoStudyHelper.study(studies);
        child = DemoStudyHelper.newMember(studies, users, families, "child");
        father = DemoStudyHelper.newMember(studies, users, families, "father");
        wave1 = DemoStudyHelper.wave(designs, studies, users, 1);
        wave2 = DemoStudyHelper.wave(designs, studies, users, 2);
        TestConsent consent = new TestConsent(context);
        for (Wave w : new Wave[] {wave1, wave2}) {
            consent.giveFor(study, child, w);
            consent.giveFor(study, father, w);
        }
    }

    private String record(Participant p, Wave w, String instrument) {
        return "/api/v1/studies/" + study + "/participants/" + p.pseudonym() + "/waves/" + w.id() + "/records/" + instrument;
    }

    @Test
    void aGoodFileIsImportedAndScored() throws Exception {
        String csv = "participant,wave,cq_age,cq_sees_father,cq_contact___1,cq_contact___3,child_questionnaire_complete,"
                + "brs_1,brs_2,brs_3,brs_4,brs_5,brs_6,brs_complete\n"
                + child.pseudonym() + ",1,9,1,1,1,2,,,,,,,\n"
                + child.pseudonym() + ",After release,10,0,,,0,,,,,,,\n"
                + father.pseudonym() + ",1,,,,,,4,2,4,2,4,2,2\n";
        mvc.perform(post("/api/v1/studies/{s}/records", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.records").value(3))
                .andExpect(jsonPath("$.responses").value(4 + 2 + 6));
        mvc.perform(get(record(child, wave1, "child_questionnaire")).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").value("COMPLETE"))
                .andExpect(jsonPath("$.responses.cq_contact___3").value("1"));
        mvc.perform(get(record(child, wave2, "child_questionnaire")).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").value("INCOMPLETE"))
                .andExpect(jsonPath("$.responses.cq_age").value("10"));
        mvc.perform(get(record(father, wave1, "brs")).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").value("COMPLETE"))
                .andExpect(jsonPath("$.scores[0].scaleId").value("brs"))
                .andExpect(jsonPath("$.scores[0].scores[0].value").value(4.0));
    }

    @Test
    void aBadFileReportsEveryBadCellAndWritesNothing() throws Exception {
        String csv = "participant,wave,cq_age,cq_sees_father,cq_contact___1,brs_1,brs_2,child_questionnaire_complete\n"
                + child.pseudonym() + ",1,9,1,1,,,2\n"
                + "F999999-Z9,1,9,,,,,\n"
                + child.pseudonym() + ",Wave nine,9,,,,,\n"
                + child.pseudonym() + ",2,nine,7,,,,\n"
                + child.pseudonym() + ",3,9,,,3,,\n"
                + father.pseudonym() + ",1,,,,6,1,\n"
                + child.pseudonym() + ",1,9,1,,,,\n"
                + father.pseudonym() + ",2,,,,,,5\n";
        mvc.perform(post("/api/v1/studies/{s}/records", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType("text/csv").content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'participant')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'wave')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'cq_age')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'cq_sees_father')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'brs_1')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 7 && @.column == 'brs_1')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 8 && @.column == 'participant')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 9 && @.column == 'child_questionnaire_complete')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 2)]").doesNotExist());
        mvc.perform(get(record(child, wave1, "child_questionnaire")).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").doesNotExist());
        mvc.perform(get(record(father, wave1, "brs")).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.status").doesNotExist());
    }

    @Test
    void unknownColumnsAreReportedFromTheHeader() throws Exception {
        String csv = "participant,wave,cq_contact___9,shoe_size,cq_age___1\n" + child.pseudonym() + ",1,1,9,1\n";
        mvc.perform(post("/api/v1/studies/{s}/records", study).with(Requests.as(users, "datamanager"))
                        .with(Requests.csrf()).contentType("text/csv").content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].column").value(Matchers.contains("cq_contact___9", "shoe_size", "cq_age___1")));
    }

    @Test
    void theImportPageListsProblemsInAnErrorSummary() throws Exception {
        String csv = "participant,wave,cq_age\n" + child.pseudonym() + ",1,200\n";
        mvc.perform(multipart("/studies/{s}/records/import", study)
                        .file(new MockMultipartFile("file", "records.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(Requests.as(users, "datamanager")).with(Requests.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("Row 2, column cq_age")));
        mvc.perform(post("/api/v1/studies/{s}/records", study).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
    }
}
