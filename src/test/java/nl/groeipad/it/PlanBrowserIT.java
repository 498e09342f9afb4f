package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan from end to end in headless Debian Chromium at 360 px: a coach builds a plan for a participant
 * in the UI (open the participant, create the plan, set a goal, plan a task for today); the participant,
 * launched in a browser of their own, sees the task on "Vandaag" and ticks it off, and writes a note on
 * "Mijn plan"; the coach then sees the tick and the note. axe-core finds no violations in any state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanBrowserIT {

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
    void aCoachBuildsAPlanAndTheParticipantTicksOffTodaysTask() throws Exception {
        try (var lms = new TestPlatform()) {
            var created = new ToolClient(base).admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Leerbedrijf","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            lms.person("learner-fatima", "Fatima", "Bakker", TestPlatform.LEARNER);
            new ToolClient(base).launch(lms, "learner-fatima"); // she opened Groeipad once, so her coach sees her

            // The coach opens Fatima from "Mijn deelnemers" and builds her plan.
            var coach = launch(lms, "coach-1");
            waitForText(coach, "main h1", "Mijn deelnemers");
            var link = wait(coach).until(ExpectedConditions.elementToBeClickable(By.linkText("Fatima Bakker")));
            assertThat(coach.findElement(By.cssSelector("main")).getText()).contains("Geen plan");
            Browsers.assertAccessibleAt360(coach);
            link.click();
            waitForText(coach, "main h1", "Plan van Fatima Bakker");
            Browsers.assertAccessibleAt360(coach);

            button(coach, "Maak het plan").click();
            var goalTitle = wait(coach).until(ExpectedConditions.elementToBeClickable(By.id("goal-new-title")));
            Browsers.assertAccessibleAt360(coach);
            goalTitle.sendKeys("Ik vraag om hulp als ik iets niet weet");
            wait(coach).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//select[@id='goal-new-competency']//option[normalize-space()='7. Veilig werken']")));
            new Select(coach.findElement(By.id("goal-new-competency"))).selectByVisibleText("7. Veilig werken");
            button(coach, "Doel toevoegen").click();
            waitForText(coach, "main h3", "Ik vraag om hulp als ik iets niet weet");
            Browsers.assertAccessibleAt360(coach);

            coach.findElement(By.xpath("//summary[contains(., 'Nieuwe taak bij dit doel')]")).click();
            var taskTitle = wait(coach).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("details[open] input[name='title']")));
            Browsers.assertAccessibleAt360(coach);
            taskTitle.sendKeys("Vraag Ali hoe de weegschaal werkt");
            button(coach, "Taak toevoegen").click();
            waitForText(coach, "main .tasks", "Vraag Ali hoe de weegschaal werkt");
            assertThat(coach.findElement(By.cssSelector("main .tasks")).getText()).contains("Vandaag", "Nog niet gedaan");
            Browsers.assertAccessibleAt360(coach);

            // Fatima, on her phone, sees the task on "Vandaag" and ticks it off.
            var fatima = launch(lms, "learner-fatima");
            waitForText(fatima, "main h1", "Hallo Fatima");
            waitForText(fatima, "today-board", "Vraag Ali hoe de weegschaal werkt");
            assertThat(fatima.findElement(By.cssSelector("today-board")).getText()).contains("Doel: Ik vraag om hulp als ik iets niet weet");
            Browsers.assertAccessibleAt360(fatima);
            var tick = fatima.findElement(By.cssSelector("today-board button.tick"));
            assertThat(tick.getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(tick.getSize().getHeight()).isGreaterThanOrEqualTo(48);
            assertThat(tick.getSize().getWidth()).isGreaterThanOrEqualTo(48);
            tick.click();
            wait(fatima).until(ExpectedConditions.attributeToBe(By.cssSelector("today-board button.tick"), "aria-pressed", "true"));
            waitForText(fatima, "today-board", "Goed gedaan!");
            // "Mijn voortgang" shows steps climbed by observation, never ticked tasks
            waitForText(fatima, "growth-card", "Je begeleider komt kijken");
            assertThat(fatima.findElement(By.cssSelector("growth-card")).getText()).doesNotContain("taken");
            Browsers.assertAccessibleAt360(fatima);

            // On "Mijn plan" she writes how it went.
            fatima.findElement(By.linkText("Mijn plan")).click();
            waitForText(fatima, "main h1", "Mijn plan");
            waitForText(fatima, "main", "Ik vraag om hulp als ik iets niet weet");
            Browsers.assertAccessibleAt360(fatima);
            fatima.findElement(By.xpath("//summary[contains(., 'Schrijf iets erbij')]")).click();
            var note = wait(fatima).until(ExpectedConditions.elementToBeClickable(By.cssSelector("details[open] textarea")));
            note.sendKeys("Ali deed het voor. Nu kan ik het zelf.");
            button(fatima, "Bewaar").click();
            waitForText(fatima, "main", "Jij schreef: Ali deed het voor.");
            Browsers.assertAccessibleAt360(fatima);

            // The coach sees the tick and the note.
            var again = launch(lms, "coach-1");
            waitForText(again, "main", "Fatima Bakker");
            waitForText(again, "main", "Alle taken gedaan");
            again.findElement(By.linkText("Fatima Bakker")).click();
            waitForText(again, "main .tasks", "Gedaan op");
            assertThat(again.findElement(By.cssSelector("main .tasks")).getText()).contains("Notitie: Ali deed het voor.");
            assertThat(again.findElement(By.cssSelector("main")).getText()).contains("Alle taken zijn gedaan. Is het doel gehaald?");
            Browsers.assertAccessibleAt360(again);
            button(again, "Doel gehaald").click();
            button(again, "Ja, doel gehaald").click(); // it asks first (issue 8 §9)
            waitForText(again, "main .goal", "Doel gehaald!");
            Browsers.assertAccessibleAt360(again);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A new browser (no cookies, no storage) launched from the LMS as this person, at 360 px. */
    private WebDriver launch(TestPlatform lms, String person) throws Exception {
        var browser = Browsers.chromium();
        browsers.add(browser);
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + ToolClient.enc(person)
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        return browser;
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
