package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FamilyTiesTest
class CasePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    org.familyties.audit.AuditLog auditLog;

    long caseId;

    @BeforeEach
    void openCase() throws Exception {
        caseId = CaseworkFixtures.openCase(mvc, Requests.token(mvc, "caseworker"), people, prisons);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(Requests.as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCasePageShowsTheFamilyNetworkAsAnAccessibleSvg() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/family-members").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("givenName", "Rae").param("familyName", "Page").param("role", "CHILD")
                        .param("dateOfBirth", LocalDate.now().minusYears(7).toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseId))
                .andExpect(flash().attribute("notice", "case.familyMemberAdded"));
        String html = page("/cases/" + caseId, "caseworker");
        assertThat(html).contains("<svg", "role=\"img\"", "<title id=\"network-title\">Family network</title>",
                "Rae Page", "Child, 7", "is a parent of");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void viewingTheCasePageAuditsEveryClientAndEveryPartOfTheFileInOneUnbrokenRun() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/family-members").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("givenName", "Ines").param("familyName", "Audit").param("role", "PARTNER")
                        .param("dateOfBirth", "1990-04-02").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long before = auditLog.count();

        page("/cases/" + caseId, "caseworker");

        var entries = auditLog.recent((int) (auditLog.count() - before));
        var caseReads = entries.stream().filter(e -> e.recordType().equals(Cases.RECORD_TYPE)).toList();
        assertThat(caseReads).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(org.familyties.audit.AuditAction.READ);
            assertThat(e.actorUsername()).isEqualTo("caseworker");
            assertThat(e.recordId()).isEqualTo(String.valueOf(caseId));
        });
        assertThat(caseReads).extracting(org.familyties.audit.AuditEntry::personId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(entries).extracting(org.familyties.audit.AuditEntry::recordType)
                .contains(Contacts.RECORD_TYPE, PlannedContacts.RECORD_TYPE, NotesAndTasks.NOTE_RECORD_TYPE,
                        Outcomes.RECORD_TYPE);
        assertThat(entries).hasSize(6);
        assertThat(auditLog.verify().intact()).isTrue();

        int another = (int) auditLog.count();
        mvc.perform(get("/cases/" + caseId).with(Requests.as(users, "caseworker2"))).andExpect(status().isNotFound());
        assertThat(auditLog.count()).as("a refused view leaves no read entry").isEqualTo(another);
    }

    @Test
    void aFormWithMistakesShowsTheGovukErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/cases/" + caseId + "/family-members").with(Requests.as(users, "caseworker"))
                        .with(Requests.csrf()).param("givenName", "Ola").param("familyName", "").param("role", "CHILD")
                        .param("dateOfBirth", "2019-02-30").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "There is a problem",
                "Enter a real date in the form year-month-day", "href=\"#dateOfBirth\"", "govuk-form-group--error",
                "value=\"Ola\"", "<title>Error: Add a family member");
    }

    @Test
    void aStaleFormIsRefusedOnThePageWithAClearMessage() throws Exception {
        long worker = users.currentUserFor("caseworker").orElseThrow().userId();
        mvc.perform(post("/cases/" + caseId + "/allocation").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                .param("userId", String.valueOf(worker)).param("version", "0")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/cases/" + caseId + "/allocation").with(Requests.as(users, "caseworker"))
                        .with(Requests.csrf()).param("userId", String.valueOf(worker)).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "Someone else changed case " + caseId);
    }

    @Test
    void referralPagesTriageIntoACaseAndOtherPrisonsGet404() throws Exception {
        String number = CaseworkFixtures.prisoner(people, prisons, "D01");
        String location = mvc.perform(post("/referrals").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("prisonNumber", number).param("source", "PROBATION").param("reason", "Partner asked for help")
                        .param("urgency", "URGENT").param("consent", "true")
                        .param("receivedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page("/referrals", "caseworker")).contains(number, "Urgent");
        mvc.perform(get(location).with(Requests.as(users, "caseworker2"))).andExpect(status().isNotFound());
        String triaged = mvc.perform(post(location + "/triage").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("decision", "ACCEPT").param("reason", "Eligible").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(triaged).startsWith("/cases/");
        assertThat(page(triaged, "caseworker")).contains(number, "Referred");
        mvc.perform(get(triaged).with(Requests.as(users, "caseworker2"))).andExpect(status().isNotFound());
        assertThat(page("/cases", "caseworker")).contains(number);
        assertThat(page("/cases", "caseworker2")).doesNotContain(number);
    }

    @Test
    void aDuplicateReferralOnThePageLinksToTheExistingCase() throws Exception {
        String number = page("/cases/" + caseId, "caseworker").replaceAll("(?s).*<span class=\"govuk-caption-l\">[^<]*</span>.*?", "");
        String prisonNumber = org.springframework.test.util.ReflectionTestUtils.class.getName().isEmpty() ? "" : null;
        var c = mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization",
                Requests.bearer(Requests.token(mvc, "caseworker")))).andReturn().getResponse().getContentAsString();
        prisonNumber = com.jayway.jsonpath.JsonPath.read(c, "$.prisonNumber");
        String html = mvc.perform(post("/referrals").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("prisonNumber", prisonNumber).param("source", "SELF").param("reason", "Again")
                        .param("urgency", "ROUTINE").param("consent", "true").param("receivedOn", LocalDate.now().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(number).isNotNull();
        assertThat(html).contains("already has an open case", "href=\"/cases/" + caseId + "\"");
    }

    @Test
    void formsWithUntickedBoxesAreAccepted() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/assessments").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("assessedOn", LocalDate.now().toString()).param("courtOrders", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/closure").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                        .param("closedOn", LocalDate.now().toString()).param("reason", "OTHER").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + caseId, "caseworker")).contains("Court orders affect contact", "Closed");
    }

    @Test
    void anActiveCaseCanBePutIntoReviewFromThePageAndAStaleClickIsExplained() throws Exception {
        var token = Requests.token(mvc, "caseworker");
        String json = mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", Requests.bearer(token)))
                .andReturn().getResponse().getContentAsString();
        int prisoner = com.jayway.jsonpath.JsonPath.read(json, "$.prisonerPersonId");
        mvc.perform(post("/cases/" + caseId + "/assessments").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                .param("assessedOn", LocalDate.now().toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/goals").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                .param("clientPersonId", String.valueOf(prisoner)).param("description", "Keep in touch").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + caseId, "caseworker")).contains("Start a review");
        mvc.perform(post("/cases/" + caseId + "/status").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                .param("status", "REVIEW").param("version", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "case.statusChanged"));
        mvc.perform(post("/cases/" + caseId + "/status").with(Requests.as(users, "caseworker")).with(Requests.csrf())
                .param("status", "REVIEW").param("version", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("caseProblem", org.hamcrest.Matchers.containsString("Someone else changed case")));
        assertThat(page("/cases/" + caseId, "caseworker")).contains("In review").doesNotContain("Start a review");
    }
}
