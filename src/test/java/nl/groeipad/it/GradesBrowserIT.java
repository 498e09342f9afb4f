package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.groeipad.it.TestPlatformServices.Fault;
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
 * "Mijn deelnemers" with the LMS, in headless Chromium at 360 px: the coach updates the list from Moodle and sees a
 * participant who never launched ("Nog niet gestart"); sends a participant's plan progress to Moodle while Moodle
 * is failing, sees that it did not get there, tries again and sees "Cijfer staat in Moodle". axe-core finds no
 * violations in any state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradesBrowserIT {

    private final String base = Deployments.base();
    private final ToolClient client = new ToolClient(base);
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
    void theCoachSeesTheWholeCourseAndWhetherGradesAreInMoodle() throws Exception {
        try (var lms = GradesIT.register(client, "Leerbedrijf Cijfers In Beeld")) {
            lms.person("learner-fatima", "Fatima", "Bakker", TestPlatform.LEARNER);
            var fatima = ToolClient.sessionToken(client.freshBrowser().launch(lms, "learner-fatima"));
            var fatimaId = ToolClient.json(client.api("GET", "/api/v1/me", fatima, null)).getJsonObject("user").getString("id");
            lms.services().member("learner-fatima", "Fatima", "Bakker", "Learner", "Active");
            lms.services().member("nrps-sanne", "Sanne", "de Vries", "Learner", "Active");
            var coachToken = ToolClient.sessionToken(client.freshBrowser().launch(lms, "coach-1"));
            var courseId = ToolClient.json(client.api("GET", "/api/v1/me", coachToken, null)).getJsonObject("course").getString("id");
            var plan = client.api("POST", "/api/v1/courses/" + courseId + "/participants/" + fatimaId + "/plan", coachToken, """
                    {"goals":[{"title":"Op tijd beginnen","dueOn":"%s","tasks":[{"title":"Wekker zetten","day":"%s"}]}]}"""
                    .formatted(LocalDate.now().plusWeeks(3), LocalDate.now()));
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);

            var coach = launch(lms, "coach-1");
            waitForText(coach, "main h1", "Mijn deelnemers");
            waitForText(coach, "main", "Fatima Bakker");
            button(coach, "Lijst uit Moodle bijwerken").click();
            waitForText(coach, "main", "De lijst is bijgewerkt.");
            waitForText(coach, "main .people", "Sanne de Vries");
            assertThat(coach.findElement(By.cssSelector("main")).getText()).contains("Nog niet gestart", "Deelnemerslijst uit Moodle bijgewerkt");
            Browsers.assertAccessibleAt360(coach);

            lms.services().fail(Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(503),
                    Fault.status(503));
            button(coach, "Voortgang naar Moodle sturen").click();
            waitForText(coach, "main", "De voortgang gaat naar Moodle.");
            waitForText(coach, "main .people", "Cijfer staat nog niet in Moodle");
            Browsers.assertAccessibleAt360(coach);

            button(coach, "Opnieuw proberen").click();
            waitForText(coach, "main .people", "Cijfer staat in Moodle");
            assertThat(coach.findElement(By.cssSelector("main .people")).getText()).contains("Groeipad: plan van aanpak: 0 van 1");
            Browsers.assertAccessibleAt360(coach);
        }
    }

    /** A new browser launched from the LMS as this person, at 360 px. */
    private WebDriver launch(TestPlatform lms, String person) throws Exception {
        var browser = Browsers.chromium();
        browsers.add(browser);
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + ToolClient.enc(person)
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
        Browsers.waitOn(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        return browser;
    }

    private static void waitForText(WebDriver browser, String css, String text) {
        Browsers.waitOn(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private static WebElement button(WebDriver browser, String label) {
        WebDriverWait wait = Browsers.waitOn(browser);
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[starts-with(normalize-space(.), '" + label + "')]")));
    }
}
