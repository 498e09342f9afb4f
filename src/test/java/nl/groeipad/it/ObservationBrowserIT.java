package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Workplace observation in real headless Chromium at 360 px: the coach goes from the participant's page to the
 * observations, records a practical exam passed elsewhere (its date first left out: the server's refusal marks the
 * date field, with the focus), starts an observation (competency, level, two work situations, the guide confirmed), scores every behaviour
 * with one tap in the first situation and again in the second, concludes (early, so with a reason — left out
 * first, the refusal marks the reason field — the guide confirmed again) and sees the level reached; the participant sees it under "Mijn groei". axe-core finds no
 * violations on any of these screens, and nothing scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationBrowserIT {

    private static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    private static TestPlatform lms;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeAll
    static void registerPlatform() throws Exception {
        lms = new TestPlatform();
        var created = new ToolClient(Deployments.base()).admin("POST", "/api/v1/admin/registrations", """
                {"name":"Leerwerkbedrijf Observatie","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
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
    void aCoachObservesInTwoSituationsAndConcludes_theParticipantSeesTheLevel() throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            launch(browser, "learner-1"); // takes part in the course
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));

            launch(browser, "coach-1");
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Deelnemer Een"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Deelnemer Een"));
            click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Observatie op de werkplek"))));

            // start: competency, level, two situations, the guide read and confirmed
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Observaties van Deelnemer Een"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Halo-effect"));
            var competency = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("input[name=competency][value='" + ADVIES + "']")));
            Browsers.assertAccessibleAt360(browser);

            // a result from elsewhere: a practical exam; without its date the server refuses it, and the date
            // field is marked, with the focus and the server's words next to it
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("offline-kind"))).selectByValue("practical-exam");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("offline-competency"))).selectByValue(ADVIES);
            click(browser, button(browser, "Bewaar het resultaat"));
            assertThat(Browsers.assertMarkedAndFocused(browser, "offline-date")).isEqualTo("Kies de datum waarop het gehaald is.");
            assertThat(browser.findElement(By.cssSelector("form .message--error")).getText())
                    .isEqualTo("Kijk naar het gemarkeerde veld. Het gaat om: Datum.");
            Browsers.assertAccessibleAt360(browser);
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                    browser.findElement(By.id("offline-date")), java.time.LocalDate.now().minusDays(2).toString());
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("offline-competency"))).selectByValue(ADVIES);
            click(browser, button(browser, "Bewaar het resultaat"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Het resultaat is bewaard."));
            assertThat(browser.findElement(By.id("offline-date")).getDomAttribute("aria-invalid")).isEqualTo("false");
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Praktijkexamen: ");

            click(browser, competency);
            browser.findElement(By.id("obs-situation-0")).sendKeys("inpakken lijn 2");
            browser.findElement(By.id("obs-situation-1")).sendKeys("magazijn");
            click(browser, browser.findElement(By.cssSelector("input[name=guideConfirmed]")));
            click(browser, button(browser, "Begin de observatie"));

            // observe: one tap per behaviour, in the first situation, then in the second
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Niveau A"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".score-buttons")));
            var behaviours = browser.findElements(By.cssSelector(".indicator")).size();
            assertThat(behaviours).isEqualTo(2);
            for (var button : browser.findElements(By.cssSelector(".score-button"))) {
                assertThat(button.getRect().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
            }
            Browsers.assertAccessibleAt360(browser);
            scoreEveryBehaviour(browser, behaviours, "4");
            click(browser, browser.findElement(By.xpath("//label[contains(@class,'choice')][normalize-space(.)='magazijn']/input")));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".score-button[aria-pressed=true]"), 0));
            scoreEveryBehaviour(browser, behaviours, "4");
            Browsers.assertAccessibleAt360(browser);

            // conclude: early in the period, so with a reason; the signals are shown
            assertThat(browser.findElement(By.cssSelector(".observation-check")).getText()).contains("observatieperiode");
            assertThat(browser.findElements(By.cssSelector(".signals li[data-signal=early]"))).hasSize(1);
            // without the reason the server refuses it: the reason is marked, focused and in view, its words next to it
            browser.findElement(By.id("conclude-good")).sendKeys("Je vraagt op tijd om hulp.");
            click(browser, browser.findElement(By.cssSelector(".observation-check input[name=guideConfirmed]")));
            click(browser, button(browser, "Rond de observatie af"));
            assertThat(Browsers.assertMarkedAndFocused(browser, "conclude-reason")).startsWith("Schrijf waarom je nu al afrondt.");
            assertThat(browser.findElement(By.id("conclude-reason")).getDomAttribute("aria-describedby"))
                    .contains("conclude-reason-hint");
            assertThat(browser.findElement(By.cssSelector("observe-page .live .message--error")).getText())
                    .isEqualTo("Kijk naar het gemarkeerde veld. Het gaat om: Waarom rond je nu al af?");
            Browsers.assertAccessibleAt360(browser);
            browser.findElement(By.id("conclude-reason")).sendKeys("De stage stopt eerder.");
            click(browser, button(browser, "Rond de observatie af"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Afgerond op"));
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Te vroeg afgerond", "Gehaald");
            Browsers.assertAccessibleAt360(browser);

            // the participant's growth
            launch(browser, "learner-1");
            click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Mijn groei"))));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Je hebt niveau A gehaald!"));
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Je vraagt op tijd om hulp.", "Praktijkexamen", "(telt mee)");
            Browsers.assertAccessibleAt360(browser);
        } finally {
            browser.quit();
        }
    }

    /** Taps the score on every behaviour and waits until each shows as chosen. */
    private static void scoreEveryBehaviour(WebDriver browser, int behaviours, String score) {
        var wait = Browsers.waitOn(browser);
        for (int i = 0; i < behaviours; i++) {
            var path = "(//li[contains(@class,'indicator')])[" + (i + 1) + "]//button[.//span[@class='score-button__number'][normalize-space(.)='"
                    + score + "']]";
            click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.xpath(path))));
            wait.until(ExpectedConditions.attributeToBe(By.xpath(path), "aria-pressed", "true"));
        }
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void launch(WebDriver browser, String loginHint) {
        var base = Deployments.base();
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + loginHint
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
    }

    private static WebElement button(WebDriver browser, String text) {
        return Browsers.waitOn(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//main//button[normalize-space(.)='" + text + "']")));
    }
}
