package org.familyties.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditEntry;
import org.familyties.audit.AuditLog;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.support.FamilyTiesTest;
import org.familyties.support.MutableClock;
import org.familyties.support.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Safeguarding records are for the prison's safeguarding leads and the allocated caseworker; other case staff
 * see that they exist, and may ask for access or break glass for a limited time.
 */
@FamilyTiesTest
class NeedToKnowAccessTests {

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
    MutableClock clock;

    SafeguardingFixtures f;
    final LocalDate today = LocalDate.now(ZoneId.of("UTC"));
    long restrictionId;

    @BeforeEach
    void restrictedCase() throws Exception {
        f = new SafeguardingFixtures(mvc).newCase(people, prisons);
        restrictionId = f.restrict("NO_CONTACT", f.partnerId, today.minusDays(1), null, today.plusMonths(1));
        f.call(f.lead, post("/api/v1/cases/" + f.caseId + "/safeguarding/concerns"), """
                {"subjectPersonId":%d,"raisedBy":"School nurse","raisedOn":"%s","category":"RISK_TO_CHILD",
                 "description":"Disclosure at school","immediateActions":"MASH called"}""".formatted(f.childId, today))
                .andExpect(status().isCreated());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String summary(String token) throws Exception {
        return SafeguardingFixtures.body(f.call(token, get("/api/v1/cases/" + f.caseId + "/safeguarding"), null)
                .andExpect(status().isOk()));
    }

    @Test
    void aCaseworkerWhoIsNotAllocatedSeesOnlyTheMarker() throws Exception {
        String marker = summary(f.caseworker);
        assertThat((Boolean) JsonPath.read(marker, "$.restricted")).isTrue();
        assertThat((Integer) JsonPath.read(marker, "$.restrictionCount")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(marker, "$.concernCount")).isEqualTo(1);
        assertThat((List<?>) JsonPath.read(marker, "$.restrictions")).isEmpty();
        assertThat((List<?>) JsonPath.read(marker, "$.concerns")).isEmpty();
        assertThat(marker).doesNotContain("Disclosure at school", "CO-2026");
        f.call(f.caseworker, get("/api/v1/cases/" + f.caseId + "/safeguarding/restrictions"), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("request access or break glass")));
        f.call(f.caseworker, get("/api/v1/cases/" + f.caseId + "/safeguarding/concerns"), null)
                .andExpect(status().isForbidden());

        String lead = summary(f.lead);
        assertThat((String) JsonPath.read(lead, "$.access.basis")).isEqualTo("SAFEGUARDING_LEAD");
        assertThat((String) JsonPath.read(lead, "$.concerns[0].description")).isEqualTo("Disclosure at school");
    }

