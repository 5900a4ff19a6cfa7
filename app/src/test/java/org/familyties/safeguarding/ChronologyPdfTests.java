package org.familyties.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The per-child chronology downloads as a PDF with its entries in date order, and the download is audited. */
@FamilyTiesTest
class ChronologyPdfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;
    @Autowired
    AuditLog auditLog;

    SafeguardingFixtures f;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void caseWithPartnerAndChild() throws Exception {
        f = new SafeguardingFixtures(mvc).newCase(people, prisons);
    }

    @Test
    void theChronologyPdfHoldsTheEntriesInDateOrder() throws Exception {
        // recorded newest first, so the order in the PDF comes from the dates
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/liaison"), """
                {"childPersonId":%d,"kind":"CORE_GROUP_MEETING","heldOn":"%s","summary":"Core group reviewed plan",
                 "sharedWhat":"Visit log","sharedWith":"Social worker","basis":"CONSENT"}"""
                .formatted(f.childId, today)).andExpect(status().isCreated());
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns"), """
                {"subjectPersonId":%d,"raisedBy":"Teacher","raisedOn":"%s","category":"NEGLECT",
                 "description":"Often hungry at school"}""".formatted(f.childId, today.minusDays(20)))
                .andExpect(status().isCreated());
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns"), """
                {"subjectPersonId":%d,"raisedBy":"Health visitor","raisedOn":"%s","category":"OTHER",
                 "description":"Missed health appointments"}""".formatted(f.childId, today.minusDays(40)))
                .andExpect(status().isCreated());
        long before = auditLog.historyOfPerson(f.prisonerId).stream().filter(e -> e.action() == AuditAction.READ
                && "safeguarding".equals(e.actorUsername())).count();

        byte[] pdf = mvc.perform(get("/cases/" + f.caseId + "/safeguarding/chronology/" + f.childId + "/pdf")
                        .with(Requests.as(users, "safeguarding")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString(".pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Chronology for Ivy Guarded", today.minusDays(40).toString(),
                today.minusDays(20).toString());
        int older = text.indexOf("Missed health appointments");
        int newer = text.indexOf("Often hungry at school");
        int newest = text.indexOf("Core group reviewed plan");
        assertThat(older).isNotNegative();
        assertThat(newer).isGreaterThan(older);
        assertThat(newest).isGreaterThan(newer);

        long after = auditLog.historyOfPerson(f.prisonerId).stream().filter(e -> e.action() == AuditAction.READ
                && "safeguarding".equals(e.actorUsername())).count();
        assertThat(after).as("the download is audited as a read of the records").isGreaterThan(before);
    }

    @Test
    void withoutNeedToKnowThePdfIsRefusedAndThePageLinksToIt() throws Exception {
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding/chronology/" + f.childId + "/pdf")
                .with(Requests.as(users, "caseworker2"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding/chronology/" + f.childId)
                        .with(Requests.as(users, "safeguarding")))
                .andExpect(content().string(containsString("/chronology/" + f.childId + "/pdf")));
    }
}
