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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 8 §10 and §11 in headless Chromium, at 360 px and at 1280 px: the plan builder picks the goal's competency
 * and level from the published framework and a task's material from the catalogue (the route editor's picker),
 * records work already done on a past day, "Zet in een plan" from a catalogue item, a refused form marks the field
 * it names (message next to it, in view, focused), and publishing a framework version asks first. axe-core finds
 * no violations in any state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanBuilderBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
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
    void theCoachBuildsAPlanInTheCompetencyLanguage() throws Exception {
        try (var lms = registered()) {
            lms.person("learner-sam", "Sam", "de Vries", TestPlatform.LEARNER);
            new ToolClient(base).launch(lms, "learner-sam");

            var coach = launch(lms, "coach-1");
            waitForText(coach, "main h1", "Mijn deelnemers");
            wait(coach).until(ExpectedConditions.elementToBeClickable(By.linkText("Sam de Vries"))).click();
            waitForText(coach, "main h1", "Plan van Sam de Vries");
            button(coach, "Maak het plan").click();
            wait(coach).until(ExpectedConditions.elementToBeClickable(By.id("goal-new-title")));

            // A goal without a title: the answer's field is marked, its message right under it, the focus on it.
            button(coach, "Doel toevoegen").click();
            wait(coach).until(ExpectedConditions.attributeToBe(By.id("goal-new-title"), "aria-invalid", "true"));
            var error = coach.findElement(By.cssSelector("#goal-new-title + .field__error"));
            assertThat(error.getText()).isNotBlank();
            assertThat(coach.findElement(By.id("goal-new-title")).getAttribute("aria-describedby")).contains(error.getAttribute("id"));
            assertThat(activeId(coach)).isEqualTo("goal-new-title");
            assertThat(coach.findElement(By.cssSelector("main")).getText()).contains("Kijk naar het gemarkeerde veld. Het gaat om: ")
                    .doesNotContain("(title)");
            assertAccessibleBoth(coach);

            // Competency and level come from the published framework.
            var competency = wait(coach).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//select[@id='goal-new-competency']//option[normalize-space()='7. Veilig werken']")));
            assertThat(competency.findElement(By.xpath("..")).getTagName()).isEqualTo("optgroup");
            coach.findElement(By.id("goal-new-title")).sendKeys("Ik werk veilig met de machine");
            new Select(coach.findElement(By.id("goal-new-competency"))).selectByVisibleText("7. Veilig werken");
            // The competency's level texts stand under the level select: A, B and C while no level is chosen ...
            waitForText(coach, "#goal-new-level-texts", "Wat hoort bij elk niveau van ‘Veilig werken’:");
            assertThat(coach.findElement(By.id("goal-new-level-texts")).getText()).contains(
                    "Draagt de beschermingsmiddelen als de begeleider eraan herinnert.",
                    "Houdt looppaden vrij en ruimt het eigen gereedschap zelf op.",
                    "Draagt altijd de juiste beschermingsmiddelen en spreekt een collega aan die dat vergeet.");
            assertAccessibleBoth(coach);
            // ... and only the chosen level's texts once a level is chosen; they describe the select.
            new Select(coach.findElement(By.id("goal-new-level"))).selectByVisibleText("Niveau B");
            waitForText(coach, "#goal-new-level-texts", "Dit hoort bij Niveau B van ‘Veilig werken’:");
            assertThat(coach.findElement(By.id("goal-new-level-texts")).getText())
                    .contains("Draagt elke werkdag zelf de juiste schoenen, handschoenen of bril, met een pictogram als geheugensteun.",
                            "Houdt looppaden vrij en ruimt het eigen gereedschap zelf op.")
                    .doesNotContain("Ruimt na het werk het eigen gereedschap op met hulp van de begeleider.");
            assertThat(coach.findElement(By.id("goal-new-level")).getAttribute("aria-describedby")).contains("goal-new-level-texts");
            assertAccessibleBoth(coach);
            button(coach, "Doel toevoegen").click();
            waitForText(coach, "main .goal", "Ik werk veilig met de machine");
            assertThat(coach.findElement(By.cssSelector("main .goal .goal__meta")).getText()).contains("Veilig werken", "B");
            assertThat(coach.findElements(By.cssSelector("[aria-invalid='true']"))).isEmpty();

            // A task from the catalogue, with the same picker as the route editor.
            openNewTask(coach);
            button(coach, "Kies uit de catalogus").click();
            var search = wait(coach).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("route-item-picker input[type=search]")));
            search.sendKeys("veiligheidsronde");
            button(coach, "Zoek").click();
            waitForText(coach, ".picker-list", "Veiligheidsronde");
            assertAccessibleBoth(coach);
            coach.findElement(By.xpath("//ul[contains(@class,'picker-list')]//button[starts-with(normalize-space(.), 'Kies')]")).click();
            waitForText(coach, ".task-material__chosen", "Veiligheidsronde");
            var taskTitle = coach.findElement(By.cssSelector("details[open] input[name='title']"));
            assertThat(taskTitle.getAttribute("value")).contains("Veiligheidsronde");
            button(coach, "Taak toevoegen").click();
            waitForText(coach, "main .tasks", "Leermiddel: Veiligheidsronde");

            // Work Sam already did, three days ago: recorded as done on that day.
            var threeDaysAgo = LocalDate.now(ZONE).minusDays(3);
            openNewTask(coach);
            var title = wait(coach).until(ExpectedConditions.elementToBeClickable(By.cssSelector("details[open] input[name='title']")));
            title.sendKeys("Zelf de veiligheidsbril opgezet");
            setValue(coach, coach.findElement(By.cssSelector("details[open] input[name='day']")), threeDaysAgo.toString());
            coach.findElement(By.xpath("//details[@open]//label[contains(., 'heeft dit al gedaan')]")).click();
            assertAccessibleBoth(coach);
            button(coach, "Taak toevoegen").click();
            waitForText(coach, "main .tasks", "Zelf de veiligheidsbril opgezet");
            var done = coach.findElement(By.xpath("//div[contains(@class,'task--done')][contains(., 'Zelf de veiligheidsbril opgezet')]"));
            assertThat(done.getText()).contains("Gedaan").contains(String.valueOf(threeDaysAgo.getDayOfMonth()));
            assertThat(coach.findElement(By.cssSelector(".progress-summary")).getText()).contains("Sam deed 1 van de 2 taken.");
            assertAccessibleBoth(coach);
        }
    }

    @Test
    void aCatalogueItemIsPutInAParticipantsPlan() throws Exception {
        try (var lms = registered()) {
            lms.person("learner-noa", "Noa", "Bos", TestPlatform.LEARNER);
            new ToolClient(base).launch(lms, "learner-noa");
            var coach = launch(lms, "coach-1");
            waitForText(coach, "main h1", "Mijn deelnemers");
            wait(coach).until(ExpectedConditions.elementToBeClickable(By.linkText("Noa Bos"))).click();
            button(coach, "Maak het plan").click();
            wait(coach).until(ExpectedConditions.elementToBeClickable(By.id("goal-new-title"))).sendKeys("Ik vraag om hulp");
            button(coach, "Doel toevoegen").click();
            waitForText(coach, "main .goal", "Ik vraag om hulp");

            go(coach, "#/catalogue");
            var q = wait(coach).until(ExpectedConditions.elementToBeClickable(By.id("cat-q")));
            q.sendKeys("veiligheidsronde");
            button(coach, "Zoek").click();
            // the item is in the list before the search and in its answer, which redraws the list: click the one there now
            wait(coach).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                var link = ExpectedConditions.elementToBeClickable(By.partialLinkText("Veiligheidsronde")).apply(d);
                if (link == null) {
                    return false;
                }
                link.click();
                return true;
            });
            waitForText(coach, "main h1", "Veiligheidsronde");
            button(coach, "Zet in een plan").click();
            var person = wait(coach).until(ExpectedConditions.elementToBeClickable(By.id("put-in-plan-person")));
            wait(coach).until(b -> "put-in-plan-person".equals(activeId(b)));
            new Select(person).selectByVisibleText("Noa Bos");
            wait(coach).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//select[@id='put-in-plan-goal']/option[normalize-space()='Ik vraag om hulp']")));
            assertAccessibleBoth(coach);
            button(coach, "Zet het in het plan").click();
            waitForText(coach, "put-in-plan", "In het plan van Noa Bos gezet, bij het doel \"Ik vraag om hulp\".");
            assertAccessibleBoth(coach);

            coach.findElement(By.linkText("Bekijk het plan")).click();
            waitForText(coach, "main .tasks", "Leermiddel: Veiligheidsronde");
        }
    }

    @Test
    void anEmptyFrameworkNameIsMarkedAtItsFieldAndPublishingAsksFirst() throws Exception {
        try (var lms = registered()) {
            var coach = launch(lms, "coach-1");
            waitForText(coach, "main h1", "Mijn deelnemers");
            go(coach, "#/frameworks");
            waitForText(coach, "main", "Nieuw raamwerk");
            coach.manage().window().setSize(new Dimension(360, 740));
            button(coach, "Maak raamwerk").click();
            wait(coach).until(ExpectedConditions.attributeToBe(By.id("fw-new-name"), "aria-invalid", "true"));
            var error = coach.findElement(By.cssSelector("#fw-new-name + .field__error"));
            assertThat(error.getText()).isEqualTo("Vul de naam van het raamwerk in.");
            assertThat(activeId(coach)).isEqualTo("fw-new-name");
            var box = (List<?>) ((JavascriptExecutor) coach).executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];", error);
            assertThat(((Number) box.get(0)).doubleValue()).as("the message is in view").isGreaterThanOrEqualTo(0);
            assertThat(((Number) box.get(1)).doubleValue()).as("the message is in view").isLessThanOrEqualTo(((Number) box.get(2)).doubleValue());
            assertAccessibleBoth(coach);

            coach.findElement(By.id("fw-new-name")).sendKeys("Ons raamwerk");
            button(coach, "Maak raamwerk").click();
            waitForText(coach, "main h1", "Ons raamwerk");
            assertThat(coach.findElements(By.cssSelector(".field__error"))).isEmpty();

            // The draft's own page: "Publiceren" asks first; "Nee, nu niet" leaves it a draft.
            go(coach, coach.getCurrentUrl().replaceAll(".*(#/frameworks/[^/]+)/edit$", "$1"));
            var publish = button(coach, "Publiceren");
            publish.click();
            waitForText(coach, "#fw-publish-confirm", "Wil je deze versie publiceren?");
            assertThat(publish.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(coach.switchTo().activeElement().getText()).isEqualTo("Ja, publiceer");
            assertAccessibleBoth(coach);
            button(coach, "Nee, nu niet").click();
            wait(coach).until(ExpectedConditions.invisibilityOfElementLocated(By.id("fw-publish-confirm")));
            assertThat(coach.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("Concept");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private TestPlatform registered() throws Exception {
        var lms = new TestPlatform();
        var created = new ToolClient(base).admin("POST", "/api/v1/admin/registrations", """
                {"name":"Leerbedrijf","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return lms;
    }

    /** axe-core finds nothing at 360 px and at 1280 px; the window goes back to 360 px. */
    private static void assertAccessibleBoth(WebDriver browser) {
        var size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(360, 800));
        Browsers.assertAccessibleAt360(browser);
        browser.manage().window().setSize(new Dimension(1280, 900));
        Browsers.assertAccessibleAt360(browser); // the same checks, and nothing wider than the window
        browser.manage().window().setSize(size);
    }

    private WebDriver launch(TestPlatform lms, String person) throws Exception {
        var browser = Browsers.chromium();
        browsers.add(browser);
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + ToolClient.enc(person)
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        return browser;
    }

    /** Opens the goal's "Nieuwe taak bij dit doel" (it may still be open from the task before). */
    private static void openNewTask(WebDriver browser) {
        var details = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .goal details.task__more")));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private static void go(WebDriver browser, String hash) {
        ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0];", hash);
    }

    private static void setValue(WebDriver browser, WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static String activeId(WebDriver browser) {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browsers.waitOn(browser);
    }

    private static void waitForText(WebDriver browser, String css, String text) {
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** The one visible button whose text starts with this label. */
    private static WebElement button(WebDriver browser, String label) {
        return wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[starts-with(normalize-space(.), '" + label + "')]")));
    }
}
