package org.familyties.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Planning a contact, adding a child to a planned visit and enrolling a family member on a course are checked
 * against restrictions as logging a contact is: refused naming the restriction, overridden only by a safeguarding
 * lead with a reason, and nothing is kept of a refused change.
 */
@FamilyTiesTest
class PlanningEnforcementTests {

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
    @Autowired
    JdbcClient jdbc;

    SafeguardingFixtures f;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void caseWithPartnerAndChild() throws Exception {
        f = new SafeguardingFixtures(mvc).newCase(people, prisons);
    }

    private String planJson(String kind, LocalDate on, Integer version, String overrideReason, long... participants) {
        StringBuilder ids = new StringBuilder();
        for (long p : participants) {
            ids.append(ids.isEmpty() ? "" : ",").append(p);
        }
        return """
                {"kind":"%s","plannedAt":"%sT14:00:00","participantIds":[%s],"facilitated":true,"version":%s,
                 "overrideReason":%s}""".formatted(kind, on, ids, version,
                overrideReason == null ? "null" : "\"" + overrideReason + "\"");
    }

    private List<Integer> planned() throws Exception {
        return JsonPath.read(SafeguardingFixtures.body(f.call(f.caseworker,
                get("/api/v1/cases/" + f.caseId + "/planned-contacts"), null)), "$[*].id");
    }

    private long count(String decision, String action) {
        return jdbc.sql("select count(*) from sg_enforcement where case_id = :c and decision = :d and action = :a")
                .param("c", f.caseId).param("d", decision).param("a", action).query(Long.class).single();
    }

