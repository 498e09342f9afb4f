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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "Competenties" pages in headless Chromium at 360 px: a coach launched from the LMS sees the demo
 * framework, reads it, writes a new framework with a competency and an indicator and publishes it; axe-core
 * finds no violations on the list, the view and the editor. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompetencyBrowserIT {

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
    void aCoachReadsTheDemoFrameworkAndPublishesANewFrameworkOfTheirOwn() throws Exception {
        launchAsCoach();
        browser.findElement(By.linkText("Competenties")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Competenties"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Werknemersvaardigheden (WPO-stijl)"));
        assertAccessibleAt360("framework-list");

        browser.findElement(By.linkText("Werknemersvaardigheden (WPO-stijl)")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Werknemersvaardigheden"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Advies vragen en anderen erbij betrekken"));
        assertThat(browser.findElements(By.cssSelector("main h2"))).extracting(WebElement::getText)
                .contains("Schaal", "Competenties");
        assertThat(browser.findElement(By.cssSelector(".scale")).getText()).contains("Nog niet", "Kan het een ander leren");
        assertThat(browser.findElements(By.cssSelector(".levels")).getFirst().getText()).contains("Niveau A", "Niveau B", "Niveau C");
        assertAccessibleAt360("framework-view");

        browser.findElement(By.linkText("Terug naar Competenties")).click();
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fw-new-name")));
        name.sendKeys("Magazijn");
        browser.findElement(By.xpath("//button[normalize-space()='Maak raamwerk']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Bewerken: Magazijn"));
        assertAccessibleAt360("framework-editor-empty");
        browser.findElement(By.id("c-new-title")).sendKeys("Orders klaarzetten");
        browser.findElement(By.id("c-new-description")).sendKeys("Je zet orders goed en op tijd klaar.");
        browser.findElement(By.xpath("//form//button[normalize-space()='Competentie toevoegen']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".competencies"), "Orders klaarzetten"));

        click(By.cssSelector(".competency button.button--small.button--secondary:last-of-type"), "Gedragsindicator toevoegen");
        var description = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".inline-form textarea[name=description]")));
        description.sendKeys("Pakt de goede producten voor de order.");
        browser.findElement(By.cssSelector(".inline-form textarea[name=levelA]")).sendKeys("Pakt de producten samen met de begeleider.");
        browser.findElement(By.cssSelector(".inline-form textarea[name=levelB]")).sendKeys("Pakt de producten met een lijst met plaatjes.");
        browser.findElement(By.cssSelector(".inline-form textarea[name=levelC]")).sendKeys("Pakt de producten zelf met de orderbon.");
        browser.findElement(By.cssSelector(".inline-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".indicators"), "Pakt de goede producten"));
        assertThat(browser.findElement(By.cssSelector(".indicators .levels")).getText()).contains("met een lijst met plaatjes");
        assertAccessibleAt360("framework-editor");

        // the observation period is a setting of the version: 21 days to start with, 1 to 365, saved with the name
        var period = browser.findElement(By.id("fw-ed-period"));
        assertThat(period.getDomProperty("value")).isEqualTo("21");
        period.clear();
        period.sendKeys("0");
        browser.findElement(By.cssSelector("section[aria-labelledby=fw-ed-about] button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("fw-ed-period"), "aria-invalid", "true"));
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=fw-ed-about]")).getText())
                .contains("Kies een observatieperiode van 1 tot 365 dagen.");
        period = browser.findElement(By.id("fw-ed-period"));
        period.clear();
        period.sendKeys("14");
        browser.findElement(By.cssSelector("section[aria-labelledby=fw-ed-about] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .live"), "Opgeslagen."));
        assertThat(browser.findElement(By.id("fw-ed-period")).getDomProperty("value")).isEqualTo("14");

        browser.findElement(By.cssSelector("section[aria-labelledby=fw-ed-publish] button")).click();
        // Publishing asks first (issue 8 §11), inline next to the button, the focus on "Ja, publiceer".
        var ask = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fw-publish-confirm")));
        assertThat(ask.getText()).startsWith("Wil je deze versie publiceren?");
        assertAccessibleAt360("framework-editor-publish-question");
        var yes = ask.findElement(By.xpath(".//button[normalize-space()='Ja, publiceer']"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(yes);
        yes.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Deze versie is geen concept meer"));

        browser.findElement(By.linkText("Bekijk het raamwerk")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .badge"), "In gebruik"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Nieuwe versie maken", "Orders klaarzetten",
                "Een observatie duurt 14 dagen");
        assertAccessibleAt360("framework-view-published");
    }

    private void click(By candidates, String text) {
        var button = browser.findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().startsWith(text)).findFirst().orElseThrow(() -> new AssertionError("no button " + text + " " + candidates));
        button.click();
    }

    private void launchAsCoach() throws Exception {
        var lms = registeredPlatform();
        browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=coach-1&target_link_uri="
                + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                + "&lti_deployment_id=" + lms.deploymentId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));
    }

    private TestPlatform registeredPlatform() throws Exception {
        if (platform == null) {
            platform = new TestPlatform();
            var created = new ToolClient(base).admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Leerbedrijf","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
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
