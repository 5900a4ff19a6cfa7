package org.familyties.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.familyties.access.Users;
import org.familyties.audit.AuditEntry;
import org.familyties.audit.AuditLog;
import org.familyties.casework.CaseInputs;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.FamilyRole;
import org.familyties.casework.NewReferral;
import org.familyties.casework.PlannedContactView;
import org.familyties.casework.PlannedContacts;
import org.familyties.casework.ReferralSource;
import org.familyties.casework.Referrals;
import org.familyties.casework.TriageDecision;
import org.familyties.casework.Urgency;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.safeguarding.Restriction;
import org.familyties.safeguarding.RestrictionInput;
import org.familyties.safeguarding.RestrictionSource;
import org.familyties.safeguarding.RestrictionType;
import org.familyties.safeguarding.Restrictions;
import org.familyties.shared.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A contact refused by a safeguarding restriction, the lead's override and the audit entry it leaves; the same for
 * a child added to a planned visit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN"})
@ActiveProfiles("demo")
class SafeguardingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;
    @Autowired
    Referrals referrals;
    @Autowired
    Cases cases;
    @Autowired
    Restrictions restrictions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PlannedContacts plannedContacts;

    private WebDriver driver;
    private final LocalDate today = LocalDate.now(ZoneId.of("UTC"));

    @BeforeEach
    void startBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        driver.get(url("/sign-in"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        Browser.clickAndWait(driver, By.cssSelector("button[type=submit].govuk-button"));
    }

    private void fillContact(long caseId, long partnerId) {
        driver.get(url("/cases/" + caseId + "/contacts/new"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("PHONE_CALL");
        driver.findElement(By.id("date")).sendKeys(today.toString());
        driver.findElement(By.id("time")).sendKeys("00:01");
        driver.findElement(By.cssSelector("input[name=participantIds][value='" + partnerId + "']")).click();
        new Select(driver.findElement(By.id("outcome"))).selectByValue("HAPPENED");
    }

    private void submit() {
        Browser.clickAndWait(driver, By.cssSelector("form button[type=submit].govuk-button"));
    }

    @Test
    void aRefusedContactIsOverriddenByTheSafeguardingLeadAndAudited() {
        CurrentUser worker = users.currentUserFor("caseworker").orElseThrow();
        CurrentUser lead = users.currentUserFor("safeguarding").orElseThrow();
        String number = "B" + (System.nanoTime() % 10000) + "SG";
        people.registerPersonInPrison("Robin", "Browser", LocalDate.of(1984, 3, 3), number,
                prisons.findByCode("D01").orElseThrow().id());
        var referral = referrals.submit(new NewReferral(number, ReferralSource.PRISON_STAFF, "Officer Lee",
                "Family contact", Urgency.ROUTINE, true, today.minusDays(1)), worker);
        long caseId = referrals.triage(referral.id(), TriageDecision.ACCEPT, "Meets criteria", referral.version(), worker)
                .caseId();
        CaseView c = cases.view(caseId, worker);
        c = cases.addFamilyMember(caseId, new CaseInputs.FamilyMember("Jamie", "Browser", LocalDate.of(1990, 1, 1),
                null, FamilyRole.PARTNER, c.version()), worker);
        long partnerId = c.familyMembers().get(0).personId();
        LocalDate review = today.plusWeeks(6);
        Restriction r = restrictions.add(caseId, new RestrictionInput(partnerId, RestrictionType.NO_CONTACT,
                RestrictionSource.COURT_ORDER, today.minusDays(1), null, review, "FC-2026-77", null), lead);

        signIn("caseworker");
        fillContact(caseId, partnerId);
        Browser.assertAccessible(driver);
        submit();
        String refusal = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertThat(refusal).contains("restriction " + r.id(), "no contact", "Jamie Browser",
                "review date " + review, "Only a safeguarding lead can override it");
        assertThat(driver.findElements(By.id("overrideReason"))).as("no override for a caseworker").isEmpty();
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.cssSelector(".ft-header__signout"));

        signIn("safeguarding");
        fillContact(caseId, partnerId);
        submit();
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("restriction " + r.id(), "give the reason for overriding it");
        Browser.assertAccessible(driver);
        String reason = "Children's services agreed a call to arrange the child's school move";
        driver.findElement(By.id("overrideReason")).sendKeys(reason);
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/cases/" + caseId);
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("The contact has been logged");
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.cssSelector("a.govuk-button[href$='/cases/" + caseId + "/safeguarding']"));
        String overrides = driver.findElement(By.id("enforcement")).getText();
        assertThat(overrides).contains("Overridden by the safeguarding lead", reason, "safeguarding");
        assertThat(overrides).contains("Refused");
        Browser.assertAccessible(driver);

        driver.get(url("/safeguarding"));
        Browser.assertAccessible(driver);
        driver.get(url("/safeguarding/reports"));
        Browser.assertAccessible(driver);

        List<AuditEntry> audit = auditLog.recent(50).stream()
                .filter(e -> e.recordType().equals("RestrictionOverride")).toList();
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.actorUsername()).isEqualTo("safeguarding");
            assertThat(e.reason()).contains(reason, "restriction " + r.id());
        });
    }

    @Test
    void aChildAddedToAPlannedVisitIsRefusedThenOverriddenByTheLeadAndAudited() {
        CurrentUser worker = users.currentUserFor("caseworker").orElseThrow();
        CurrentUser lead = users.currentUserFor("safeguarding").orElseThrow();
        String number = "P" + (System.nanoTime() % 10000) + "SG";
        people.registerPersonInPrison("Robin", "Planner", LocalDate.of(1984, 3, 3), number,
                prisons.findByCode("D01").orElseThrow().id());
        var referral = referrals.submit(new NewReferral(number, ReferralSource.PRISON_STAFF, "Officer Lee",
                "Family contact", Urgency.ROUTINE, true, today.minusDays(1)), worker);
        long caseId = referrals.triage(referral.id(), TriageDecision.ACCEPT, "Meets criteria", referral.version(), worker)
                .caseId();
        CaseView c = cases.view(caseId, worker);
        c = cases.addFamilyMember(caseId, new CaseInputs.FamilyMember("Jamie", "Planner", LocalDate.of(1990, 1, 1),
                null, FamilyRole.PARTNER, c.version()), worker);
        c = cases.addFamilyMember(caseId, new CaseInputs.FamilyMember("Toby", "Planner", today.minusYears(7),
                null, FamilyRole.CHILD, c.version()), worker);
        long partnerId = c.familyMembers().stream().filter(f -> f.relationToPrisoner() == FamilyRole.PARTNER)
                .findFirst().orElseThrow().personId();
        long childId = c.familyMembers().stream().filter(f -> f.relationToPrisoner() == FamilyRole.CHILD)
                .findFirst().orElseThrow().personId();
        LocalDate review = today.plusWeeks(8);
        Restriction r = restrictions.add(caseId, new RestrictionInput(null, RestrictionType.NO_CONTACT_WITH_CHILDREN,
                RestrictionSource.CHILD_PROTECTION_PLAN, today.minusDays(3), null, review, "CPP-2026-12", null), lead);
        LocalDate visitDay = today.plusDays(10);

        signIn("caseworker");
        driver.get(url("/cases/" + caseId));
        Browser.clickAndWait(driver, By.cssSelector("a.govuk-button[href$='/cases/" + caseId + "/planned-contacts/new']"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("CHILD_CENTRED_VISIT");
        driver.findElement(By.id("date")).sendKeys(visitDay.toString());
        driver.findElement(By.id("time")).sendKeys("14:00");
        driver.findElement(By.cssSelector("input[name=participantIds][value='" + partnerId + "']")).click();
        driver.findElement(By.cssSelector("input[name=facilitated][value='true']")).click();
        Browser.assertAccessible(driver);
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/cases/" + caseId);
        assertThat(driver.findElement(By.id("planned-contacts")).getText()).contains("Child-centred visit", "Jamie Planner");
        Browser.assertAccessible(driver);

        PlannedContactView plan = plannedContacts.upcoming(caseId, worker).get(0);
        Browser.clickAndWait(driver, By.cssSelector("a[href$='/planned-contacts/" + plan.id() + "/edit']"));
        driver.findElement(By.cssSelector("input[name=participantIds][value='" + childId + "']")).click();
        submit();
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("restriction " + r.id(), "Toby Planner", "children under 18", "review date " + review,
                        "Only a safeguarding lead can override it");
        assertThat(driver.findElements(By.id("overrideReason"))).as("no override for a caseworker").isEmpty();
        Browser.assertAccessible(driver);
        assertThat(plannedContacts.upcoming(caseId, worker).get(0).participantIds()).containsExactly(partnerId);
        Browser.clickAndWait(driver, By.cssSelector(".ft-header__signout"));

        signIn("safeguarding");
        driver.get(url("/cases/" + caseId + "/planned-contacts/" + plan.id() + "/edit"));
        driver.findElement(By.cssSelector("input[name=participantIds][value='" + childId + "']")).click();
        submit();
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("restriction " + r.id(), "give the reason for overriding it");
        Browser.assertAccessible(driver);
        String reason = "Social worker approved a supervised child-centred visit for Toby";
        driver.findElement(By.id("overrideReason")).sendKeys(reason);
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/cases/" + caseId);
        assertThat(driver.findElement(By.id("planned-contacts")).getText()).contains("Jamie Planner, Toby Planner");
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.cssSelector("a.govuk-button[href$='/cases/" + caseId + "/safeguarding']"));
        String overrides = driver.findElement(By.id("enforcement")).getText();
        assertThat(overrides).contains("Overridden by the safeguarding lead", "Contact planned", reason, "Refused");
        Browser.assertAccessible(driver);

        List<AuditEntry> audit = auditLog.recent(50).stream()
                .filter(e -> e.recordType().equals("RestrictionOverride")).toList();
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.actorUsername()).isEqualTo("safeguarding");
            assertThat(e.reason()).contains(reason, "restriction " + r.id());
        });
    }
}
