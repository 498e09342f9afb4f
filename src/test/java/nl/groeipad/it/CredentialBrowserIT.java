package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Certificates in real headless Chromium at 360 px: the coach issues one from the participant's page with a
 * personal message; the participant's home celebrates it (message, PDF, share, backpack) until closed, "Mijn
 * diploma's en bewijzen" lists it, and the participant registers a praktijkverklaring from school with its PDF (a
 * wrong crebo is named at its field); the public verification page shows it valid; the coach revokes it with a reason
 * and the participant's list and the page say so. axe-core finds no violations on any of these screens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialBrowserIT {

    private static TestPlatform lms;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeAll
    static void registerPlatform() throws Exception {
        lms = new TestPlatform();
        var created = new ToolClient(Deployments.base()).admin("POST", "/api/v1/admin/registrations", """
                {"name":"Certificaten Browser","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
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
    void theCoachIssuesTheParticipantCelebratesAndAVerifierSeesTheRevocation() throws Exception {
        // the participant has the starter route (given through the API, as the route's own tests do in the browser)
        var api = new ToolClient(Deployments.base());
        var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(lms, "coach-1"));
        var participant = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(lms, "learner-1"));
        var courseId = ToolClient.json(api.api("GET", "/api/v1/me", coach, null)).getJsonObject("course").getString("id");
        var participantId = ToolClient.json(api.api("GET", "/api/v1/me", participant, null)).getJsonObject("user").getString("id");
        var starter = ToolClient.jsonArray(api.api("GET", "/api/v1/routes", coach, null)).getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).findFirst().orElseThrow();
        var given = api.api("POST", "/api/v1/courses/" + courseId + "/participants/" + participantId + "/route", coach,
                "{\"templateId\":\"" + starter.getString("id") + "\"}");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            // the participant's home: "Waar sta je?" — nothing reached yet, what is missing in plain words, read aloud
            launch(browser, "learner-1");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("completion-card"), "Waar sta je?"));
            var notYet = browser.findElement(By.cssSelector("completion-card")).getText();
            assertThat(notYet).contains("De route \"Starten in de groenvoorziening\"", "Oefen nog even door",
                    "Je begeleider heeft nog niet gezien dat je");
            assertThat(browser.findElements(By.cssSelector("completion-card read-aloud-button"))).hasSize(1);
            Browsers.assertAccessibleAt360(browser);

            // every target of the route observed and reached (the observation's own browser tests score in the browser)
            CompletionSteps.observeRouteTargets(api, coach, CompletionSteps.participantPath(courseId, participantId));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("completion-card"),
                    "Alles gehaald! Je begeleider plant de afronding met je."));
            assertThat(browser.findElement(By.cssSelector("completion-card")).getText()).contains("Gehaald: je hebt niveau")
                    .doesNotContain("Oefen nog even door");
            Browsers.assertAccessibleAt360(browser);

            // the coach issues it from the participant's page
            launch(browser, "coach-1");
            // the course page says who is ready for completion
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("course-completions"),
                    "Klaar voor afronding"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("course-completions li[data-participant]")));
            assertThat(browser.findElement(By.cssSelector("course-completions")).getText())
                    .contains("Deelnemer Een", "De route \"Starten in de groenvoorziening\"");
            Browsers.assertAccessibleAt360(browser);
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Deelnemer Een"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-credentials"),
                    "Nog geen certificaten."));
            // the completion: the check passed, no certificate form yet; plan it, record the outcome
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-completion .completion__state"),
                    "Klaar voor afronding"));
            assertThat(browser.findElements(By.id("credential-message"))).as("no certificate before the outcome").isEmpty();
            Browsers.assertAccessibleAt360(browser);
            browser.findElement(By.xpath("//participant-completion//button[normalize-space()='Plan afronding']")).click();
            // a moment two years ahead: the server refuses the date, which is marked, with the focus on it
            var date = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("participant-completion input[name=date]")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", date,
                    java.time.LocalDate.now().plusYears(2).toString());
            browser.findElement(By.cssSelector("participant-completion form button[type=submit]")).click();
            assertThat(Browsers.assertMarkedAndFocused(browser, date.getDomAttribute("id"))).contains("binnen een jaar");
            assertThat(browser.findElement(By.cssSelector("participant-completion .message--error")).getText())
                    .isEqualTo("Kijk naar het gemarkeerde veld. Het gaat om: Datum.");
            Browsers.assertAccessibleAt360(browser);
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", date,
                    java.time.LocalDate.now().toString());
            browser.findElement(By.cssSelector("participant-completion form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-completion .completion__state"),
                    "Afronding gepland"));
            Browsers.assertAccessibleAt360(browser);
            browser.findElement(By.xpath("//participant-completion//button[normalize-space()='Leg uitslag vast']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-completion .completion__state"),
                    "Gehaald"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("credential-message")));
            Browsers.assertAccessibleAt360(browser);
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            Browsers.assertAccessibleAt360(browser); // axe at desktop width too (no sideways scrolling either)
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            var personal = browser.findElement(By.id("credential-message"));
            personal.sendKeys("Wat ben jij gegroeid. Super gedaan!");
            assertThat(personal.getDomProperty("value")).as("the coach's message as typed").isEqualTo("Wat ben jij gegroeid. Super gedaan!");
            browser.findElement(By.cssSelector("participant-credentials button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-credentials"),
                    "Het certificaat is uitgegeven."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-credentials .credential"),
                    "Geldig"));
            assertThat(browser.findElement(By.cssSelector("participant-credentials .credential")).getText())
                    .contains("Starten in de groenvoorziening", "Geldig");
            Browsers.assertAccessibleAt360(browser);

            // the participant's home celebrates it
            launch(browser, "learner-1");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".celebration"), "Gefeliciteerd!"));
            var celebration = browser.findElement(By.cssSelector(".celebration")).getText();
            assertThat(celebration).contains("Starten in de groenvoorziening", "Wat ben jij gegroeid. Super gedaan!",
                    "Download als PDF", "Deel de link", "Zet in je backpack");
            browser.findElement(By.xpath("//button[normalize-space()='Zet in je backpack']")).click();
            var assertionUrl = browser.findElement(By.cssSelector(".credential__backpack input")).getAttribute("value");
            assertThat(assertionUrl).contains("/credentials/").endsWith("/assertion");
            Browsers.assertAccessibleAt360(browser);
            // with reduced motion the confetti does not move
            var animation = (String) ((JavascriptExecutor) browser).executeScript(
                    "return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduced' : "
                            + "getComputedStyle(document.querySelector('.celebration__confetti span')).animationName;");
            assertThat(animation).isIn("reduced", "celebration-fall");
            browser.findElement(By.xpath("//button[normalize-space()='Mooi, verder']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".celebration")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("completion-card"),
                    "Je hebt je certificaat."));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Hallo"));
            assertThat(browser.findElements(By.cssSelector(".celebration"))).isEmpty();

            // "Mijn diploma's en bewijzen"
            browser.get(Deployments.base() + "/app/#/credentials");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("my-credentials"),
                    "Starten in de groenvoorziening"));
            assertThat(browser.findElement(By.cssSelector("my-credentials")).getText()).contains("Geldig", "Download als PDF");
            Browsers.assertAccessibleAt360(browser);

            // the participant registers a praktijkverklaring from school, with its scan as PDF
            var scan = java.nio.file.Files.createTempFile("praktijkverklaring", ".pdf");
            java.nio.file.Files.writeString(scan, "%PDF-1.4\n%%EOF\n");
            browser.findElement(By.xpath("//button[normalize-space()='Voeg een diploma of bewijs toe']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proof-institution"))).sendKeys("Da Vinci College");
            browser.findElement(By.id("proof-qualification")).sendKeys("Medewerker groenvoorziening");
            browser.findElement(By.id("proof-crebo")).sendKeys("123");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('proof-obtainedOn').value = '2026-06-01';");
            browser.findElement(By.id("proof-document")).sendKeys(scan.toAbsolutePath().toString());
            browser.findElement(By.cssSelector(".register-proof button[type=submit]")).click();
            // the server refuses a crebo of 3 digits: that field is marked, with the focus and the server's words
            assertThat(Browsers.assertMarkedAndFocused(browser, "proof-crebo")).isEqualTo("Een crebonummer heeft 5 cijfers.");
            assertThat(browser.findElement(By.cssSelector("register-proof .message--error")).getText())
                    .isEqualTo("Kijk naar het gemarkeerde veld. Het gaat om: Crebonummer (5 cijfers, mag leeg blijven).");
            Browsers.assertAccessibleAt360(browser);
            browser.findElement(By.id("proof-crebo")).clear();
            browser.findElement(By.id("proof-crebo")).sendKeys("25460");
            browser.findElement(By.cssSelector(".register-proof button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("my-credentials"),
                    "Het bewijs staat erbij."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".credential--registered"),
                    "Bekijk het bestand"));
            var registered = browser.findElement(By.cssSelector(".credential--registered")).getText();
            assertThat(registered).contains("Medewerker groenvoorziening", "Geregistreerd, niet door ons uitgegeven",
                    "Da Vinci College", "Crebo 25460", "Bekijk het bestand");
            Browsers.assertAccessibleAt360(browser);

            // a verifier opens the public page
            var verify = assertionUrl.substring(0, assertionUrl.length() - "/assertion".length());
            browser.get(verify);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state=valid]")));
            Browsers.assertAccessibleAt360(browser);

            // the coach revokes it with a reason
            launch(browser, "coach-1");
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Deelnemer Een"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//participant-credentials//button[normalize-space()='Trek in']"))).click();
            browser.findElement(By.cssSelector("participant-credentials input[name=reason]")).sendKeys("Per vergissing uitgegeven");
            Browsers.assertAccessibleAt360(browser);
            browser.findElement(By.xpath("//participant-credentials//button[normalize-space()='Intrekken']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-credentials"),
                    "Het certificaat is ingetrokken."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-credentials .credential--own"),
                    "Ingetrokken op"));
            assertThat(browser.findElement(By.cssSelector("participant-credentials .credential--own")).getText())
                    .contains("Ingetrokken op", "Per vergissing uitgegeven");

            browser.get(verify);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state=revoked]")));
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Per vergissing uitgegeven");
            Browsers.assertAccessibleAt360(browser);
        } finally {
            browser.quit();
        }
    }

    private static void launch(WebDriver browser, String loginHint) {
        var base = Deployments.base();
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + loginHint
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
    }
}
