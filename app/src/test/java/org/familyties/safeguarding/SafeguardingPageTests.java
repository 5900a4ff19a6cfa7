package org.familyties.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The safeguarding pages and the contact form's refusal and override, as signed-in users see them. */
@FamilyTiesTest
class SafeguardingPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    SafeguardingFixtures f;
    final LocalDate today = LocalDate.now(ZoneId.of("UTC"));
    long restrictionId;
    final LocalDate review = today.plusWeeks(6);

    @BeforeEach
    void restrictedCase() throws Exception {
        f = new SafeguardingFixtures(mvc).newCase(people, prisons);
        restrictionId = f.restrict("LETTERS_ONLY", f.partnerId, today.minusDays(5), null, review);
    }

    private MockHttpServletRequestBuilder contact(String username, String overrideReason) {
        return post("/cases/" + f.caseId + "/contacts").with(Requests.as(users, username)).with(Requests.csrf())
                .param("kind", "PHONE_CALL").param("date", today.toString()).param("time", "00:00")
                .param("participantIds", String.valueOf(f.partnerId)).param("outcome", "HAPPENED")
                .param("facilitated", "false").param("overrideReason", overrideReason);
    }

    private long contacts() {
        return jdbc.sql("select count(*) from contact_event where case_id = :c").param("c", f.caseId)
                .query(Long.class).single();
    }

    @Test
    void theContactFormRefusesAContactNamingTheRestrictionAndReviewDate() throws Exception {
        mvc.perform(contact("caseworker", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("restriction " + restrictionId), containsString("letters only"),
                        containsString("review date " + review), not(containsString("id=\"overrideReason\"")))));
        assertThat(contacts()).isZero();
    }

    @Test
    void aSafeguardingLeadIsOfferedAnOverrideAndItIsShownOnTheCase() throws Exception {
        mvc.perform(contact("safeguarding", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("restriction " + restrictionId),
                        containsString("id=\"overrideReason\""))));
        assertThat(contacts()).isZero();
        mvc.perform(contact("safeguarding", "Social worker agreed one call on the child's birthday"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + f.caseId));
        assertThat(contacts()).isEqualTo(1);
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding").with(Requests.as(users, "safeguarding")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Family network with safeguarding restrictions"),
                        containsString("Partner – Letters only"), containsString("Alex Partner: Letters only."))))
                .andExpect(content().string(allOf(containsString("Overridden by the safeguarding lead"),
                        containsString("Social worker agreed one call on the child&#39;s birthday"))));
    }

    @Test
    void anUnallocatedCaseworkerSeesTheMarkerAndCanBreakGlass() throws Exception {
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding").with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is 1 restricted safeguarding record"),
                        containsString("Break glass"), not(containsString("CO-2026")))));
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding/restrictions/new").with(Requests.as(users, "caseworker")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Ask for access")));
        mvc.perform(post("/cases/" + f.caseId + "/safeguarding/break-glass").with(Requests.as(users, "caseworker"))
                        .with(Requests.csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you need to see the safeguarding records now")));
        mvc.perform(post("/cases/" + f.caseId + "/safeguarding/break-glass").with(Requests.as(users, "caseworker"))
                        .with(Requests.csrf()).param("reason", "Visit at the gate"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding").with(Requests.as(users, "caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CO-2026"), containsString("Visit at the gate"))));
        mvc.perform(get("/safeguarding").with(Requests.as(users, "safeguarding")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Visit at the gate"), containsString("Acknowledge"))));
    }

    @Test
    void aRestrictionWithItsEndBeforeItsStartIsShownTheProblemAndNotSaved() throws Exception {
        mvc.perform(post("/cases/" + f.caseId + "/safeguarding/restrictions").with(Requests.as(users, "safeguarding"))
                        .with(Requests.csrf()).param("type", "NO_CONTACT").param("familyPersonId", String.valueOf(f.childId))
                        .param("source", "CHILD_PROTECTION_PLAN").param("startsOn", today.toString())
                        .param("endsOn", today.minusDays(2).toString()).param("reviewOn", today.plusMonths(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end date must be after the start date")));
        assertThat(jdbc.sql("select count(*) from sg_restriction where case_id = :c").param("c", f.caseId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everySafeguardingPageRendersForTheLead() throws Exception {
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns"), """
                {"subjectPersonId":%d,"raisedBy":"Teacher","raisedOn":"%s","category":"NEGLECT",
                 "description":"Often hungry at school"}""".formatted(f.childId, today)).andExpect(status().isCreated());
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/liaison"), """
                {"childPersonId":%d,"kind":"CHILD_PROTECTION_CONFERENCE","heldOn":"%s","summary":"Plan agreed",
                 "sharedWhat":"Contact log","sharedWith":"Social worker","basis":"CHILDREN_ACT_SECTION_47"}"""
                .formatted(f.childId, today)).andExpect(status().isCreated());
        for (String path : new String[] {"/safeguarding", "/safeguarding/reports", "/cases/" + f.caseId + "/safeguarding",
            "/cases/" + f.caseId + "/safeguarding/restrictions/new", "/cases/" + f.caseId + "/safeguarding/concerns/new",
            "/cases/" + f.caseId + "/safeguarding/agencies/new", "/cases/" + f.caseId + "/safeguarding/liaison/new"}) {
            mvc.perform(get(path).with(Requests.as(users, "safeguarding"))).andExpect(status().isOk());
        }
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding/chronology/" + f.childId)
                        .with(Requests.as(users, "safeguarding")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Often hungry at school"),
                        containsString("Plan agreed"), containsString("Child protection conference"))));
        mvc.perform(get("/cases/" + f.caseId + "/safeguarding/chronology/" + f.childId).param("download", "html")
                        .with(Requests.as(users, "safeguarding")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Often hungry at school")));
        mvc.perform(get("/safeguarding/reports").with(Requests.as(users, "manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Neglect"), not(containsString("Often hungry")))));
        mvc.perform(get("/safeguarding").with(Requests.as(users, "manager"))).andExpect(status().isForbidden());
    }

    @Test
    void aConcernMovesForwardThroughReferralToClosureAndOnlyWithAnOutcome() throws Exception {
        String raised = SafeguardingFixtures.body(f.call(f.lead, post("/api/v1/cases/" + f.caseId
                + "/safeguarding/concerns"), """
                {"subjectPersonId":%d,"raisedBy":"Health visitor","raisedOn":"%s","category":"DOMESTIC_ABUSE",
                 "description":"Injury seen at home visit"}""".formatted(f.childId, today)).andExpect(status().isCreated()));
        int concernId = com.jayway.jsonpath.JsonPath.read(raised, "$.id");
        String path = "/cases/" + f.caseId + "/safeguarding/concerns/" + concernId;
        mvc.perform(get(path).with(Requests.as(users, "safeguarding"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Referral, outcome and status of the concern")));
        mvc.perform(post(path).with(Requests.as(users, "safeguarding")).with(Requests.csrf()).param("status", "REFERRED")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select where the concern was referred")));
        mvc.perform(post(path).with(Requests.as(users, "safeguarding")).with(Requests.csrf()).param("status", "REFERRED")
                        .param("referredTo", "CHILDRENS_SERVICES_MASH").param("referredOn", today.toString())
                        .param("followUpOn", today.toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        f.call(f.lead, get("/api/v1/safeguarding/work-list"), null)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.followUpsDue[*].id").value(org.hamcrest.Matchers.hasItem(concernId)));
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns/" + concernId),
                        "{\"status\":\"OPEN\",\"version\":1}")
                .andExpect(status().isUnprocessableContent());
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns/" + concernId),
                        "{\"status\":\"CLOSED\",\"referredTo\":\"CHILDRENS_SERVICES_MASH\",\"referredOn\":\"" + today
                                + "\",\"version\":1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("outcome"));
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns/" + concernId),
                        "{\"status\":\"CLOSED\",\"referredTo\":\"CHILDRENS_SERVICES_MASH\",\"referredOn\":\"" + today
                                + "\",\"outcome\":\"Strategy meeting; no further action\",\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("CLOSED"));
    }

    @Test
    void sharingInformationNeedsABasisAndARecipient() throws Exception {
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/liaison"), """
                {"kind":"REPORT_SHARED","heldOn":"%s","summary":"Report to conference","sharedWhat":"Visit log"}"""
                .formatted(today))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("basis", "sharedWith")));
        assertThat(jdbc.sql("select count(*) from sg_liaison where case_id = :c").param("c", f.caseId)
                .query(Long.class).single()).isZero();
    }
}