    @Test
    void planningAVisitThatBreaksARestrictionIsRefusedAndNothingIsPlanned() throws Exception {
        LocalDate review = today.plusMonths(3);
        long id = f.restrict("NO_CONTACT", f.partnerId, today.minusDays(5), null, review);
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                        planJson("SOCIAL_VISIT", today.plusDays(3), null, null, f.partnerId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("participantIds"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Planning contact with Alex Partner"),
                        containsString("restriction " + id), containsString("review date " + review),
                        containsString("Only a safeguarding lead"))));
        assertThat(planned()).isEmpty();
        assertThat(jdbc.sql("select count(*) from planned_contact where case_id = :c").param("c", f.caseId)
                .query(Long.class).single()).as("nothing half-saved").isZero();
        assertThat(count("REFUSED", "PLANNED")).isEqualTo(1);
    }

    @Test
    void aRestrictionStartingAfterThePlannedDayOrEndingOnItDoesNotRefuseThePlan() throws Exception {
        LocalDate day = today.plusDays(10);
        f.restrict("NO_CONTACT", f.partnerId, day.plusDays(1), null, day.plusMonths(1));
        f.restrict("NO_CONTACT", f.partnerId, today.minusMonths(1), day, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                planJson("SOCIAL_VISIT", day, null, null, f.partnerId)).andExpect(status().isCreated());
        // the day before the second one ends, it still applies
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                planJson("SOCIAL_VISIT", day.minusDays(1), null, null, f.partnerId))
                .andExpect(status().isUnprocessableContent());
        // a restriction starting tomorrow refuses a plan for tomorrow, not one for today
        f.restrict("NO_CONTACT_WITH_CHILDREN", null, today.plusDays(1), null, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                planJson("VIDEO_CALL", today, null, null, f.childId)).andExpect(status().isCreated());
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                planJson("VIDEO_CALL", today.plusDays(1), null, null, f.childId)).andExpect(status().isUnprocessableContent());
        assertThat(planned()).hasSize(2);
    }

    @Test
    void addingAChildToAPlannedVisitIsRefusedAndThePlanStaysAsItWas() throws Exception {
        long id = f.restrict("NO_CONTACT_WITH_CHILDREN", null, today.minusDays(1), null, today.plusMonths(2));
        String saved = SafeguardingFixtures.body(f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                planJson("CHILD_CENTRED_VISIT", today.plusDays(7), null, null, f.partnerId)).andExpect(status().isCreated()));
        int plan = JsonPath.read(saved, "$.id");
        f.call(f.caseworker, put("/api/v1/cases/" + f.caseId + "/planned-contacts/" + plan),
                        planJson("CHILD_CENTRED_VISIT", today.plusDays(7), 0, null, f.partnerId, f.childId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Ivy Guarded"),
                        containsString("restriction " + id), containsString("children under 18"))));
        f.call(f.caseworker, get("/api/v1/cases/" + f.caseId + "/planned-contacts/" + plan), null)
                .andExpect(jsonPath("$.participantIds.length()").value(1))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(count("REFUSED", "PLANNED")).isEqualTo(1);
    }

    @Test
    void aSafeguardingLeadOverridesAPlanWithAReasonWhichIsAuditedAndShownOnTheCase() throws Exception {
        long id = f.restrict("CHILDRENS_SERVICES_APPROVAL_ONLY", f.childId, today.minusDays(1), null, today.plusMonths(2));
        String plan = planJson("CHILD_CENTRED_VISIT", today.plusDays(7), null, " ", f.partnerId, f.childId);
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/planned-contacts"), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
        String reason = "Social worker approved a supervised child-centred visit";
        String saved = SafeguardingFixtures.body(f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                planJson("CHILD_CENTRED_VISIT", today.plusDays(7), null, reason, f.partnerId, f.childId))
                .andExpect(status().isCreated()));
        long planId = ((Number) JsonPath.read(saved, "$.id")).longValue();
        f.call(f.lead, get("/api/v1/cases/" + f.caseId + "/safeguarding"), null)
                .andExpect(jsonPath("$.enforcement[0].decision").value("OVERRIDDEN"))
                .andExpect(jsonPath("$.enforcement[0].action").value("PLANNED"))
                .andExpect(jsonPath("$.enforcement[0].recordId").value(planId))
                .andExpect(jsonPath("$.enforcement[0].contactEventId").doesNotExist())
                .andExpect(jsonPath("$.enforcement[0].reason").value(reason));
        long overrideId = jdbc.sql("select id from sg_enforcement where case_id = :c and decision = 'OVERRIDDEN'")
                .param("c", f.caseId).query(Long.class).single();
        assertThat(auditLog.historyOf(EnforcementLog.OVERRIDE_RECORD, String.valueOf(overrideId))).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains(reason, "restriction " + id));
        String page = mvc.perform(get("/cases/" + f.caseId + "/safeguarding").with(Requests.as(users, "safeguarding")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Contact planned", reason);
        String report = mvc.perform(get("/safeguarding/reports").with(Requests.as(users, "safeguarding")))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Contact planned: overridden", "Contact planned: refused");
    }

    @Test
    void recordingAPlanTheLeadOverrodeAsHappenedNeedsNoSecondOverrideButANewRestrictionStillRefusesIt() throws Exception {
        long approval = f.restrict("CHILDRENS_SERVICES_APPROVAL_ONLY", f.childId, today.minusDays(1), null,
                today.plusMonths(2));
        String reason = "Social worker approved a supervised family day";
        long first = leadPlansOverriding(today + "T00:01:00", reason);
        long second = leadPlansOverriding(today + "T00:02:00", reason);

        String logged = SafeguardingFixtures.body(f.call(f.caseworker,
                post("/api/v1/cases/" + f.caseId + "/planned-contacts/" + first + "/contact"),
                happened(today + "T00:01:00")).andExpect(status().isCreated()));
        long contactId = ((Number) JsonPath.read(logged, "$.id")).longValue();
        var carried = jdbc.sql("select restriction_id, decided_by, reason from sg_enforcement where case_id = :c "
                        + "and decision = 'OVERRIDDEN' and action = 'LOGGED' and contact_event_id = :e")
                .param("c", f.caseId).param("e", contactId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(carried).singleElement().satisfies(r -> {
            assertThat(r[0]).isEqualTo(approval);
            assertThat(r[1]).isEqualTo("caseworker");
            assertThat((String) r[2]).contains("overridden by safeguarding when the contact was planned", reason);
        });

        // a restriction made after planning is not covered by the planning override: refused, nothing kept
        long later = f.restrict("NO_CONTACT", f.partnerId, today, null, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/planned-contacts/" + second + "/contact"),
                        happened(today + "T00:02:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("restriction " + later),
                        not(containsString("restriction " + approval)))));
        assertThat(count("OVERRIDDEN", "LOGGED")).as("nothing half-saved").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from contact_event where case_id = :c").param("c", f.caseId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long leadPlansOverriding(String at, String reason) throws Exception {
        String saved = SafeguardingFixtures.body(f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/planned-contacts"),
                """
                {"kind":"FAMILY_DAY","plannedAt":"%s","participantIds":[%d,%d],"facilitated":true,"overrideReason":"%s"}"""
                        .formatted(at, f.partnerId, f.childId, reason)).andExpect(status().isCreated()));
        return ((Number) JsonPath.read(saved, "$.id")).longValue();
    }

    private String happened(String at) {
        return """
                {"version":0,"contact":{"kind":"FAMILY_DAY","occurredAt":"%s","participantIds":[%d,%d],"facilitated":true,
                 "outcome":"HAPPENED","quality":4}}""".formatted(at, f.partnerId, f.childId);
    }

    private long course(String kind, LocalDate from, LocalDate to) throws Exception {
        long prison = prisons.findByCode("D01").orElseThrow().id();
        String body = SafeguardingFixtures.body(f.call(f.caseworker, post("/api/v1/interventions"), """
                {"prisonId":%d,"kind":"%s","title":"Family day %s","startsOn":"%s","endsOn":"%s","capacity":30}"""
                .formatted(prison, kind, from, from, to)).andExpect(status().isCreated()));
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String enrolments(long course) throws Exception {
        return SafeguardingFixtures.body(f.call(f.caseworker, get("/api/v1/interventions/" + course), null));
    }

    @Test
    void enrollingAChildOnAFamilyDayIsRefusedAndNotEnrolled() throws Exception {
        long id = f.restrict("NO_CONTACT_WITH_CHILDREN", null, today.minusDays(1), null, today.plusMonths(2));
        long course = course("FAMILY_DAY", today.plusDays(14), today.plusDays(14));
        f.call(f.caseworker, post("/api/v1/interventions/" + course + "/enrolments"),
                        "{\"caseId\":%d,\"personId\":%d}".formatted(f.caseId, f.childId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Enrolling on a course where Ivy Guarded"),
                        containsString("restriction " + id))));
        assertThat(JsonPath.<List<?>>read(enrolments(course), "$.enrolments")).isEmpty();
        assertThat(count("REFUSED", "ENROLLED")).isEqualTo(1);
        f.call(f.caseworker, post("/api/v1/interventions/" + course + "/enrolments"),
                "{\"caseId\":%d,\"personId\":%d}".formatted(f.caseId, f.partnerId)).andExpect(status().isOk());
    }

    @Test
    void aRestrictionStartingDuringACourseRefusesEnrolmentButOneEndingBeforeItDoesNot() throws Exception {
        long course = course("PARENTING_PROGRAMME", today.plusDays(7), today.plusDays(35));
        f.restrict("NO_CONTACT", f.partnerId, today.minusMonths(2), today.plusDays(7), today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/interventions/" + course + "/enrolments"),
                "{\"caseId\":%d,\"personId\":%d}".formatted(f.caseId, f.partnerId)).andExpect(status().isOk());
        f.restrict("LETTERS_ONLY", f.childId, today.plusDays(35), null, today.plusMonths(3));
        f.call(f.caseworker, post("/api/v1/interventions/" + course + "/enrolments"),
                        "{\"caseId\":%d,\"personId\":%d}".formatted(f.caseId, f.childId))
                .andExpect(status().isUnprocessableContent());
        // enrolling the person in prison is checked against their family already on the course
        f.restrict("SUPERVISED_VISITS_ONLY", f.partnerId, today.minusDays(1), null, today.plusMonths(1));
        f.call(f.caseworker, post("/api/v1/interventions/" + course + "/enrolments"),
                "{\"caseId\":%d,\"personId\":%d}".formatted(f.caseId, f.prisonerId)).andExpect(status().isOk());
        assertThat(JsonPath.<List<Integer>>read(enrolments(course), "$.enrolments[*].personId"))
                .containsExactlyInAnyOrder((int) f.partnerId, (int) f.prisonerId);
    }

    @Test
    void theLeadOverridesAnEnrolmentWithAReason() throws Exception {
        f.restrict("NO_CONTACT", f.partnerId, today.minusDays(1), null, today.plusMonths(2));
        long course = course("FAMILY_DAY", today.plusDays(3), today.plusDays(3));
        f.call(f.lead, post("/api/v1/interventions/" + course + "/enrolments"), """
                {"caseId":%d,"personId":%d,"overrideReason":"Court varied the order for the family day"}"""
                .formatted(f.caseId, f.partnerId)).andExpect(status().isOk());
        assertThat(count("OVERRIDDEN", "ENROLLED")).isEqualTo(1);
        String page = mvc.perform(get("/cases/" + f.caseId + "/safeguarding").with(Requests.as(users, "safeguarding")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Course enrolment", "Court varied the order for the family day");
    }

    @Test
    void theCoursePageShowsTheRefusalAndOffersTheLeadAnOverride() throws Exception {
        long id = f.restrict("NO_CONTACT", f.partnerId, today.minusDays(1), null, today.plusMonths(2));
        long course = course("FAMILY_DAY", today.plusDays(5), today.plusDays(5));
        String client = f.caseId + ":" + f.partnerId;
        String worker = mvc.perform(post("/interventions/" + course + "/enrolments").with(Requests.as(users, "caseworker"))
                        .with(Requests.csrf()).param("client", client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(worker).contains("restriction " + id, "Only a safeguarding lead").doesNotContain("id=\"overrideReason\"");
        String lead = mvc.perform(post("/interventions/" + course + "/enrolments").with(Requests.as(users, "safeguarding"))
                        .with(Requests.csrf()).param("client", client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lead).contains("give the reason for overriding it", "id=\"overrideReason\"");
        mvc.perform(post("/interventions/" + course + "/enrolments").with(Requests.as(users, "safeguarding"))
                        .with(Requests.csrf()).param("client", client).param("overrideReason", "Order varied for the day"))
                .andExpect(status().is3xxRedirection());
        assertThat(JsonPath.<List<Integer>>read(enrolments(course), "$.enrolments[*].personId"))
                .containsExactly((int) f.partnerId);
    }
}
