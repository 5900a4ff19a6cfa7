package org.familyties.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.familyties.access.Users;
import org.familyties.retention.ChannelKind;
import org.familyties.retention.NewChannel;
import org.familyties.retention.ParticipantTracing;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
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
 * A data manager logs three contact attempts for a participant in a real browser — no answer, a message
 * left, then "moved – new details" with a new phone — and sees the worklist and the pathway change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tracingbrowser;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN"})
@ActiveProfiles("demo")
class TracingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Studies studies;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyFamilies families;
    @Autowired
    ParticipantTracing tracing;
    @Autowired
    Users users;

    private WebDriver driver;
    private Participant mother;
    private long study;
    private long wave1;

    @BeforeEach
    void setUp() {
        study = studies.findByCode("FAMWAVES").orElseThrow().id();
        var dm = users.currentUserFor("datamanager").orElseThrow();
        var family = families.registerFamily(study, new NewFamily(null, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(100)), dm);
        mother = families.addParticipant(study, family.id(), new NewParticipant("mother", "Browsertrace", "Mother",
                LocalDate.of(1990, 4, 4), null, null), dm);
        tracing.addChannel(study, mother.pseudonym(), new NewChannel(ChannelKind.PHONE, "07700 900411", null, null, null,
                null, LocalDate.now(ZoneOffset.UTC).minusDays(200), null), dm);
        wave1 = designs.design(study, dm).waves().get(0).id();
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

    private String worklistRow() {
        driver.get(url("/studies/" + study + "/tracing?wave=" + wave1));
        return driver.findElement(By.id("row-" + mother.pseudonym())).getText();
    }

    private void logAttempt(String time, String outcome, String newPhone) {
        driver.get(url("/studies/" + study + "/participants/" + mother.pseudonym() + "/tracing"));
        driver.findElement(By.cssSelector("#attempt-form summary")).click();
        new Select(driver.findElement(By.id("channelId"))).selectByIndex(1);
        WebElement date = driver.findElement(By.id("attemptedOn"));
        date.clear();
        date.sendKeys(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        driver.findElement(By.id("attemptedTime")).sendKeys(time);
        new Select(driver.findElement(By.id("outcome"))).selectByValue(outcome);
        driver.findElement(By.id("notes")).sendKeys("Tried the mobile");
        if (newPhone != null) {
            new Select(driver.findElement(By.id("newChannelKind"))).selectByValue("PHONE");
            driver.findElement(By.id("newDetail")).sendKeys(newPhone);
        }
        Browser.clickAndWait(driver, By.id("save-attempt"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Contact attempt recorded");
    }

    @Test
    void threeAttemptsMoveTheParticipantOnTheWorklistAndShowOnThePathway() {
        driver.get(url("/sign-in"));
        driver.findElement(By.id("username")).sendKeys("datamanager");
        driver.findElement(By.id("password")).sendKeys("demo");
        Browser.clickAndWait(driver, By.cssSelector("button[type=submit].govuk-button"));

        String before = worklistRow();
        assertThat(before).contains("Never reached").doesNotContain("failed attempt");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText(mother.pseudonym()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(mother.pseudonym());
        Browser.assertAccessible(driver);

        logAttempt("10:00", "NO_ANSWER", null);
        logAttempt("11:30", "MESSAGE_LEFT", null);
        assertThat(worklistRow()).contains("2 failed attempts in a row").contains("Never reached");

        logAttempt("16:45", "MOVED_NEW_DETAILS", "07700 900422");
        assertThat(driver.findElement(By.id("channels")).getText()).contains("07700 900422");
        assertThat(driver.findElement(By.id("attempts")).findElements(By.cssSelector("tbody tr"))).hasSize(3);
        Browser.assertAccessible(driver);

        String after = worklistRow();
        assertThat(after).contains("Not reached for 1 day").doesNotContain("Never reached")
                .doesNotContain("failed attempt").contains("Use the channel that worked last time");

        driver.get(url("/studies/" + study + "/participants/" + mother.pseudonym() + "/pathway"));
        assertThat(driver.findElement(By.cssSelector("svg.ft-pathway title")).getAttribute("textContent"))
                .contains(mother.pseudonym());
        assertThat(driver.findElements(By.cssSelector("svg.ft-pathway path"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("svg.ft-pathway polygon"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".ft-pathway-attempts")).getAttribute("textContent"))
                .contains("No answer").contains("Message left").contains("Moved – new details");
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.partialLinkText("pathways of all members"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Retention pathways of family");
        Browser.assertAccessible(driver);

        driver.get(url("/studies/" + study + "/retention"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Retention");
        Browser.assertAccessible(driver);
        driver.get(url("/studies/" + study + "/tracing/weights"));
        Browser.assertAccessible(driver);
        driver.get(url("/studies/" + study + "/tracing/appointments"));
        Browser.assertAccessible(driver);
    }
}
