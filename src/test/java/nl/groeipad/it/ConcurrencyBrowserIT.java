package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two coaches edit one goal at the same time, each in a browser of their own (headless Chromium, 360 px): the
 * first saves; the second, who opened the goal before that, saves too and is told "Iemand anders heeft dit net
 * veranderd" — and the form now shows the first coach's goal, so nothing is silently lost. Saving again then
 * works. axe-core finds no violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyBrowserIT {

    private static final String STALE = "Iemand anders heeft dit net veranderd. Je ziet nu de nieuwste versie.";

    private final String base = Deployments.base();
    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theSecondCoachToSaveAGoalSeesTheFirstCoachsChangeInsteadOfOverwritingIt() throws Exception {
        var tool = new ToolClient(base);
        try (var lms = TestPlatform.registeredAt(tool, "Leerbedrijf Twee Begeleiders")) {
            lms.person("learner-sanne", "Sanne", "de Vries", TestPlatform.LEARNER);
            lms.person("coach-2", "Coach", "Twee", TestPlatform.INSTRUCTOR);
            var sanne = tool.freshBrowser().launch(lms, "learner-sanne");
            var coachToken = ToolClient.sessionToken(tool.freshBrowser().launch(lms, "coach-1"));
            var me = ToolClient.json(tool.api("GET", "/api/v1/me", coachToken, null));
            var sanneId = ToolClient.json(tool.api("GET", "/api/v1/me", ToolClient.sessionToken(sanne), null))
                    .getJsonObject("user").getString("id");
            var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            var plan = tool.api("POST", "/api/v1/courses/" + me.getJsonObject("course").getString("id") + "/participants/"
                    + sanneId + "/plan", coachToken, """
                    {"goals":[{"title":"Op tijd beginnen","dueOn":"%s"}]}""".formatted(today.plusWeeks(4)));
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);

            // Both coaches open Sanne's plan and start changing the goal.
            var first = openPlan(lms, "coach-1");
            var second = openPlan(lms, "coach-2");
            button(first, "Wijzig doel").click();
            button(second, "Wijzig doel").click();
            var firstTitle = titleField(first);
            var secondTitle = titleField(second);

            // The first coach saves.
            firstTitle.clear();
            firstTitle.sendKeys("Elke dag om acht uur beginnen");
            button(first, "Bewaar het doel").click();
            waitForText(first, "main h3", "Elke dag om acht uur beginnen");

            // The second coach, who saw the goal before that change, saves too: refused, and shown the newest goal.
            secondTitle.clear();
            secondTitle.sendKeys("Op tijd beginnen en afmelden");
            button(second, "Bewaar het doel").click();
            waitForText(second, "participant-plan section.goal .feedback", STALE); // feedback next to the goal that changed (issue 8 §8)
            wait(second).until(d -> titleField(d).getAttribute("value").equals("Elke dag om acht uur beginnen"));
            Browsers.assertAccessibleAt360(second);
            var stored = ToolClient.json(tool.api("GET", "/api/v1/plans/" + ToolClient.json(plan).getString("id"), coachToken, null));
            assertThat(stored.getJsonArray("goals").getJsonObject(0).getString("title")).isEqualTo("Elke dag om acht uur beginnen");

            // Now on the newest version, the second coach's change goes through.
            var title = titleField(second);
            title.clear();
            title.sendKeys("Elke dag om acht uur beginnen en afmelden");
            button(second, "Bewaar het doel").click();
            waitForText(second, "main h3", "Elke dag om acht uur beginnen en afmelden");
            waitForText(second, "participant-plan section.goal .feedback", "Opgeslagen.");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A coach launched in a browser of their own at 360 px, on Sanne's plan. */
    private WebDriver openPlan(TestPlatform lms, String person) throws Exception {
        var browser = Browsers.chromium();
        browsers.add(browser);
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + ToolClient.enc(person)
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
        waitForText(browser, "main h1", "Mijn deelnemers");
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.linkText("Sanne de Vries"))).click();
        waitForText(browser, "main h1", "Plan van Sanne de Vries");
        waitForText(browser, "main h3", "Op tijd beginnen");
        return browser;
    }

    private static WebElement titleField(WebDriver browser) {
        return wait(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("section.goal input[name='title']")));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browsers.waitOn(browser);
    }

    private static void waitForText(WebDriver browser, String css, String text) {
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** The one button whose visible text starts with this label. */
    private static WebElement button(WebDriver browser, String label) {
        return wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[starts-with(normalize-space(.), '" + label + "')]")));
    }
}
