package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coach's everyday screens in real headless Chromium (issue 8): putting the intake's suggestions in the plan
 * cannot duplicate a goal — not with a double click, not with two requests at once (§6); "Doel gehaald" asks first
 * and can be undone (§9); "Mijn deelnemers" shows who needs the coach first, with the count and a sort (§7); the
 * participant's page in four parts with in-page navigation (§8). axe-core finds
 * no violations, at 360 px and at laptop width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachBrowserIT {

    private static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    private static final String VEILIG = "572afc48-5b47-45f7-a167-1103f8709b32";

    private static TestPlatform lms;
    private static String courseId;
    private final String base = Deployments.base();
    private final ToolClient client = new ToolClient(Deployments.base());
    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeAll
    static void registerPlatform() throws Exception {
        lms = new TestPlatform();
        var created = new ToolClient(Deployments.base()).admin("POST", "/api/v1/admin/registrations", """
                {"name":"Leerwerkbedrijf Coach","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void stopPlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aDoubleClickAndADoubleRequestPutTheSuggestionsInThePlanOnce() throws Exception {
        var sam = participant("learner-sam", "Sam", "Jansen");
        var coachToken = coachToken();
        var intakes = "/api/v1/courses/" + courseId + "/participants/" + sam.id() + "/intakes";
        var started = client.api("POST", intakes, coachToken, "{\"competencyKeys\":[\"" + ADVIES + "\",\"" + VEILIG + "\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var intakeId = ToolClient.json(started).getString("id");
        answerAll(sam, "not-yet");

        var coach = launch("coach-1");
        wait(coach).until(ExpectedConditions.elementToBeClickable(By.linkText("Sam Jansen"))).click();
        waitForText(coach, "main", "Voorstel: hier begin je mee");
        var accept = button(coach, "Zet in het plan");
        Browsers.assertAccessibleAt360(coach);

        // a double click: two clicks before the page can answer the first
        ((JavascriptExecutor) coach).executeScript("arguments[0].click(); arguments[0].click();", accept);
        waitForText(coach, "coach-intake .live", "In het plan gezet: 2 doelen.");
        wait(coach).until(d -> d.findElements(By.cssSelector("participant-plan section.goal")).size() == 2);
        assertThat(goalsInPlan(sam)).hasSize(2);
        Browsers.assertAccessibleAt360(coach);

        // two requests at the same moment from the page itself, each with the version it read
        var version = ToolClient.json(client.api("GET", intakes + "/" + intakeId, coachToken, null)).getInt("version");
        @SuppressWarnings("unchecked")
        var answers = (List<Map<String, Object>>) ((JavascriptExecutor) coach).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = sessionStorage.getItem('groeipad.session');
                const body = JSON.stringify({ goals: [{ competencyKey: arguments[1], level: 'A' }, { competencyKey: arguments[2], level: 'A' }] });
                const one = () => fetch('/api/v1' + arguments[0], { method: 'POST', body,
                  headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json', 'If-Match': '"' + arguments[3] + '"' } })
                  .then(async (r) => ({ status: r.status, body: await r.json() }));
                Promise.all([one(), one()]).then(done, (e) => done([{ status: -1, body: String(e) }]));
                """, intakes.substring("/api/v1".length()) + "/" + intakeId + "/suggestions/acceptance", ADVIES, VEILIG, version);
        assertThat(answers).extracting(a -> ((Number) a.get("status")).intValue()).as(answers.toString())
                .allSatisfy(status -> assertThat(status).isIn(200, 201));
        var goals = goalsInPlan(sam);
        assertThat(goals).extracting(g -> g.getString("competencyKey") + "/" + g.getString("level"))
                .doesNotHaveDuplicates();

        // the same button once more: the coach is told the goals are in the plan already
        coach.navigate().refresh();
        waitForText(coach, "main", "Voorstel: hier begin je mee");
        var planned = goals.size();
        button(coach, "Zet in het plan").click();
        waitForText(coach, "coach-intake .live", "staan al in het plan");
        assertThat(goalsInPlan(sam)).hasSize(planned);
        Browsers.assertAccessibleAt360(coach);
        atLaptopWidth(coach);
    }

    @Test
    void doelGehaaldIsNotTheMainButtonWhileTasksAreOpenAsksFirstAndCanBeUndone() throws Exception {
        var noa = participant("learner-noa", "Noa", "Visser");
        var coachToken = coachToken();
        var today = java.time.LocalDate.now().toString();
        var created = client.api("POST", "/api/v1/courses/" + courseId + "/participants/" + noa.id() + "/plan", coachToken, """
                {"goals":[{"title":"Ik kom op tijd","dueOn":"%s","tasks":[{"title":"Wekker zetten","day":"%s"},
                {"title":"Bus van 8 uur nemen","day":"%s"}]}]}""".formatted(
                java.time.LocalDate.now().plusWeeks(3), today, today));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var goalId = ToolClient.json(created).getJsonArray("goals").getJsonObject(0).getString("id");

        var coach = launch("coach-1");
        wait(coach).until(ExpectedConditions.elementToBeClickable(By.linkText("Noa Visser"))).click();
        // the page in four parts with in-page navigation, a summary in words about Noa, the new-goal form folded
        waitForText(coach, ".progress-summary", "Noa deed 0 van de 2 taken.");
        assertThat(coach.findElement(By.cssSelector(".progress-summary")).getText()).contains("Noa haalde 0 van 1 doel.");
        assertThat(coach.findElements(By.cssSelector(".page-sections__link"))).extracting(WebElement::getText)
                .containsExactly("Voortgang", "Plan", "Route", "Intake", "Certificaten");
        assertThat(coach.findElement(By.cssSelector("details.new-goal")).getAttribute("open")).isNull();
        assertThat(coach.findElement(By.cssSelector("main .goal")).getText()).contains("Noa werkt hieraan");
        button(coach, "Intake").click();
        wait(coach).until(d -> "coach-intake-title".equals(d.switchTo().activeElement().getAttribute("id")));
        Browsers.assertAccessibleAt360(coach);
        var achieve = button(coach, "Doel gehaald");
        assertThat(achieve.getAttribute("class")).as("not the primary button while tasks are open").contains("button--secondary");

        // it asks first, naming the open tasks; "no" changes nothing
        achieve.click();
        waitForText(coach, ".confirm", "Is het doel ‘Ik kom op tijd’ gehaald?");
        assertThat(coach.findElement(By.cssSelector(".confirm")).getText()).contains("Noa heeft nog 2 taken open bij dit doel.");
        assertThat(coach.switchTo().activeElement().getText()).isEqualTo("Ja, doel gehaald");
        Browsers.assertAccessibleAt360(coach);
        button(coach, "Nee, nog niet").click();
        wait(coach).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".confirm")));
        assertThat(goal(noa, goalId).getString("status")).isEqualTo("open");

        // yes: achieved, told right next to the goal, with an undo
        button(coach, "Doel gehaald").click();
        button(coach, "Ja, doel gehaald").click();
        waitForText(coach, ".goal__feedback", "Doel gehaald.");
        assertThat(goal(noa, goalId).getString("status")).isEqualTo("achieved");
        Browsers.assertAccessibleAt360(coach);
        button(coach, "Maak ongedaan").click();
        waitForText(coach, ".goal__feedback", "Het doel staat weer open.");
        assertThat(goal(noa, goalId).getString("status")).isEqualTo("open");

        // with the version it showed: someone else changed the goal meanwhile → refused, the newest is shown
        var current = client.api("GET", "/api/v1/courses/" + courseId + "/participants/" + noa.id() + "/plan", coachToken, null);
        var version = ToolClient.json(current).getJsonArray("goals").getJsonObject(0).getInt("version");
        var changed = client.api("PUT", "/api/v1/goals/" + goalId, coachToken,
                "{\"title\":\"Ik ben elke dag op tijd\",\"dueOn\":\"" + java.time.LocalDate.now().plusWeeks(3) + "\"}", version);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        button(coach, "Doel gehaald").click();
        button(coach, "Ja, doel gehaald").click();
        waitForText(coach, "main", "Iemand anders heeft dit net veranderd");
        waitForText(coach, "main .goal", "Ik ben elke dag op tijd");
        assertThat(goal(noa, goalId).getString("status")).isEqualTo("open");
        atLaptopWidth(coach);
    }

    @Test
    void mijnDeelnemersShowsWhoNeedsTheCoachFirstWithTheCountAndASort() throws Exception {
        try (var own = new TestPlatform()) {
            var created = client.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Leerwerkbedrijf Aandacht","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(own.issuer(), own.clientId(), own.issuer(), own.issuer(), own.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var coachToken = ToolClient.sessionToken(new ToolClient(base).launch(own, "coach-1"));
            var course = ToolClient.json(client.api("GET", "/api/v1/me", coachToken, null)).getJsonObject("course").getString("id");
            var people = new java.util.LinkedHashMap<String, Person>();
            for (var name : List.of("Anna Aalbers", "Yara Yilmaz", "Zeno Zijlstra")) {
                var subject = "learner-" + name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
                own.person(subject, name.split(" ")[0], name.split(" ")[1], TestPlatform.LEARNER);
                var token = ToolClient.sessionToken(new ToolClient(base).launch(own, subject));
                people.put(name, new Person(token, ToolClient.json(client.api("GET", "/api/v1/me", token, null))
                        .getJsonObject("user").getString("id")));
            }
            // Zeno handed in his intake; Yara wrote a note on today's task
            var zeno = people.get("Zeno Zijlstra");
            var started = client.api("POST", "/api/v1/courses/" + course + "/participants/" + zeno.id() + "/intakes", coachToken,
                    "{\"competencyKeys\":[\"" + ADVIES + "\"]}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            answerAll(zeno, "not-yet");
            assertThat(client.api("POST", "/api/v1/me/intake/completion", zeno.token(), null).statusCode()).isEqualTo(200);
            var yara = people.get("Yara Yilmaz");
            var today = java.time.LocalDate.now();
            var plan = client.api("POST", "/api/v1/courses/" + course + "/participants/" + yara.id() + "/plan", coachToken, """
                    {"goals":[{"title":"Hulp vragen","dueOn":"%s","tasks":[{"title":"Vraag Ali","day":"%s"}]}]}"""
                    .formatted(today.plusWeeks(2), today));
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
            var task = ToolClient.json(plan).getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");
            assertThat(client.api("PUT", "/api/v1/tasks/" + task + "/note", yara.token(), "{\"note\":\"Ali deed het voor.\"}")
                    .statusCode()).isEqualTo(200);

            var coach = launch(own, "coach-1");
            waitForText(coach, ".attention-count", "2 deelnemers hebben je nu nodig.");
            assertThat(names(coach)).containsExactly("Zeno Zijlstra", "Yara Yilmaz", "Anna Aalbers");
            assertThat(coach.findElement(By.cssSelector(".person")).getText()).contains("Zeno heeft de intake ingeleverd.");
            assertThat(coach.findElements(By.cssSelector(".person")).get(1).getText()).contains("Yara schreef iets nieuws.");
            Browsers.assertAccessibleAt360(coach);
            atLaptopWidth(coach);

            new org.openqa.selenium.support.ui.Select(coach.findElement(By.id("people-sort"))).selectByValue("name");
            wait(coach).until(d -> names(d).equals(List.of("Anna Aalbers", "Yara Yilmaz", "Zeno Zijlstra")));
            new org.openqa.selenium.support.ui.Select(coach.findElement(By.id("people-sort"))).selectByValue("attention");
            wait(coach).until(d -> names(d).getFirst().equals("Zeno Zijlstra"));

            // the coach opens Yara's page: back on the list her note is no longer new
            coach.findElement(By.linkText("Yara Yilmaz")).click();
            waitForText(coach, "main", "Ali deed het voor.");
            coach.navigate().back();
            waitForText(coach, ".attention-count", "1 deelnemer heeft je nu nodig.");
            assertThat(coach.findElement(By.cssSelector("main")).getText()).doesNotContain("Yara schreef iets nieuws.");
            Browsers.assertAccessibleAt360(coach);
        }
    }

    private static List<String> names(WebDriver browser) {
        return browser.findElements(By.cssSelector(".person__name")).stream().map(WebElement::getText).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    record Person(String token, String id) {
    }

    private Person participant(String subject, String given, String family) {
        lms.person(subject, given, family, TestPlatform.LEARNER);
        var token = ToolClient.sessionToken(new ToolClient(base).launch(lms, subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Person(token, me.getJsonObject("user").getString("id"));
    }

    private String coachToken() {
        var token = ToolClient.sessionToken(new ToolClient(base).launch(lms, "coach-1"));
        courseId = ToolClient.json(client.api("GET", "/api/v1/me", token, null)).getJsonObject("course").getString("id");
        return token;
    }

    private void answerAll(Person person, String answer) {
        var intake = ToolClient.json(client.api("GET", "/api/v1/me/intake", person.token(), null));
        for (var q : intake.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            var answered = client.api("PUT", "/api/v1/me/intake/answers/" + q.getString("indicatorId"), person.token(),
                    "{\"answer\":\"" + answer + "\"}");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        }
    }

    private List<JsonObject> goalsInPlan(Person person) {
        var plan = client.api("GET", "/api/v1/me/plan", person.token(), null);
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        return ToolClient.json(plan).getJsonArray("goals").getValuesAs(JsonObject.class);
    }

    private JsonObject goal(Person person, String goalId) {
        return goalsInPlan(person).stream().filter(g -> g.getString("id").equals(goalId)).findFirst().orElseThrow();
    }

    /** A new browser (no cookies, no storage) launched from the LMS as this person, at 360 px. */
    private WebDriver launch(String person) throws Exception {
        return launch(lms, person);
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

    /** The same page at a laptop's width: still no violations; back to 360 px afterwards. */
    private static void atLaptopWidth(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 800));
        try {
            Browsers.assertAccessibleAt360(browser);
        } finally {
            browser.manage().window().setSize(new Dimension(360, 800));
        }
    }

    private static org.openqa.selenium.support.ui.WebDriverWait wait(WebDriver browser) {
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
