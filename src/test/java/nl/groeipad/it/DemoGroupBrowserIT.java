package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 8 §17 in headless Chromium: in demo mode the coach Noor meets a realistic group — eight participants in
 * different states, the ones who need her marked on "Mijn deelnemers", and each with a plan, a route and an intake on
 * their own page. axe-core finds no violations on the list and on a participant's page. The group is made once per
 * demo organisation, so this only reads it (other classes try the demo too).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoGroupBrowserIT {

    /** The group and whether the list marks them as needing the coach now (and in which words, if any). */
    private static final Map<String, String> NEEDS_NOOR = Map.of(
            "Emma Visser", "Emma heeft de intake ingeleverd.",
            "Sanne Hendriks", "Sanne heeft de intake ingeleverd.",
            "Lisa de Boer", "",
            "Ricardo Martina", "",
            "Fenna Smit", "Fenna schreef iets nieuws.");
    private static final List<String> ALL_WELL = List.of("Daan Bakker", "Mohamed El Idrissi", "Jesse Mulder");

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

    @Test
    void theDemoCoachSeesARealisticGroupAndWhoNeedsHerFirst() {
        browser.get(base + "/demo");
        browser.findElement(By.partialLinkText("begeleider")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Sanne Hendriks"));

        var names = names();
        assertThat(names).containsAll(NEEDS_NOOR.keySet()).containsAll(ALL_WELL);
        assertThat(names.stream().filter(n -> NEEDS_NOOR.containsKey(n) || ALL_WELL.contains(n))).hasSize(8);
        assertThat(browser.findElement(By.cssSelector(".attention-count")).getText()).contains("hebben je nu nodig");
        NEEDS_NOOR.forEach((name, words) -> {
            var row = row(name);
            assertThat(row.getAttribute("class")).as(name).contains("person--attention");
            assertThat(row.getText()).as(name).contains(words);
        });
        ALL_WELL.forEach(name -> assertThat(row(name).getAttribute("class")).as(name).doesNotContain("person--attention"));
        // behind: the plan's state says the tasks are late
        assertThat(row("Lisa de Boer").getText()).contains("te laat");
        // sorted by attention (the default): everyone who needs Noor comes before everyone who does not
        var lastNeeding = names.stream().filter(NEEDS_NOOR::containsKey).mapToInt(names::indexOf).max().orElseThrow();
        var firstWell = ALL_WELL.stream().mapToInt(names::indexOf).min().orElseThrow();
        assertThat(lastNeeding).isLessThan(firstWell);
        Browsers.assertAccessibleAt360(browser);

        // every member of the group has a plan, a route and an intake on their page
        var group = new java.util.ArrayList<>(NEEDS_NOOR.keySet());
        group.addAll(ALL_WELL);
        for (var name : group) {
            browser.findElement(By.linkText(name)).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Plan van " + name));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-plan .goal")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("section-route"),
                    "Starten in de groenvoorziening"));
            wait.until(d -> !d.findElement(By.id("section-intake")).getText().isBlank());
            assertThat(browser.findElement(By.id("section-intake")).getText()).as(name).doesNotContain("nog geen intake");
            assertThat(browser.findElement(By.id("section-plan")).getText()).as(name).doesNotContain("Maak het plan");
            if (name.equals("Emma Visser")) {
                Browsers.assertAccessibleAt360(browser);
            }
            browser.navigate().back();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(ALL_WELL.getLast())));
        }
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector(".person__name")).stream().map(WebElement::getText).toList();
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector(".person")).stream()
                .filter(row -> row.findElement(By.cssSelector(".person__name")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the list"));
    }
}
