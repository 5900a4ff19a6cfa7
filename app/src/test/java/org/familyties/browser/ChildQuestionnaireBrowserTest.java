package org.familyties.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.familyties.access.Users;
import org.familyties.study.ConsentKind;
import org.familyties.study.NewConsent;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A researcher enters a child's first-wave questionnaire in a real browser; branching opens follow-up questions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN"})
@ActiveProfiles("demo")
class ChildQuestionnaireBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Studies studies;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyFamilies families;
    @Autowired
    StudyConsents consents;
    @Autowired
    Users users;

    private WebDriver driver;
    private Participant child;

    @BeforeEach
    void setUp() {
        long study = studies.findByCode("FAMWAVES").orElseThrow().id();
        var dm = users.currentUserFor("datamanager").orElseThrow();
        var family = families.registerFamily(study, new NewFamily(null, null, LocalDate.of(2026, 1, 10)), dm);
        child = families.addParticipant(study, family.id(), new NewParticipant("child", "Browsertest", "Child",
                LocalDate.of(2016, 4, 4), null, null), dm);
        Wave wave1 = designs.design(study, dm).waves().get(0);
        consents.record(study, child.pseudonym(), new NewConsent(wave1.id(), ConsentKind.ASSENT, null,
                LocalDate.of(2026, 1, 2), false, true, false, false, false), dm);
        consents.record(study, child.pseudonym(), new NewConsent(wave1.id(), ConsentKind.PARENT_CONSENT, "mother",
                LocalDate.of(2026, 1, 2), false, true, false, false, false), dm);
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

    @Test
    void researcherEntersAChildsFirstWaveQuestionnaireWithBranching() {
        driver.get(url("/sign-in"));
        driver.findElement(By.id("username")).sendKeys("researcher");
        driver.findElement(By.id("password")).sendKeys("demo");
        Browser.clickAndWait(driver, By.cssSelector("button[type=submit].govuk-button"));

        driver.get(url("/studies"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.partialLinkText("Families across the sentence"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Families across the sentence");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("Families and participants"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText(child.pseudonym().substring(0, child.pseudonym().indexOf('-'))));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText(child.pseudonym()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(child.pseudonym());
        assertThat(driver.getPageSource()).doesNotContain("Browsertest");
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.linkText("child_questionnaire"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Child questionnaire");
        assertThat(driver.findElements(By.id("cq_contact___1"))).isEmpty();
        Browser.assertAccessible(driver);

        driver.findElement(By.id("cq_age")).sendKeys("ten");
        Browser.clickAndWait(driver, By.cssSelector("button[value=save]"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("There is a problem");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("cq_age")).clear();
        driver.findElement(By.id("cq_age")).sendKeys("10");
        driver.findElement(By.cssSelector("label[for='cq_sees_father-1']")).click();
        Browser.clickAndWait(driver, By.cssSelector("button[value=save]"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("incomplete");
        assertThat(driver.findElement(By.id("missing")).getText()).contains("How do you keep in touch with your dad?");
        Browser.assertAccessible(driver);

        driver.findElement(By.cssSelector("label[for='cq_contact___1']")).click();
        driver.findElement(By.cssSelector("label[for='cq_contact___4']")).click();
        driver.findElement(By.cssSelector("label[for='cq_contact_feel-2']")).click();
        driver.findElement(By.id("cq_closeness")).sendKeys("7");
        Browser.clickAndWait(driver, By.cssSelector("button[value=complete]"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("complete");
        assertThat(driver.findElement(By.id("cq_contact___4")).isSelected()).isTrue();
        assertThat(driver.findElements(By.id("missing"))).isEmpty();
        Browser.assertAccessible(driver);
    }
}
