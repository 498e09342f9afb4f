package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The route pages in headless Chromium at 360 px: a coach launched from the LMS opens "Routes", reads the demo
 * route, starts a route of their own with a target, a step and material from the catalogue, and gives the demo
 * route to a participant, whose personal copy they then adapt and make a plan van aanpak of; the participant opens
 * "Mijn route" and finds the route's first steps as goals in "Mijn plan" on a phone.
 * axe-core finds no violations on any of these pages. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RouteBrowserIT {

    private static TestPlatform platform;
    private WebDriver browser;
    private WebDriverWait wait;
    private final String base = Deployments.base();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium();
        wait = Browsers.waitOn(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aCoachBuildsRoutesAndGivesOneAParticipantSeesOnAPhone() throws Exception {
        var lms = registeredPlatform();
        // the participant has opened Groeipad from the course once, so the coach can choose them
        ToolClient.sessionToken(new ToolClient(base).launch(lms, "learner-1"));
        launchAs("coach-1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));

        browser.findElement(By.linkText("Routes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Routes"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".route-card")));
        assertAccessibleAt360("route-list");

        // the demo route
        browser.findElement(By.linkText("Starten in de groenvoorziening")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Starten in de groenvoorziening"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".route-step")));
        assertThat(browser.findElements(By.cssSelector(".route-step"))).hasSize(6);
        assertThat(browser.findElement(By.cssSelector(".route-targets")).getText()).contains("Veilig werken: niveau B");
        assertThat(browser.findElement(By.cssSelector(".route-steps")).getText())
                .contains("Plan je reis naar je werk", "Voorgestelde werkplekopdracht");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-give-participant")));
        assertAccessibleAt360("route-demo");

        // give it to the participant: their own copy opens in the editor
        new Select(browser.findElement(By.id("route-give-participant"))).selectByVisibleText("Deelnemer Een");
        browser.findElement(By.xpath("//button[normalize-space()='Geef de route']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .badge"), "Eigen route van een deelnemer"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "De deelnemer heeft nu een eigen route"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Gemaakt van de route"));
        assertAccessibleAt360("route-personal");

        // adapt the copy: one more step, for the participant only
        browser.findElement(By.id("route-step-new-title")).sendKeys("Samen de dag afsluiten");
        browser.findElement(By.id("route-step-new-description")).sendKeys("Je ruimt samen op en zegt wat je morgen doet.");
        new Select(browser.findElement(By.id("route-step-new-competency"))).selectByVisibleText("2. Werk afstemmen met anderen");
        browser.findElement(By.xpath("//button[normalize-space()='Stap toevoegen']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".route-steps"), "Samen de dag afsluiten"));
        assertThat(browser.findElements(By.cssSelector(".route-step"))).hasSize(7);

        // make a plan from the route: the first two steps become goals, their material tasks from today
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-plan-start")));
        assertThat(browser.findElements(By.cssSelector("input[name=stepIds]:checked"))).hasSize(2);
        browser.findElement(By.xpath("//button[normalize-space()='Maak het plan']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "het plan van aanpak heeft nu 2 doelen"));
        assertAccessibleAt360("route-plan-made");
        browser.findElement(By.linkText("Bekijk het plan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Plan van Deelnemer Een"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Huidige route: Starten in de groenvoorziening"));
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains("Op tijd op je werk", "Veilig werken met machines en gereedschap", "Plan je reis naar je werk");
        assertAccessibleAt360("participant-plan-with-route");
        browser.findElement(By.linkText("Start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".people"), "Route: Starten in de groenvoorziening"));
        assertAccessibleAt360("my-participants-with-route");

        // a route of the coach's own: target, step, material from the catalogue
        browser.get(base + "/app/#/routes");
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("route-new-title")));
        name.sendKeys("Werken in de kas");
        browser.findElement(By.xpath("//button[normalize-space()='Maak route']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Werken in de kas"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-target-competency")));
        assertAccessibleAt360("route-editor-empty");
        new Select(browser.findElement(By.id("route-target-competency"))).selectByVisibleText("7. Veilig werken");
        browser.findElement(By.xpath("//form//button[normalize-space()='Doel toevoegen']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".route-targets"), "Veilig werken: niveau B"));
        browser.findElement(By.id("route-step-new-title")).sendKeys("Veilig met de spuit");
        new Select(browser.findElement(By.id("route-step-new-competency"))).selectByVisibleText("7. Veilig werken");
        browser.findElement(By.xpath("//button[normalize-space()='Stap toevoegen']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".route-steps"), "Veilig met de spuit"));
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Leermateriaal toevoegen')]")).click();
        var search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("route-item-picker input[type=search]")));
        search.sendKeys("veiligheidsronde");
        browser.findElement(By.xpath("//button[normalize-space()='Zoek']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".picker-list"), "Veiligheidsronde"));
        assertAccessibleAt360("route-editor-picker");
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Voeg toe als voorgestelde werkplekopdracht')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".route-material"), "Veiligheidsronde"));
        assertThat(browser.findElement(By.cssSelector(".route-material")).getText()).contains("Voorgestelde werkplekopdracht");
        assertAccessibleAt360("route-editor");

        // the coach makes it a certifying route: it then ends with an assessment moment
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Wijzig: Over deze route')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("route-ed-certifying")));
        assertAccessibleAt360("route-editor-about");
        browser.findElement(By.cssSelector("label.choice:has(#route-ed-certifying)")).click();
        assertThat(browser.findElement(By.id("route-ed-certifying")).isSelected()).isTrue();
        browser.findElement(By.xpath("//section[@aria-labelledby='route-about']//button[normalize-space()='Opslaan']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".route-certifying"),
                "eindigt met een beoordelingsmoment"));

        // the participant on a phone
        browser.manage().deleteAllCookies();
        browser.get(base + "/app/");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear();");
        launchAs("learner-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Mijn route"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn route"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".my-step")));
        var main = browser.findElement(By.cssSelector("main")).getText();
        assertThat(main).contains("Starten in de groenvoorziening", "Hier werk je naartoe", "Op tijd op je werk",
                "Samen de dag afsluiten", "Dit doe je op je werk");
        assertThat(browser.findElements(By.cssSelector(".my-step"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector(".my-material a.button")))
                .anySatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
        assertAccessibleAt360("my-route");
        browser.findElement(By.linkText("Mijn plan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Op tijd op je werk"));
    }

    private void launchAs(String person) throws Exception {
        var lms = registeredPlatform();
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=" + person + "&target_link_uri="
                + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    private TestPlatform registeredPlatform() throws Exception {
        if (platform == null) {
            platform = new TestPlatform();
            var created = new ToolClient(base).admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Groenbedrijf","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(), platform.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return platform;
    }

    private void assertAccessibleAt360(String name) throws Exception {
        var shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        var js = (JavascriptExecutor) browser;
        var height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).intValue();
        browser.manage().window().setSize(new Dimension(360, Math.min(Math.max(height, 800), 6000)));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(360, 800));
        Browsers.assertAccessibleAt360(browser);
    }
}
