package org.familyties.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN"})
@ActiveProfiles("demo")
class SignInBrowserTest {

    @LocalServerPort
    int port;

    private WebDriver driver;

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

    @Test
    void caseworkerSignsInSeesTheDashboardAndSignsOut() {
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Family Ties");
        Browser.assertAccessible(driver);
        Cookie before = driver.manage().getCookieNamed("FAMILYTIES_SESSION");

        driver.findElement(By.id("username")).sendKeys("caseworker");
        driver.findElement(By.id("password")).sendKeys("demo");
        Browser.clickAndWait(driver, By.cssSelector("button[type=submit].govuk-button"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Casey Worker (demo)");
        assertThat(driver.findElements(By.cssSelector(".ft-tile__count"))).extracting(e -> e.getText())
                .containsExactly("1", "20");
        Cookie after = driver.manage().getCookieNamed("FAMILYTIES_SESSION");
        assertThat(after).isNotNull();
        if (before != null) {
            assertThat(after.getValue()).as("session id changes at sign-in").isNotEqualTo(before.getValue());
        }
        assertThat(after.isHttpOnly()).isTrue();
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.linkText("People in prison"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("People in prison");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.cssSelector("table a.govuk-link"));
        assertThat(driver.findElement(By.cssSelector(".govuk-caption-l")).getText()).startsWith("Z");
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.cssSelector(".ft-header__signout"));
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
        assertThat(driver.findElement(By.cssSelector(".govuk-inset-text")).getText()).isEqualTo("You have signed out.");
        Browser.assertAccessible(driver);

        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
    }

    @Test
    void wrongPasswordShowsTheErrorSummary() {
        driver.get(url("/sign-in"));
        driver.findElement(By.id("username")).sendKeys("caseworker");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        Browser.clickAndWait(driver, By.cssSelector("button[type=submit].govuk-button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("There is a problem", "Enter a correct username and password");
        Browser.assertAccessible(driver);
    }
}
