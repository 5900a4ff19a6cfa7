package org.familyties.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A caseworker's whole journey in a real browser, without relying on JavaScript: referral, triage into a
 * case, family members, assessment, plan, a visit with two children, outcomes, review and closure; then
 * the dashboard counts the closed case. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:journey;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN"})
@ActiveProfiles("demo")
class CaseworkJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    Prisons prisons;

    private WebDriver driver;
    private final String today = LocalDate.now().toString();

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

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void submit() {
        Browser.clickAndWait(driver, By.cssSelector("main form button[type=submit].govuk-button"));
    }

    private void openAction(String linkText) {
        Browser.clickAndWait(driver, By.linkText(linkText));
        Browser.assertAccessible(driver);
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private String notice() {
        return driver.findElement(By.cssSelector(".govuk-notification-banner__heading")).getText();
    }

    private int tile(String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText());
    }

    @Test
    void referralToClosureWithOutcomesIsCountedOnTheDashboard() {
        people.registerPersonInPrison("Robin", "Journey", LocalDate.of(1987, 6, 1), "J1234BT",
                prisons.findByCode("D01").orElseThrow().id());
        driver.get(url("/sign-in"));
        type("username", "caseworker");
        type("password", "demo");
        Browser.clickAndWait(driver, By.cssSelector("button[type=submit].govuk-button"));

        driver.get(url("/dashboard?by=PRISON"));
        Browser.assertAccessible(driver);
        int outcomesBefore = tile("total-outcomes");

        // referral, with a mistake first
        driver.get(url("/referrals/new"));
        Browser.assertAccessible(driver);
        type("prisonNumber", "J1234BT");
        submit();
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select who made the referral", "Enter why the family is being referred");
        Browser.assertAccessible(driver);
        choose("source", "PRISON_STAFF");
        type("reason", "The children have not visited since sentence");
        driver.findElement(By.id("urgency")).click();
        driver.findElement(By.id("consent")).click();
        type("receivedOn", today);
        submit();
        assertThat(notice()).contains("waiting for triage");
        Browser.assertAccessible(driver);

        // triage into a case
        driver.findElement(By.id("decision")).click();
        type("reason", "Meets the criteria");
        submit();
        assertThat(heading()).contains("Robin Journey", "Referred");
        Browser.assertAccessible(driver);

        for (String child : List.of("Ada", "Ben")) {
            openAction("Add a family member");
            type("givenName", child);
            type("familyName", "Journey");
            choose("role", "CHILD");
            type("dateOfBirth", LocalDate.now().minusYears(child.equals("Ada") ? 6 : 9).toString());
            submit();
            assertThat(notice()).contains("family member has been added");
        }
        assertThat(driver.findElement(By.cssSelector("svg.ft-network title")).getAttribute("textContent"))
                .isEqualTo("Family network");
        Browser.assertAccessible(driver);

        openAction("Assess needs and barriers");
        type("assessedOn", today);
        type("travelDistanceKm", "120");
        type("travelCostPounds", "32.50");
        driver.findElement(By.id("childUnaware")).click();
        submit();
        assertThat(heading()).contains("Assessed");

        openAction("Add a goal to the plan");
        new Select(driver.findElement(By.id("clientPersonId"))).selectByVisibleText("Ada Journey");
        type("description", "Monthly child-centred visits with Ada and Ben");
        submit();
        assertThat(heading()).contains("Active");

        openAction("Record outcomes");
        driver.findElement(By.id("stage")).click();
        type("measuredOn", today);
        for (int i = 0; i < 3; i++) {
            choose("desist_" + i, "2");
        }
        for (int i = 0; i < 5; i++) {
            choose("wellbeing_" + i, "1");
        }
        submit();
        assertThat(notice()).contains("outcomes have been saved");

        openAction("Log family contact");
        choose("kind", "CHILD_CENTRED_VISIT");
        type("date", LocalDate.now().minusDays(1).toString());
        type("time", "14:00");
        driver.findElements(By.cssSelector("input[name=participantIds]")).forEach(WebElement::click);
        choose("outcome", "HAPPENED");
        driver.findElement(By.id("facilitated")).click();
        driver.findElement(By.id("quality-3")).click();
        submit();
        assertThat(notice()).contains("contact has been logged");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ada Journey, Ben Journey");
        assertThat(driver.findElement(By.cssSelector("#contact-chart-title")).getAttribute("textContent")).isNotBlank();
        Browser.assertAccessible(driver);

        openAction("Record a review");
        type("heldOn", today);
        type("summary", "Visits are happening and the children are settled");
        type("nextReviewDue", LocalDate.now().plusWeeks(8).toString());
        submit();
        assertThat(notice()).contains("review has been recorded");

        openAction("Record outcomes");
        driver.findElement(By.id("stage-2")).click();
        type("measuredOn", today);
        for (int i = 0; i < 3; i++) {
            choose("desist_" + i, "4");
        }
        for (int i = 0; i < 5; i++) {
            choose("wellbeing_" + i, "3");
        }
        submit();

        openAction("Close the case");
        driver.findElement(By.id("reason")).click();
        type("closedOn", today);
        submit();
        assertThat(heading()).contains("Closed");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Change from intake to closure: intention to desist 6, well-being 40.");
        Browser.assertAccessible(driver);

        driver.get(url("/dashboard?by=PRISON"));
        assertThat(tile("total-outcomes")).isEqualTo(outcomesBefore + 1);
        Browser.assertAccessible(driver);
        driver.get(url("/my-work"));
        Browser.assertAccessible(driver);
        driver.get(url("/cases?mine=true"));
        Browser.assertAccessible(driver);
    }
}
