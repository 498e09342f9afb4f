package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
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
 * The deep-linking picker in headless Chromium at 360 px (issue 10 §4): a teacher's "Select content" opens it, it
 * is accessible (axe-core, no sideways scrolling), the teacher picks a route, and the platform receives the signed
 * answer with that route.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkingBrowserIT {

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
    @SuppressWarnings("unchecked")
    void aTeacherPicksARouteAndThePlatformReceivesTheSignedAnswer() throws Exception {
        platform = TestPlatform.registeredAt(new ToolClient(base), "Leerbedrijf (picker)");
        platform.tamper(c -> c
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", platform.deepLinkingReturnUrl(), "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"), "data", "moodle-data")));
        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            browser.get(base + "/lti/login?iss=" + ToolClient.enc(platform.issuer()) + "&login_hint=coach-1&target_link_uri="
                    + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(platform.clientId())
                    + "&lti_deployment_id=" + platform.deploymentId());

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Wat opent deze activiteit?"));
            assertThat(browser.findElement(By.cssSelector("input[value=home]")).isSelected()).isTrue();
            Browsers.assertAccessibleAt360(browser);

            var route = browser.findElement(By.xpath("//label[contains(., 'Starten in de groenvoorziening')]"));
            route.click();
            var routeValue = route.findElement(By.tagName("input")).getAttribute("value");
            browser.findElement(By.xpath("//button[normalize-space()='Toevoegen aan de cursus']")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Activity added"));
            var received = platform.deepLinkingResponses();
            assertThat(received).hasSize(1);
            var claims = SignedJWT.parse(received.getFirst()).getJWTClaimsSet();
            assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("moodle-data");
            var item = (Map<String, Object>) claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").getFirst();
            assertThat((Map<String, Object>) item.get("custom")).containsEntry("groeipad_route", routeValue.substring("route:".length()));
            assertThat(item).containsKey("lineItem");
        } finally {
            browser.quit();
            platform.tamper(c -> { });
        }
    }
}