    @Test
    void theAllocatedCaseworkerSeesTheRecords() throws Exception {
        long me = users.currentUserFor("caseworker").orElseThrow().userId();
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/allocation"),
                "{\"userId\":%d,\"version\":%d}".formatted(me, f.version())).andExpect(status().isOk());
        String mine = summary(f.caseworker);
        assertThat((String) JsonPath.read(mine, "$.access.basis")).isEqualTo("ALLOCATED_CASEWORKER");
        assertThat((Integer) JsonPath.read(mine, "$.restrictions[0].id")).isEqualTo((int) restrictionId);
    }

    @Test
    void staffInAnotherPrisonCannotSeeTheCaseAtAll() throws Exception {
        String other = Requests.token(mvc, "caseworker2");
        f.call(other, get("/api/v1/cases/" + f.caseId + "/safeguarding"), null).andExpect(status().isNotFound());
        f.call(other, post("/api/v1/cases/" + f.caseId + "/safeguarding/break-glass"), "{\"reason\":\"Curious\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void breakGlassNeedsAReasonGivesTimeLimitedAccessNotifiesTheLeadAndIsAudited() throws Exception {
        f.call(f.caseworker, post("/api/v1/cases/" + f.caseId + "/safeguarding/break-glass"), "{\"reason\":\" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat((Boolean) JsonPath.read(summary(f.caseworker), "$.restricted")).isTrue();

        String reason = "Family member at the gate asking for a visit now";
        String grant = SafeguardingFixtures.body(f.call(f.caseworker, post("/api/v1/cases/" + f.caseId
                + "/safeguarding/break-glass"), "{\"reason\":\"" + reason + "\"}").andExpect(status().isCreated()));
        int grantId = JsonPath.read(grant, "$.id");

        f.call(f.caseworker, get("/api/v1/cases/" + f.caseId + "/safeguarding/restrictions"), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(restrictionId));
        List<AuditEntry> reads = auditLog.historyOf(Restrictions.RECORD_TYPE, "case " + f.caseId);
        assertThat(reads).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.actorUsername()).isEqualTo("caseworker");
            assertThat(e.reason()).contains("break_glass", reason);
        });
        assertThat(auditLog.historyOf(SafeguardingAccess.RECORD_TYPE, String.valueOf(grantId)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.ACCESS_GRANTED);
                    assertThat(e.reason()).contains(reason);
                });
        String workList = SafeguardingFixtures.body(f.call(f.lead, get("/api/v1/safeguarding/work-list"), null));
        List<Integer> attention = JsonPath.read(workList, "$.accessNeedingAttention[*].id");
        assertThat(attention).contains(grantId);

        // API tokens last 15 minutes, so each step after moving the clock signs in again
        clock.advance(Duration.ofHours(2).plusMinutes(59));
        String worker = Requests.token(mvc, "caseworker");
        f.call(worker, get("/api/v1/cases/" + f.caseId + "/safeguarding/restrictions"), null)
                .andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(2));
        worker = Requests.token(mvc, "caseworker");
        f.call(worker, get("/api/v1/cases/" + f.caseId + "/safeguarding/restrictions"), null)
                .andExpect(status().isForbidden());
        assertThat((Boolean) JsonPath.read(summary(worker), "$.restricted")).isTrue();

        String lead = Requests.token(mvc, "safeguarding");
        f.call(lead, post("/api/v1/safeguarding/break-glass/" + grantId + "/acknowledgement"), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedBy").value("safeguarding"));
        List<Integer> after = JsonPath.read(SafeguardingFixtures.body(f.call(lead,
                get("/api/v1/safeguarding/work-list"), null)), "$.accessNeedingAttention[*].id");
        assertThat(after).doesNotContain(grantId);
    }

    @Test
    void aRequestApprovedByTheLeadGivesAccess() throws Exception {
        String grant = SafeguardingFixtures.body(f.call(f.caseworker, post("/api/v1/cases/" + f.caseId
                + "/safeguarding/access-requests"), "{\"reason\":\"Covering while the allocated worker is away\"}")
                .andExpect(status().isCreated()));
        int grantId = JsonPath.read(grant, "$.id");
        assertThat((Boolean) JsonPath.read(summary(f.caseworker), "$.access.requestPending")).isTrue();
        f.call(f.caseworker, post("/api/v1/safeguarding/access-requests/" + grantId + "/decision"), "{\"approve\":true}")
                .andExpect(status().isForbidden());
        f.call(f.lead, post("/api/v1/safeguarding/access-requests/" + grantId + "/decision"), "{\"approve\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        String seen = summary(f.caseworker);
        assertThat((String) JsonPath.read(seen, "$.access.basis")).isEqualTo("APPROVED_REQUEST");
        assertThat((String) JsonPath.read(seen, "$.concerns[0].description")).isEqualTo("Disclosure at school");
    }

    @Test
    void managersSeeCountsWithoutPersonalDetail() throws Exception {
        String manager = Requests.token(mvc, "manager");
        String report = SafeguardingFixtures.body(f.call(manager, get("/api/v1/safeguarding/reports"), null)
                .andExpect(status().isOk()));
        assertThat((Boolean) JsonPath.read(report, "$.detailShown")).isFalse();
        assertThat((List<?>) JsonPath.read(report, "$.reviewDetail")).isEmpty();
        List<String> categories = JsonPath.read(report, "$.openConcerns[*].group");
        assertThat(categories).contains("RISK_TO_CHILD");
        assertThat(report).doesNotContain("Alex Partner", "Ivy Guarded", "Disclosure");
        f.call(manager, get("/api/v1/cases/" + f.caseId + "/safeguarding"), null).andExpect(status().isForbidden());
    }
}
