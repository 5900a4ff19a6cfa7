package org.familyties.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.audit.AuditEntry;
import org.familyties.audit.AuditLog;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts that break a restriction are refused, and only a safeguarding lead overrides them, with a reason. */
@FamilyTiesTest
class EnforcementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    SafeguardingFixtures f;
    final LocalDate today = LocalDate.now(ZoneId.of("UTC"));

    @BeforeEach
    void caseWithPartnerAndChild() throws Exception {
        f = new SafeguardingFixtures(mvc).newCase(people, prisons);
    }

    private int contacts() throws Exception {
        List<?> list = JsonPath.read(SafeguardingFixtures.body(f.call(f.lead, get("/api/v1/cases/" + f.caseId + "/contacts"),
                null)), "$");
        return list.size();
    }

    private long enforcement(String decision) {
        return jdbc.sql("select count(*) from sg_enforcement where case_id = :c and decision = :d")
                .param("c", f.caseId).param("d", decision).query(Long.class).single();
    }

    @Test
    void aContactThatBreaksARestrictionIsRefusedNamingTheRestrictionAndItsReviewDate() throws Exception {
        LocalDate review = today.plusMonths(2);
        long id = f.restrict("NO_CONTACT", f.partnerId, today.minusDays(10), null, review);

        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/contacts"),
                        f.contactJson("PHONE_CALL", today, false, f.partnerId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("participantIds"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("restriction " + id),
                        containsString("no contact"), containsString("Alex Partner"),
                        containsString("review date " + review), containsString("Only a safeguarding lead"))));

        assertThat(contacts()).as("the refused contact is not saved").isZero();
        assertThat(enforcement("REFUSED")).as("the refusal is kept for the reports").isEqualTo(1);
        assertThat(auditLog.historyOf(EnforcementLog.REFUSAL_RECORD, String.valueOf(jdbc.sql(
                        "select max(id) from sg_enforcement where case_id = :c").param("c", f.caseId).query(Long.class)
                .single()))).hasSize(1);
        // contact with someone the restriction does not name goes ahead
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/contacts"),
                f.contactJson("PHONE_CALL", today, false, f.childId)).andExpect(status().isCreated());
    }

    @Test
    void aRestrictionStartingTomorrowOrEndingTodayDoesNotRefuseTodaysContact() throws Exception {
        f.restrict("NO_CONTACT", f.partnerId, today.plusDays(1), null, today.plusMonths(1));
        f.restrict("LETTERS_ONLY", f.partnerId, today.minusMonths(1), today, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/contacts"),
                f.contactJson("SOCIAL_VISIT", today, false, f.partnerId)).andExpect(status().isCreated());
        assertThat(contacts()).isEqualTo(1);
        assertThat(enforcement("REFUSED")).isZero();
    }

    @Test
    void addingAChildToAFamilyDayIsRefusedByNoContactWithChildren() throws Exception {
        long id = f.restrict("NO_CONTACT_WITH_CHILDREN", null, today.minusDays(3), null, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/contacts"),
                        f.contactJson("FAMILY_DAY", today, true, f.partnerId, f.childId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("restriction " + id),
                        containsString("Ivy Guarded"), containsString("children under 18"))));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/contacts"),
                f.contactJson("FAMILY_DAY", today, true, f.partnerId)).andExpect(status().isCreated());
        assertThat(contacts()).isEqualTo(1);
    }

    @Test
    void aSafeguardingLeadOverridesWithAReasonWhichIsAuditedAndShownOnTheCase() throws Exception {
        long id = f.restrict("SUPERVISED_VISITS_ONLY", f.childId, today.minusDays(10), null, today.plusMonths(1));
        String reason = "Children's services approved a supervised call on " + today;
        String saved = SafeguardingFixtures.body(f.call(f.lead, post("/api/v1/cases/" + f.caseId
                        + "/safeguarding/overridden-contacts"), "{\"contact\":" + f.contactJson("PHONE_CALL", today,
                        false, f.childId) + ",\"reason\":\"" + reason + "\"}")
                .andExpect(status().isCreated()));
        long contactId = ((Number) JsonPath.read(saved, "$.id")).longValue();
        assertThat(contacts()).isEqualTo(1);

        f.call(f.lead, get("/api/v1/cases/" + f.caseId + "/safeguarding"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enforcement[0].decision").value("OVERRIDDEN"))
                .andExpect(jsonPath("$.enforcement[0].restrictionId").value(id))
                .andExpect(jsonPath("$.enforcement[0].contactEventId").value(contactId))
                .andExpect(jsonPath("$.enforcement[0].reason").value(reason))
                .andExpect(jsonPath("$.enforcement[0].decidedBy").value("safeguarding"));
        long overrideId = jdbc.sql("select id from sg_enforcement where case_id = :c").param("c", f.caseId)
                .query(Long.class).single();
        List<AuditEntry> audit = auditLog.historyOf(EnforcementLog.OVERRIDE_RECORD, String.valueOf(overrideId));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actorUsername()).isEqualTo("safeguarding");
            assertThat(e.reason()).contains(reason, "restriction " + id);
            assertThat(e.personId()).isEqualTo(f.prisonerId);
        });
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndSavesNothing() throws Exception {
        long id = f.restrict("NO_CONTACT", f.partnerId, today.minusDays(10), null, today.plusMonths(1));
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/overridden-contacts"),
                        "{\"contact\":" + f.contactJson("LETTER", today, false, f.partnerId) + ",\"reason\":\"  \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("overrideReason"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("restriction " + id),
                        containsString("give the reason for overriding it"))));
        assertThat(contacts()).isZero();
        assertThat(enforcement("OVERRIDDEN")).isZero();
    }

    @Test
    void anOverrideByAnyoneButASafeguardingLeadIsRefused() throws Exception {
        f.restrict("NO_CONTACT", f.partnerId, today.minusDays(10), null, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/safeguarding/overridden-contacts"),
                        "{\"contact\":" + f.contactJson("LETTER", today, false, f.partnerId)
                                + ",\"reason\":\"I think it is fine\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Only a safeguarding lead"),
                        containsString("your override was not applied"))));
        assertThat(contacts()).isZero();
        assertThat(enforcement("OVERRIDDEN")).isZero();
        assertThat(enforcement("REFUSED")).isEqualTo(1);
    }

    @Test
    void badRestrictionsGetAClearMessageAndSaveNothing() throws Exception {
        String base = "/api/v1/cases/" + f.caseId + "/safeguarding/restrictions";
        long stranger = people.registerFamilyMember("Stray", "Stranger", LocalDate.of(1980, 1, 1));
        f.call(f.lead, post(base), """
                {"familyPersonId":%d,"type":"NO_CONTACT","source":"OTHER","startsOn":"%s","endsOn":"%s","reviewOn":"%s"}"""
                        .formatted(f.partnerId, today, today.minusDays(1), today.plusMonths(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"))
                .andExpect(jsonPath("$.errors[0].message").value("The end date must be after the start date"));
        f.call(f.lead, post(base), """
                {"familyPersonId":%d,"type":"NO_CONTACT","source":"OTHER","startsOn":"%s","reviewOn":"%s"}"""
                        .formatted(stranger, today, today.plusMonths(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("familyPersonId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not in this case's family network")));
        f.call(f.lead, post(base), """
                {"familyPersonId":%d,"type":"NO_CONTACT","source":"COURT_ORDER","startsOn":"%s"}"""
                        .formatted(f.partnerId, today))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "reviewOn", "documentReference")));
        assertThat(jdbc.sql("select count(*) from sg_restriction where case_id = :c").param("c", f.caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void overdueReviewsAppearOnTheLeadsWorkList() throws Exception {
        long overdue = f.restrict("LETTERS_ONLY", f.partnerId, today.minusMonths(3), null, today.minusDays(1));
        long notYet = f.restrict("LETTERS_ONLY", f.childId, today.minusMonths(3), null, today);
        long ended = f.restrict("NO_CONTACT", f.childId, today.minusMonths(3), today, today.minusDays(5));
        String list = SafeguardingFixtures.body(f.call(f.lead, get("/api/v1/safeguarding/work-list"), null)
                .andExpect(status().isOk()));
        List<Integer> ids = JsonPath.read(list, "$.reviewsOverdue[*].id");
        assertThat(ids).contains((int) overdue).doesNotContain((int) notYet, (int) ended);
    }
}
