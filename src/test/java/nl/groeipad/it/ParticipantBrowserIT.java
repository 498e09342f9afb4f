package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant's everyday screens in headless Chromium on a 360 × 740 phone (issue 8, participant items): today's
 * first task is in view without scrolling; "Begin" opens a lesson's steps with read-aloud and "Klaar" ticks the task;
 * online material opens in a new tab; the note editor closes after saving and shows the note; the photo control is a
 * labelled camera button. The plans are made over the API (the coach's screens are tested elsewhere). axe-core finds
 * no violations in any state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static TestPlatform lms;
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

    @AfterAll
    static void stopPlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    @Test
    void beginOpensTheLessonStepsAndKlaarTicksTheTask() throws Exception {
        var participant = newParticipant("Sam");
        var coach = coachToken();
        var steps = starterItem(coach, "Werk stap voor stap volgens de werkinstructie");
        var online = starterItem(coach, "Oefenen met lezen op het werk");
        createPlan(coach, participant, """
                {"title":"Volg de werkinstructie","day":"%s","catalogueItemId":"%s","itemTitle":"%s"},
                {"title":"Oefen met lezen","day":"%s","catalogueItemId":"%s","itemTitle":"%s","itemUrl":"%s"}"""
                .formatted(today(), steps.getString("id"), steps.getString("title"),
                        today(), online.getString("id"), online.getString("title"), online.getString("url")));

        var sam = launch(participant);
        waitForText(sam, "today-board", "Volg de werkinstructie");
        Browsers.assertAccessibleAt360(sam);
        var links = sam.findElements(By.cssSelector("today-board a.task__begin"));
        assertThat(links).hasSize(2);
        assertThat(links.get(0).getText()).startsWith("Begin");
        assertThat(links.get(0).getSize().getHeight()).isGreaterThanOrEqualTo(48);
        // Online material opens in a new tab at its public address; its steps are one tap away.
        assertThat(links.get(1).getAttribute("href")).isEqualTo("https://www.oefenen.nl/");
        assertThat(links.get(1).getAttribute("target")).isEqualTo("_blank");
        assertThat(links.get(1).getAttribute("rel")).contains("noopener");

        links.get(0).click();
        waitForText(sam, "main h1", "Volg de werkinstructie");
        var stepItems = sam.findElements(By.cssSelector("main .lesson__step"));
        assertThat(stepItems).hasSizeGreaterThanOrEqualTo(4);
        assertThat(stepItems.getFirst().getText()).contains("Pak de werkinstructie van je taak.");
        assertThat(sam.findElements(By.cssSelector("main .lesson__step svg"))).hasSizeGreaterThanOrEqualTo(4);
        var readAloud = sam.findElement(By.cssSelector("main read-aloud-button button"));
        assertThat(readAloud.getText()).contains("Lees voor");
        Browsers.assertAccessibleAt360(sam);

        button(sam, "Klaar").click();
        waitForText(sam, "main .lesson__end", "Goed gedaan!");
        Browsers.assertAccessibleAt360(sam);
        sam.findElement(By.linkText("Terug naar Vandaag")).click();
        waitForText(sam, "today-board", "Volg de werkinstructie");
        wait(sam).until(ExpectedConditions.attributeToBe(By.cssSelector("today-board button.tick"), "aria-pressed", "true"));
    }

    @Test
    void theNoteEditorClosesAfterSavingAndThePhotoIsABigLabelledCameraButton() throws Exception {
        var participant = newParticipant("Noa");
        createPlan(coachToken(), participant, """
                {"title":"Zet de stoelen klaar","day":"%s"}""".formatted(today()));

        var noa = launch(participant);
        waitForText(noa, "today-board", "Zet de stoelen klaar");
        noa.findElement(By.xpath("//summary[contains(., 'Schrijf iets erbij')]")).click();
        var photo = wait(noa).until(ExpectedConditions.elementToBeClickable(By.cssSelector("details[open] .task__photo-button")));
        assertThat(photo.getText()).contains("Maak een foto");
        assertThat(photo.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        var input = noa.findElement(By.cssSelector("details[open] input[type=file]"));
        assertThat(input.getAttribute("capture")).isEqualTo("environment");
        assertThat(input.getAttribute("accept")).isEqualTo("image/*");
        assertThat(input.isDisplayed()).as("no bare file input").isFalse();
        Browsers.assertAccessibleAt360(noa);

        noa.findElement(By.cssSelector("details[open] textarea")).sendKeys("Twaalf stoelen in een kring.");
        button(noa, "Bewaar").click();
        waitForText(noa, "today-board", "Jij schreef: Twaalf stoelen in een kring.");
        wait(noa).until(d -> d.findElements(By.cssSelector("today-board details[open]")).isEmpty());
        Browsers.assertAccessibleAt360(noa);
    }

    @Test
    void todaysFirstTaskIsInViewWithoutScrollingOnA360x740Phone() throws Exception {
        var participant = newParticipant("Sam");
        completeIntake(participant);
        var coach = coachToken();
        var steps = starterItem(coach, "Vraag een collega om uitleg");
        createPlan(coach, participant, "Ik werk aan: Advies vragen en anderen erbij betrekken (niveau A)", """
                {"title":"Vraag Ali hoe de weegschaal werkt","day":"%s","catalogueItemId":"%s","itemTitle":"%s"},
                {"title":"Vertel je begeleider wat je leerde","day":"%s"},
                {"title":"Morgen verder","day":"%s"}""".formatted(today(), steps.getString("id"), steps.getString("title"),
                today(), today().plusDays(1)));

        var sam = launch(participant);
        waitForText(sam, "today-board", "Vraag Ali hoe de weegschaal werkt");
        wait(sam).until(d -> !d.findElements(By.cssSelector("participant-home > intake-card .intake-card")).isEmpty());
        var task = box(sam, "today-board .task");
        assertThat(number(task, "viewport")).as("the phone's viewport").isBetween(700.0, 740.0);
        assertThat(number(task, "top")).as("the first task starts in view: " + task).isGreaterThanOrEqualTo(0);
        assertThat(number(task, "bottom")).as("the first task ends in view: " + task).isLessThanOrEqualTo(number(task, "viewport"));
        var begin = box(sam, "today-board .task a.task__begin");
        assertThat(number(begin, "bottom")).as("\"Begin\" is in view: " + begin).isLessThanOrEqualTo(number(begin, "viewport"));
        var title = box(sam, "today-board .task .task__title");
        // issue 8 measured titles squeezed into a 130 px column by cards inside cards
        assertThat(number(title, "width")).as("the title is not squeezed into a narrow column: " + title).isGreaterThan(160);
        // The handed-in intake waits at the end; the goal reads in plain words.
        assertThat((Boolean) ((JavascriptExecutor) sam).executeScript("""
                const today = document.querySelector('participant-home .home-today');
                const intake = document.querySelector('participant-home intake-card');
                return !!(today.compareDocumentPosition(intake) & Node.DOCUMENT_POSITION_FOLLOWING);""")).isTrue();
        assertThat(sam.findElement(By.cssSelector("today-board")).getText())
                .contains("Doel: Advies vragen en anderen erbij betrekken").doesNotContain("Ik werk aan:");
        // No "Goed bezig!" before anything is done.
        waitForText(sam, "growth-card", "Je begeleider komt kijken");
        assertThat(sam.findElement(By.cssSelector("growth-card")).getText()).doesNotContain("Goed bezig").doesNotContain("taken");
        // A skip link leads past the menu.
        var skip = sam.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getAttribute("textContent")).contains("inhoud");
        Browsers.assertAccessibleAt360(sam);
    }

    @Test
    void insideAnLmsFrameTheAppDropsItsBrandBarAndKeepsOneRowOfNavigation() throws Exception {
        var participant = newParticipant("Mo");
        completeIntake(participant);
        createPlan(coachToken(), participant, """
                {"title":"Veeg de werkplaats","day":"%s"}""".formatted(today()));
        var browser = phone();
        var login = base + "/lti/login?iss=" + ToolClient.enc(lms().issuer()) + "&login_hint=" + ToolClient.enc(participant.subject())
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms().clientId());
        browser.get(lms().coursePage(login));
        wait(browser).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
        waitForText(browser, "today-board", "Veeg de werkplaats");

        assertThat(browser.findElements(By.cssSelector(".app-header"))).as("no brand bar under Moodle's own").isEmpty();
        var nav = box(browser, ".app-nav ul");
        assertThat(number(nav, "height")).as("one compact row: " + nav).isLessThanOrEqualTo(56);
        var task = box(browser, "today-board .task");
        assertThat(number(task, "top")).as("the first task high in the frame: " + task).isLessThan(300);
        browser.switchTo().defaultContent();
    }

    @Test
    void aReachedGoalIsCelebratedOnceAndStillWhenThePersonPrefersLessMotion() throws Exception {
        var participant = newParticipant("Lina");
        var coach = coachToken();
        var plan = createPlan(coach, participant, "Ik zet mijn wekker", """
                {"title":"Zet je wekker om 7 uur","day":"%s"}""".formatted(today()));
        var goal = plan.getJsonArray("goals").getJsonObject(0);
        var achieved = client.api("POST", "/api/v1/goals/" + goal.getString("id") + "/achieved", coach, null, goal.getInt("version"));
        assertThat(achieved.statusCode()).as(achieved.body()).isEqualTo(200);

        var lina = launch(participant);
        ((org.openqa.selenium.chrome.ChromeDriver) lina).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        lina.navigate().refresh();
        waitForText(lina, "goal-celebration", "Doel gehaald!");
        assertThat(lina.findElement(By.cssSelector("goal-celebration")).getText()).contains("Ik zet mijn wekker");
        assertThat(((JavascriptExecutor) lina).executeScript(
                "return getComputedStyle(document.querySelector('.goal-win__star')).animationName;")).isEqualTo("none");
        Browsers.assertAccessibleAt360(lina);
        button(lina, "Fijn!").click();
        wait(lina).until(d -> d.findElements(By.cssSelector(".goal-win")).isEmpty());
        lina.navigate().refresh();
        waitForText(lina, "today-board", "Zet je wekker om 7 uur");
        assertThat(lina.findElements(By.cssSelector(".goal-win"))).as("celebrated once").isEmpty();
    }

    @Test
    void theIntakesAnswersFitThePhoneAndReadAloudReadsQuestionExampleAndAnswersWithAStopButton() throws Exception {
        var participant = newParticipant("Joy");
        var joy = launch(participant);
        wait(joy).until(ExpectedConditions.elementToBeClickable(By.linkText("Begin met de vragen"))).click();
        button(joy, "Begin met de vragen").click();
        waitForText(joy, ".intake-progress__text", "Vraag 1 van");
        Browsers.assertAccessibleAt360(joy);
        var answers = joy.findElements(By.cssSelector(".intake-answer"));
        assertThat(answers).hasSize(3);
        var last = box(joy, ".intake-answer--not-yet");
        assertThat(number(last, "bottom")).as("the third answer is in view without scrolling: " + last)
                .isLessThanOrEqualTo(number(last, "viewport"));

        // Read aloud: what the browser is asked to say, that it is speaking, and a stop button.
        var js = (JavascriptExecutor) joy;
        js.executeScript("window.__spoken = []; window.speechSynthesis.speak = (u) => { window.__spoken.push({text: u.text, lang: u.lang}); window.__last = u; };"
                + "window.speechSynthesis.cancel = () => { const u = window.__last; window.__last = null; if (u && u.onend) u.onend(); };");
        button(joy, "Lees voor").click();
        @SuppressWarnings("unchecked")
        var spoken = (List<Map<String, Object>>) js.executeScript("return window.__spoken;");
        assertThat(spoken).hasSize(1);
        var question = joy.findElement(By.cssSelector(".intake-question__text")).getText();
        var example = joy.findElements(By.cssSelector(".intake-question__example"));
        assertThat((String) spoken.getFirst().get("text")).contains(question, "Dit kan ik al", "Dit kan ik een beetje", "Dit kan ik nog niet");
        if (!example.isEmpty()) {
            assertThat((String) spoken.getFirst().get("text")).contains("Bijvoorbeeld");
        }
        assertThat(spoken.getFirst().get("lang")).isEqualTo("nl-NL");
        waitForText(joy, ".read-aloud__status", "Groeipad leest voor");
        var stop = button(joy, "Stop met voorlezen");
        assertThat(stop.getAttribute("aria-pressed")).isEqualTo("true");
        Browsers.assertAccessibleAt360(joy);
        stop.click();
        button(joy, "Lees voor");
        assertThat(joy.findElement(By.cssSelector(".read-aloud__status")).getText()).isEmpty();

        // After an answer the question number and the competency stay in view.
        joy.findElement(By.cssSelector(".intake-answer--a-little")).click();
        waitForText(joy, ".intake-progress__text", "Vraag 2 van");
        var number = box(joy, ".intake-progress__text");
        assertThat(number(number, "top")).as("the question number: " + number).isBetween(0.0, number(number, "viewport"));
        var competency = box(joy, ".intake-question__competency");
        assertThat(number(competency, "bottom")).as("the competency: " + competency).isBetween(0.0, number(competency, "viewport"));
    }

    @Test
    void theCoachWritesStepsInTheCatalogueEditorAndTheParticipantFollowsThem() throws Exception {
        var coachBrowser = launchAs("coach-1");
        coachBrowser.get(base + "/app/#/catalogue/new");
        var title = wait(coachBrowser).until(ExpectedConditions.elementToBeClickable(By.id("cat-title")));
        title.sendKeys("Koffie zetten voor het team");
        coachBrowser.findElement(By.cssSelector("input[name=kind][value=workplace-assignment]")).click();
        var steps = coachBrowser.findElement(By.id("cat-instructions"));
        steps.sendKeys("Vul de kan met water.\n\nDoe er 8 scheppen koffie in.\nZet de machine aan.");
        Browsers.assertAccessibleAt360(coachBrowser);
        button(coachBrowser, "Opslaan").click();
        waitForText(coachBrowser, "main h1", "Koffie zetten voor het team");
        waitForText(coachBrowser, "main", "Stappen voor de deelnemer");
        assertThat(coachBrowser.findElements(By.cssSelector("main .item-steps li"))).extracting(WebElement::getText)
                .containsExactly("Vul de kan met water.", "Doe er 8 scheppen koffie in.", "Zet de machine aan.");
        Browsers.assertAccessibleAt360(coachBrowser);
        var itemId = coachBrowser.getCurrentUrl().replaceAll(".*#/catalogue/item/", "");

        var participant = newParticipant("Bo");
        createPlan(coachToken(), participant, """
                {"title":"Zet koffie","day":"%s","catalogueItemId":"%s","itemTitle":"Koffie zetten voor het team"}"""
                .formatted(today(), itemId));
        var bo = launch(participant);
        waitForText(bo, "today-board", "Zet koffie");
        bo.findElement(By.cssSelector("today-board a.task__begin")).click();
        waitForText(bo, "main .lesson__steps", "Zet de machine aan.");
        assertThat(bo.findElements(By.cssSelector("main .lesson__step"))).hasSize(3);
    }

    // ---- helpers ------------------------------------------------------------------------------

    record Participant(String subject, String id) {
    }

    private Participant newParticipant(String givenName) {
        var subject = "learner-" + UUID.randomUUID();
        lms().person(subject, givenName, "Jansen", TestPlatform.LEARNER);
        var token = ToolClient.sessionToken(client.freshBrowser().launch(lms(), subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Participant(subject, me.getJsonObject("user").getString("id"));
    }

    /** The participant answers every question of the intake and hands it in (over the API). */
    private void completeIntake(Participant participant) {
        var token = ToolClient.sessionToken(client.freshBrowser().launch(lms(), participant.subject()));
        var started = client.api("POST", "/api/v1/me/intake", token, null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        for (var question : ToolClient.json(started).getJsonArray("questions").getValuesAs(JsonObject.class)) {
            var answered = client.api("PUT", "/api/v1/me/intake/answers/" + question.getString("indicatorId"), token,
                    "{\"answer\":\"a-little\"}");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        }
        var completed = client.api("POST", "/api/v1/me/intake/completion", token, null);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    }

    private String coachToken() {
        return ToolClient.sessionToken(client.freshBrowser().launch(lms(), "coach-1"));
    }

    private String courseOf(String token) {
        return ToolClient.json(client.api("GET", "/api/v1/me", token, null)).getJsonObject("course").getString("id");
    }

    private JsonObject starterItem(String coach, String title) {
        var found = ToolClient.json(client.api("GET", "/api/v1/catalogue/items?q=" + ToolClient.enc(title), coach, null));
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow();
    }

    private JsonObject createPlan(String coach, Participant participant, String tasksJson) {
        return createPlan(coach, participant, "Ik werk netjes", tasksJson);
    }

    private JsonObject createPlan(String coach, Participant participant, String goal, String tasksJson) {
        var created = client.api("POST", "/api/v1/courses/" + courseOf(coach) + "/participants/" + participant.id() + "/plan",
                coach, "{\"goals\":[{\"title\":\"%s\",\"dueOn\":\"%s\",\"tasks\":[%s]}]}"
                        .formatted(goal, today().plusWeeks(6), tasksJson));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ToolClient.json(created);
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A new browser launched from the LMS as this participant, on a 360 × 740 phone. */
    private WebDriver launch(Participant participant) throws Exception {
        return launchAs(participant.subject());
    }

    private WebDriver launchAs(String subject) throws Exception {
        var browser = phone();
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms().issuer()) + "&login_hint=" + ToolClient.enc(subject)
                + "&target_link_uri=" + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms().clientId())
                + "&lti_deployment_id=" + lms().deploymentId());
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        return browser;
    }

    /** A new Chromium whose viewport is exactly a 360 × 740 phone screen (the window's own bars left out). */
    private WebDriver phone() throws Exception {
        var browser = Browsers.chromium();
        browsers.add(browser);
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    private static Map<String, Object> box(WebDriver browser, String css) {
        @SuppressWarnings("unchecked")
        var box = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width,
                        viewport: window.innerHeight, viewportWidth: window.innerWidth, scrollY: window.scrollY};""", css);
        return box;
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browsers.waitOn(browser);
    }

    private static void waitForText(WebDriver browser, String css, String text) {
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private static WebElement button(WebDriver browser, String label) {
        return wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[starts-with(normalize-space(.), '" + label + "')]")));
    }

    private TestPlatform lms() {
        if (lms == null) {
            try {
                lms = new TestPlatform();
                var created = client.admin("POST", "/api/v1/admin/registrations", """
                        {"name":"Leerbedrijf Vandaag","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                        .formatted(lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return lms;
    }
}
