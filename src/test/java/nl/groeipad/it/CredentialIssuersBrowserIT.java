package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin's "Certificaten: logo en branches" form in real headless Chromium at 360 px: a wrong web address is
 * named at its field, a branch issuer is added, its logo and the organisation's logo are uploaded and shown, and it
 * gets a new key; then the coach issues a branch certificate under it from the participant's page. axe-core finds no
 * violations on these screens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialIssuersBrowserIT {

    private static TestPlatform lms;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeAll
    static void registerPlatform() throws Exception {
        lms = new TestPlatform();
        lms.person("admin-1", "Ada", "Beheer", "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator");
        var created = new ToolClient(Deployments.base()).admin("POST", "/api/v1/admin/registrations", """
                {"name":"Branches Browser","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void stopPlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    @Test
    void theAdminAddsABranchIssuerWithLogosAndTheCoachIssuesUnderIt() throws Exception {
        var logo = Files.createTempFile("logo", ".png");
        var image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1F5AA6));
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());

        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            launch(browser, "admin-1");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("credential-issuers"),
                    "Nog geen branches."));
            Browsers.assertAccessibleAt360(browser);

            // a wrong address is named at its field
            browser.findElement(By.id("issuer-new-name")).sendKeys("Branchevereniging Groen");
            browser.findElement(By.id("issuer-new-url")).sendKeys("http://branche-groen.example");
            browser.findElement(By.cssSelector("#issuer-add button[type=submit]")).click();
            assertThat(Browsers.assertMarkedAndFocused(browser, "issuer-new-url")).startsWith("Een webadres begint met https://");
            assertThat(browser.findElement(By.id("issuer-new-url")).getDomAttribute("aria-describedby")).contains("issuer-new-url-hint");
            Browsers.assertAccessibleAt360(browser);

            // what was typed stays; the address is corrected
            assertThat(browser.findElement(By.id("issuer-new-name")).getDomProperty("value")).isEqualTo("Branchevereniging Groen");
            var url = browser.findElement(By.id("issuer-new-url"));
            url.clear();
            url.sendKeys("https://www.branche-groen.example");
            browser.findElement(By.cssSelector("#issuer-add button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("credential-issuers"),
                    "De branche is toegevoegd."));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("credential-issuers li.issuer")));
            assertThat(browser.findElement(By.cssSelector("li.issuer h4")).getText()).isEqualTo("Branchevereniging Groen");
            assertThat(browser.findElement(By.cssSelector("li.issuer")).getText()).contains("1 in gebruik, 0 oud");

            // its logo
            var id = browser.findElement(By.cssSelector("li.issuer")).getDomAttribute("data-id");
            browser.findElement(By.id("issuer-" + id + "-logo")).sendKeys(logo.toString());
            browser.findElement(By.id("issuer-" + id + "-logo")).findElement(By.xpath("ancestor::form//button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.issuer img.issuer__logo")));
            assertThat(browser.findElement(By.cssSelector("li.issuer img.issuer__logo")).getDomAttribute("alt"))
                    .isEqualTo("Logo van Branchevereniging Groen");

            // the organisation's logo on its certificates
            browser.findElement(By.id("issuers-org-logo")).sendKeys(logo.toString());
            browser.findElement(By.id("issuers-org-logo")).findElement(By.xpath("ancestor::form//button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("credential-issuers"),
                    "Dit logo staat op jullie certificaten."));

            // a new key
            browser.findElement(By.cssSelector("li.issuer button[type=button]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.issuer"), "1 in gebruik, 1 oud"));
            Browsers.assertAccessibleAt360(browser);

            // the coach issues a branch certificate from the participant's page
            var api = new ToolClient(Deployments.base());
            var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(lms, "coach-1"));
            var participant = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(lms, "learner-1"));
            var courseId = ToolClient.json(api.api("GET", "/api/v1/me", coach, null)).getJsonObject("course").getString("id");
            var participantId = ToolClient.json(api.api("GET", "/api/v1/me", participant, null)).getJsonObject("user")
                    .getString("id");
            var starter = ToolClient.jsonArray(api.api("GET", "/api/v1/routes", coach, null))
                    .getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).findFirst().orElseThrow();
            var given = api.api("POST", "/api/v1/courses/" + courseId + "/participants/" + participantId + "/route", coach,
                    "{\"templateId\":\"" + starter.getString("id") + "\"}");
            assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
            CompletionSteps.completeRoute(api, coach, courseId, participantId); // a certificate needs a passed completion
            launch(browser, "coach-1");
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Deelnemer Een"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("participant-credentials input[value=branch]")))
                    .click();
            assertThat(browser.findElement(By.id("credential-branch")).getText()).contains("Branchevereniging Groen");
            browser.findElement(By.cssSelector("participant-credentials button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-credentials"),
                    "Het certificaat is uitgegeven."));
            Browsers.assertAccessibleAt360(browser);
            var issued = ToolClient.jsonArray(api.api("GET", "/api/v1/courses/" + courseId + "/participants/"
                    + participantId + "/credentials", coach, null)).getValuesAs(jakarta.json.JsonObject.class);
            assertThat(issued).extracting(c -> c.getString("kind")).containsExactly("branch");

            // the admin retires the branch issuer, after a confirmation
            launch(browser, "admin-1");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.issuer button.issuer__retire")));
            assertThat(browser.findElement(By.cssSelector("li.issuer button.issuer__retire")).getText())
                    .isEqualTo("Branchevereniging Groen niet meer gebruiken");
            browser.findElement(By.cssSelector("li.issuer button.issuer__retire")).click();
            var confirmation = wait.until(ExpectedConditions.alertIsPresent());
            assertThat(confirmation.getText()).contains("Branchevereniging Groen", "Uitgegeven certificaten blijven geldig");
            confirmation.accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("credential-issuers"),
                    "De branche wordt niet meer gebruikt."));
            assertThat(browser.findElement(By.cssSelector("ul.issuers--retired")).getText())
                    .isEqualTo("Branchevereniging Groen");
            assertThat(browser.findElements(By.cssSelector("li.issuer button.issuer__retire"))).isEmpty();
            Browsers.assertAccessibleAt360(browser);
            // no longer offered to the coach; the certificate issued under it still verifies
            assertThat(ToolClient.jsonArray(api.api("GET", "/api/v1/credential-issuers", coach, null))).isEmpty();
            var verification = new ToolClient(Deployments.base()).api("GET",
                    issued.getFirst().getJsonObject("links").getString("verify").replace(Deployments.base(), "")
                            + "/verification", null, null);
            assertThat(ToolClient.json(verification).getString("state")).isEqualTo("valid");
        } finally {
            browser.quit();
            Files.deleteIfExists(logo);
        }
    }

    private static void launch(WebDriver browser, String loginHint) {
        var base = Deployments.base();
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + loginHint
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
    }
}
