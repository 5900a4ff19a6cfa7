package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@FamilyTiesTest
class InterviewTests {

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

    long study;
    Participant mother;
    Participant child;
    Wave wave;

    @BeforeEach
    void family() {
        study = DemoStudyHelper.study(studies);
        var dm = DemoStudyHelper.dataManager(users);
        var family = families.registerFamily(study, new NewFamily(null, null, null), dm);
        mother = families.addParticipant(study, family.id(), new NewParticipant("mother", "Quennell", "Xanthorpe",
                LocalDate.of(1985, 1, 1), null, null), dm);
        child = families.addParticipant(study, family.id(), new NewParticipant("child", "Zebedee", "Xanthorpe",
                LocalDate.of(2015, 1, 1), null, null), dm);
        wave = DemoStudyHelper.wave(designs, studies, users, 1);
    }

    private long interview() throws Exception {
        String body = mvc.perform(post("/api/v1/studies/{s}/interviews", study).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pseudonym\":\"" + mother.pseudonym() + "\",\"waveId\":" + wave.id()
                                + ",\"interviewedOn\":\"2026-02-02\",\"interviewer\":\"R\",\"mode\":\"VIDEO\","
                                + "\"durationMinutes\":50}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void transcriptsArePseudonymisedWithConsistentPlaceholdersAndALogForDataManagersOnly() throws Exception {
        long id = interview();
        String text = "Quennell Xanthorpe said Zebedee misses his dad. Zebedee wrote to him. The Xanthorpe family copes.";
        mvc.perform(put("/api/v1/studies/{s}/interviews/{i}/transcript", study, id).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).contentType(MediaType.TEXT_PLAIN)
                        .content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("[" + mother.pseudonym() + "] said [" + child.pseudonym()
                        + "] misses his dad. [" + child.pseudonym() + "] wrote to him. The [surname of "
                        + mother.pseudonym().substring(0, mother.pseudonym().indexOf('-')) + "] family copes."))
                .andExpect(jsonPath("$.replacements[0].original").doesNotExist());
        mvc.perform(get("/studies/{s}/interviews/{i}", study, id).with(Requests.as(users, "researcher")))
                .andExpect(content().string(not(containsString("Xanthorpe"))))
                .andExpect(content().string(not(containsString("Zebedee"))));
        mvc.perform(get("/studies/{s}/interviews/{i}/replacements", study, id).with(Requests.as(users, "researcher")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/studies/{s}/interviews/{i}/replacements", study, id).with(Requests.as(users, "datamanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zebedee")))
                .andExpect(content().string(containsString("[" + child.pseudonym() + "]")));
    }

    @Test
    void wordDocumentsAreReadAndPseudonymised() throws Exception {
        long id = interview();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document><w:body><w:p><w:r><w:t>Zebedee &amp; Quennell</w:t></w:r>"
                    + "</w:p><w:p><w:r><w:t xml:space=\"preserve\">went to the visit hall.</w:t></w:r></w:p></w:body>"
                    + "</w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        mvc.perform(multipart("/studies/{s}/interviews/{i}/transcript", study, id)
                        .file(new MockMultipartFile("file", "interview.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.toByteArray()))
                        .with(Requests.as(users, "researcher")).with(Requests.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/studies/{s}/interviews/{i}/transcript", study, id).with(Requests.as(users, "researcher")))
                .andExpect(jsonPath("$.text").value("[" + child.pseudonym() + "] & [" + mother.pseudonym()
                        + "]\nwent to the visit hall."));
        mvc.perform(multipart("/studies/{s}/interviews/{i}/transcript", study, id)
                        .file(new MockMultipartFile("file", "interview.docx", "application/octet-stream", new byte[] {1, 2, 3}))
                        .with(Requests.as(users, "researcher")).with(Requests.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
    }

    @Test
    void excerptsAreCodedAndRetrievedForACodeAcrossParticipantsAndWaves() throws Exception {
        long id = interview();
        mvc.perform(put("/api/v1/studies/{s}/interviews/{i}/transcript", study, id).with(Requests.as(users, "researcher"))
                .with(Requests.csrf()).contentType(MediaType.TEXT_PLAIN)
                .content("We felt judged at the school gate. Later things got better.".getBytes(StandardCharsets.UTF_8)));
        String codes = mvc.perform(get("/api/v1/studies/{s}/codes", study).with(Requests.as(users, "researcher")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> stigma = JsonPath.read(codes, "$[?(@.name == 'stigma')].id");
        assertThat(stigma).hasSize(1);
        mvc.perform(post("/api/v1/studies/{s}/interviews/{i}/excerpts", study, id).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codeId\":" + stigma.get(0) + ",\"passage\":\"judged at the school gate\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value(8));
        mvc.perform(post("/api/v1/studies/{s}/interviews/{i}/excerpts", study, id).with(Requests.as(users, "researcher"))
                        .with(Requests.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codeId\":" + stigma.get(0) + ",\"passage\":\"not in the text\"}"))
                .andExpect(status().isUnprocessableContent());
        String excerpts = mvc.perform(get("/api/v1/studies/{s}/codes/{c}/excerpts", study, stigma.get(0))
                        .with(Requests.as(users, "researcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> who = JsonPath.read(excerpts, "$[*].pseudonym");
        assertThat(who).contains(mother.pseudonym());
        assertThat(who.stream().distinct().count()).as("demo and test participants").isGreaterThan(1);
        mvc.perform(get("/studies/{s}/codes/{c}", study, stigma.get(0)).with(Requests.as(users, "researcher")))
                .andExpect(content().string(containsString("judged at the school gate")))
                .andExpect(content().string(containsString(wave.name())));
    }
}
