package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests in headless Debian Chromium: a person launched from an LMS (or the demo platform)
 * lands on their home; axe-core finds no accessibility violations; the layout works at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static TestPlatform platform;
    private WebDriver browser;
    private WebDriverWait wait;
    private final String base = Deployments.base();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium();
        wait = Browsers.waitOn(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aLearnerLaunchedFromTheLmsLandsOnAWarmHome() throws Exception {
        var lms = registeredPlatform();

        // The LMS starts the OIDC login in the browser; the platform's form post completes the launch.
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=learner-1&target_link_uri="
                + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Hallo Deelnemer"));
        assertThat(browser.getCurrentUrl()).startsWith(base + "/app/").doesNotContain("session=");
        wait.until(d -> d.findElements(By.cssSelector("main h2")).stream().map(org.openqa.selenium.WebElement::getText)
                .toList().containsAll(java.util.List.of("Mijn plan", "Vandaag", "Mijn voortgang")));
        assertAccessibleAt360();
    }

    @Test
    void theAppWorksInsideAnLmsIframe() throws Exception {
        var lms = registeredPlatform();
        var login = base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=learner-1&target_link_uri="
                + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId());

        browser.get(lms.coursePage(login));

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Hallo Deelnemer"));
        browser.switchTo().defaultContent();
    }

    @Test
    void aNewcomerTriesTheDemoAsParticipantAndAsCoach() {
        browser.get(base + "/demo");
        assertAccessibleAt360();
        browser.findElement(By.partialLinkText("deelnemer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Hallo Sam"));
        assertAccessibleAt360();

        browser.get(base + "/demo");
        browser.findElement(By.partialLinkText("begeleider")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Sam de Vries"));
        assertAccessibleAt360();
    }

    @Test
    void theDemoAdminReachesTheOrganisationsHouseStyle() {
        browser.get(base + "/demo");
        browser.findElement(By.partialLinkText("beheerder")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-title"), "Huisstijl"));
        assertAccessibleAt360();
    }

    @Test
    void theDemoSpeaksEnglishWhenAskedTo() {
        browser.get(base + "/demo?lang=en");
        browser.findElement(By.partialLinkText("participant")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Hello Sam"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertAccessibleAt360();
    }

    @Test
    void thePublicPagesAreAccessible() {
        for (var page : new String[] {"/", "/admin/", "/lti/login", "/lti/register"}) {
            browser.get(base + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertAccessibleAt360();
        }
    }

    private TestPlatform registeredPlatform() throws Exception {
        if (platform == null) {
            platform = new TestPlatform();
            var created = new ToolClient(base).admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Leerbedrijf","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(), platform.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return platform;
    }

    private void assertAccessibleAt360() {
        Browsers.assertAccessibleAt360(browser);
    }
}
