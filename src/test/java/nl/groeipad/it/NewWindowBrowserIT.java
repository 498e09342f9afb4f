package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 8 §14 in headless Chromium: the course page of an LMS (127.0.0.1) embeds Groeipad from another site
 * (localhost); the browser does not keep the tool's cookie in that frame, so the launch fails with
 * LTI-browser-mismatch. The page inside the frame offers one big button, "Open Groeipad in een nieuw venster"; it
 * starts the same login again top-level, and the participant lands on their home in the new window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewWindowBrowserIT {

    private static TestPlatform platform;
    private final String base = Deployments.base();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aBlockedCookieInTheFrameOffersANewWindowThatOpensGroeipad() throws Exception {
        platform = TestPlatform.registeredAt(new ToolClient(base), "Leerbedrijf (nieuw venster)");
        var login = base + "/lti/login?iss=" + ToolClient.enc(platform.issuer()) + "&login_hint=learner-1&target_link_uri="
                + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(platform.clientId())
                + "&lti_deployment_id=" + platform.deploymentId()
                + "&lti_message_hint=" + ToolClient.enc("{\"cmid\":4,\"launchid\":\"ltilaunch3_1\"}");
        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            // The LMS's course page (127.0.0.1) embeds the tool from another site (localhost): a third-party frame.
            browser.get(platform.coursePage(login.replace(base, base.replace("127.0.0.1", "localhost"))));
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
            var button = wait.until(ExpectedConditions.elementToBeClickable(By.id("open-new-window")));
            // In the browser's language (headless Chromium may ask for English).
            assertThat(button.getText()).isIn("Open Groeipad in een nieuw venster", "Open Groeipad in a new window");
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("LTI-browser-mismatch");
            Browsers.assertAccessibleAt360(browser);
            // axe leaves the driver on the top page: back into the frame for the button.
            browser.switchTo().defaultContent();
            browser.switchTo().frame(browser.findElement(By.id("tool")));
            button = wait.until(ExpectedConditions.elementToBeClickable(By.id("open-new-window")));

            var before = new HashSet<>(browser.getWindowHandles());
            button.click();
            wait.until(d -> d.getWindowHandles().size() > before.size());
            var opened = browser.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
            browser.switchTo().window(opened);

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Hallo Deelnemer"));
            assertThat(browser.getCurrentUrl()).contains("/app/").doesNotContain("session=");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAlteredRestartIsRefused() {
        var client = new ToolClient(base);
        var refused = client.postForm("/lti/login/restart", java.util.Map.of("login", "eyJhbGciOiJub25lIn0.e30."));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(client.postForm("/lti/login/restart", java.util.Map.of()).statusCode()).isEqualTo(400);
    }
}
