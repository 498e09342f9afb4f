package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.DriverManager;
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
 * Progress and interim evaluations (issue 9 §3) in real headless Chromium at 360 px: with a rhythm agreed and an
 * evaluation due, the participant's home shows the card, the participant answers the three questions with
 * pictograms and sends them; the coach sees the growth chart with its table (text alternative) and the levels,
 * reads the answers and writes feedback. axe-core finds no violations on any of these screens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationBrowserIT {

    private static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    private static TestPlatform lms;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeAll
    static void registerPlatform() throws Exception {
        lms = TestPlatform.registeredAt(new ToolClient(Deployments.base()), "Leerwerkbedrijf Tussenevaluatie");
    }

    @AfterAll
    static void stopPlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    @Test
    void theParticipantReflectsAndTheCoachSeesTheChartAndGivesFeedback() throws Exception {
        var client = new ToolClient(Deployments.base());
        var coach = ToolClient.sessionToken(client.freshBrowser().launch(lms, "coach-1"));
        var learner = ToolClient.sessionToken(client.freshBrowser().launch(lms, "learner-1"));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", learner, null));
        var userId = me.getJsonObject("user").getString("id");
        var courseId = me.getJsonObject("course").getString("id");
        var participant = "/api/v1/courses/" + courseId + "/participants/" + userId;

        // a rhythm of two weeks, agreed two weeks ago: one is due today
        assertThat(client.api("PUT", participant + "/evaluations/schedule", coach, "{\"everyWeeks\":2}").statusCode()).isEqualTo(200);
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
             var sql = db.prepareStatement("UPDATE evaluation_schedule SET starts_on = DATE_SUB(starts_on, INTERVAL 14 DAY) "
                     + "WHERE participant_id = ?")) {
            sql.setString(1, userId);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
        // an observation with scores in two situations, for the coach's chart
        var published = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach, null)).getValuesAs(JsonObject.class)
                .stream().filter(f -> f.containsKey("published") && !f.isNull("published")).findFirst().orElseThrow()
                .getJsonObject("published");
        var started = client.api("POST", participant + "/observations", coach, """
                {"frameworkVersionId":"%s","competencyKeys":["%s"],"level":"A","situations":["magazijn","kantine"],
                 "guideConfirmed":true}""".formatted(published.getString("id"), ADVIES));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var observation = ToolClient.json(started);
        var indicators = observation.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators");
        for (var situation : observation.getJsonArray("situations").getValuesAs(JsonObject.class)) {
            for (var indicator : indicators.getValuesAs(JsonObject.class)) {
                var score = client.api("POST", participant + "/observations/" + observation.getString("id") + "/scores", coach,
                        "{\"indicatorId\":\"%s\",\"situationId\":\"%s\",\"score\":4}".formatted(indicator.getString("id"),
                                situation.getString("id")));
                assertThat(score.statusCode()).as(score.body()).isEqualTo(201);
            }
        }

        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            // the participant: the card on the home, then the three questions
            launch(browser, "learner-1");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("evaluation-card .evaluation-card")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("growth-card"), "Je begeleider komt kijken"));
            assertThat(browser.findElement(By.cssSelector("growth-card")).getText()).doesNotContain("Goed bezig").doesNotContain("taken");
            Browsers.assertAccessibleAt360(browser);
            click(browser, browser.findElement(By.cssSelector("evaluation-card a.button")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Tussenevaluatie"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("my-evaluation form.evaluation-form")));
            assertThat(browser.findElements(By.cssSelector("my-evaluation read-aloud-button"))).hasSize(3);
            Browsers.assertAccessibleAt360(browser);
            click(browser, button(browser, "Klaar, stuur naar mijn begeleider"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("my-evaluation"), "Kies bij elke vraag een antwoord."));
            for (var answer : new String[] {"work:good", "learning:sometimes", "help:not-yet"}) {
                var parts = answer.split(":");
                click(browser, browser.findElement(By.cssSelector(
                        "button[data-question='" + parts[0] + "'][data-answer='" + parts[1] + "']")));
            }
            browser.findElement(By.id("evaluation-note")).sendKeys("Ik vind het inpakken leuk.");
            click(browser, button(browser, "Klaar, stuur naar mijn begeleider"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("my-evaluation"), "Dank je!"));
            Browsers.assertAccessibleAt360(browser);

            // the coach: the chart with its table, then the answers and the feedback
            launch(browser, "coach-1");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0]", "#/observations/" + userId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("participant-growth .growth-chart canvas")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("participant-growth .growth-chart__table"), "4"));
            assertThat(browser.findElement(By.cssSelector("participant-growth .growth-chart__table")).getText())
                    .contains("(nog bezig)");
            wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "const c = document.querySelector('participant-growth canvas'); return !!c && c.width > 0 && c.height > 0"
                            + " && c.getBoundingClientRect().right <= window.innerWidth"
                            + " && document.documentElement.scrollWidth <= window.innerWidth + 1;"));
            Browsers.assertAccessibleAt360(browser);
            click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Tussenevaluaties"))));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("coach-evaluations"), "Ik vind het inpakken leuk."));
            assertThat(browser.findElement(By.cssSelector("coach-evaluations")).getText()).contains("Nog niet");
            browser.findElement(By.id("fb-new-good")).sendKeys("Je werkt netjes.");
            browser.findElement(By.id("fb-new-learn")).sendKeys("Hulp vragen als het druk is.");
            click(browser, button(browser, "Bewaar reactie"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("coach-evaluations"), "Je reactie is bewaard."));
            assertThat(browser.findElement(By.cssSelector("coach-evaluations")).getText()).contains("Je werkt netjes.");
            Browsers.assertAccessibleAt360(browser);
        } finally {
            browser.quit();
        }
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
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
