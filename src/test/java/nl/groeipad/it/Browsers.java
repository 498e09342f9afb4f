package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The real browser of the browser tests: headless Debian Chromium at phone width, and the accessibility check. */
final class Browsers {

    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /**
     * How long a browser test waits for the app to show something. Generous on purpose: on two cores shared
     * with other builds a render can take many seconds, and a wait that passes returns as soon as the condition
     * holds, so only a failing test pays for it (a fixed 20 s made busy-machine runs flaky).
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * How often a wait looks again. Selenium's default is 500 ms, so every wait that is not met at once cost on
     * average a quarter of a second of nothing (hundreds of waits in a run); a look is one small WebDriver call.
     */
    static final Duration POLL = Duration.ofMillis(100);

    private Browsers() {
    }

    /**
     * A wait on this browser with {@link #PATIENCE}, looking every {@link #POLL}. A look that fails because the page
     * changed under it counts as "not yet": while a form posts to the next page, Chromium may answer "Node with given
     * id does not belong to the document" (a plain {@link WebDriverException}, not a stale element) for an element
     * found a moment before. A condition that keeps failing still fails the test, with its last error as the cause.
     */
    static WebDriverWait waitOn(WebDriver browser) {
        var wait = new WebDriverWait(browser, PATIENCE, POLL);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** A fresh Chromium (no cookies, no storage) at 360 × 800, Dutch. */
    static WebDriver chromium() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(executable("it.chromium", "chromium", "chromium-browser", "google-chrome"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium-it"), "--window-size=360,800",
                "--lang=nl-NL");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("it.chromedriver", "chromedriver")))
                .build();
        var browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(360, 800));
        return browser;
    }

    /**
     * The browser or driver: the system property if set, else the first of these names on the PATH (Debian's
     * {@code chromium} and {@code chromedriver}); never downloaded at test time.
     */
    private static String executable(String property, String... names) {
        var configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        var path = System.getenv().getOrDefault("PATH", "");
        for (var name : names) {
            for (var folder : path.split(java.io.File.pathSeparator)) {
                var candidate = java.nio.file.Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalStateException("None of " + String.join(", ", names) + " is on the PATH; install Chromium and"
                + " its driver (Debian: apt-get install chromium chromium-driver) or set -D" + property);
    }

    /** axe-core finds no violations (WCAG 2.2 AA and best practice), and nothing scrolls sideways at 360 px. */
    static void assertAccessibleAt360(WebDriver browser) {
        var results = axe(browser).analyze(browser);
        assertThat(results.getViolations())
                .as(() -> browser.getCurrentUrl() + " " + results.getViolations().stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        var js = (JavascriptExecutor) browser;
        var overflow = (Boolean) js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        var wide = overflow ? js.executeScript(
                "return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ');")
                : "";
        assertThat(overflow).as("horizontal scrolling at 360 px on " + browser.getCurrentUrl() + ": " + wide).isFalse();
    }

    /**
     * axe-core for this page. A page with frames gets axe's frame-by-frame run (each frame checked through WebDriver,
     * whatever its origin; the results are combined in a blank tab that the run opens and closes). A page without
     * frames, nearly every page of these tests, gets the same rules in one {@code axe.run} on the page itself (axe's
     * "legacy" mode): the same results without the extra tab and the second injection of axe's 550 kB, about 40 %
     * less browser CPU per check.
     */
    @SuppressWarnings("deprecation")
    private static AxeBuilder axe(WebDriver browser) {
        var builder = new AxeBuilder().withTags(AXE_TAGS);
        var frames = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('iframe, frame').length;");
        if (frames == 0) {
            builder.setLegacyMode(true);
        }
        return builder;
    }

    /**
     * A form's field marked after a refused answer (shared/form-errors.js): the field with this id has
     * aria-invalid="true", the message next to it names what to do and is tied to it (aria-describedby), it has the
     * focus, and it is in view. Answers the message's text.
     */
    static String assertMarkedAndFocused(WebDriver browser, String id) {
        waitOn(browser).until(ExpectedConditions.attributeToBe(By.id(id), "aria-invalid", "true"));
        WebElement field = browser.findElement(By.id(id));
        var note = browser.findElement(By.id(id + "-problem"));
        assertThat(note.isDisplayed()).as("the message next to " + id).isTrue();
        assertThat(note.getText()).as("the message next to " + id).isNotBlank();
        assertThat(field.getDomAttribute("aria-describedby")).as("aria-describedby of " + id).contains(id + "-problem");
        waitOn(browser).until(b -> id.equals(b.switchTo().activeElement().getDomAttribute("id")));
        var inView = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", field);
        assertThat(inView).as(id + " scrolled into view").isTrue();
        return note.getText();
    }
}
