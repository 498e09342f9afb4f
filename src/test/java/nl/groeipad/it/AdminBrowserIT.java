package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator page (/admin/) in headless Chromium at 360 px, through its own API module (admin-api.js, the
 * admin secret as X-Admin-Secret and no session): a wrong key is refused, the right one shows the values for the
 * LMS, an address the server refuses is marked at its field (focus on it, its message next to it), a platform
 * registered by hand appears in the list and can be deleted again. axe-core finds no violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    /** The IT server's admin secret (pom.xml, GROEIPAD_ADMIN_SECRET). */
    private static final String ADMIN_SECRET = "it-admin-secret-0123456789";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void anOperatorRegistersAPlatformByHandAndDeletesItAgain() throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            var base = Deployments.base();
            browser.get(base + "/admin/");

            // A wrong key: the page says so next to the field.
            field(wait, "Beheerderssleutel").sendKeys("not-the-admin-secret");
            button(wait, "Doorgaan").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-secret-error"),
                    "Deze beheerderssleutel klopt niet"));

            // The right key: the values to copy into the LMS.
            field(wait, "Beheerderssleutel").sendKeys(ADMIN_SECRET);
            button(wait, "Doorgaan").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Waarden voor je leeromgeving"));
            assertThat(browser.findElement(By.cssSelector(".values")).getText()).contains(base + "/lti/login", base + "/lti/jwks");

            // A platform registered by hand.
            var id = UUID.randomUUID().toString().substring(0, 8);
            var name = "Moodle " + id;
            var issuer = "https://moodle-" + id + ".example.org";
            field(wait, "Naam").sendKeys(name);
            field(wait, "Platform-ID (issuer)").sendKeys("http://moodle-" + id + ".example.org");
            field(wait, "Client-ID").sendKeys("client-" + id);
            field(wait, "Authenticatie-URL").sendKeys(issuer + "/mod/lti/auth.php");
            field(wait, "Toegangstoken-URL").sendKeys(issuer + "/mod/lti/token.php");
            field(wait, "Publieke sleutelset-URL").sendKeys(issuer + "/mod/lti/certs.php");
            field(wait, "Deployment-ID’s").sendKeys("1, 2");

            // The server refuses an issuer without https: that field is marked, has the focus and says why; the
            // sentence under the form names it in words.
            button(wait, "Koppeling opslaan").click();
            assertThat(Browsers.assertMarkedAndFocused(browser, "reg-issuer")).isNotEmpty();
            assertThat(browser.findElement(By.id("form-message")).getText())
                    .isEqualTo("Kijk naar het gemarkeerde veld. Het gaat om: Platform-ID (issuer).");
            assertThat(browser.findElements(By.cssSelector("[aria-invalid='true']"))).hasSize(1);
            Browsers.assertAccessibleAt360(browser);
            var issuerField = browser.findElement(By.id("reg-issuer"));
            issuerField.clear();
            issuerField.sendKeys(issuer);
            button(wait, "Koppeling opslaan").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form .live"),
                    "De koppeling “" + name + "” is opgeslagen."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("table"), name));
            assertThat(row(browser, name).getText()).contains(issuer, "client-" + id, "1, 2", "Met de hand");
            Browsers.assertAccessibleAt360(browser);

            // Delete it, after a question.
            button(wait, "Verwijderen " + name).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")));
            button(wait, "Ja, verwijderen").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
                    "De koppeling “" + name + "” is verwijderd."));
            assertThat(browser.findElement(By.cssSelector("main")).getText()).doesNotContain(issuer);
        } finally {
            browser.quit();
        }
    }

    /** The input whose label has this text. */
    private static WebElement field(WebDriverWait wait, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//input[@id=//label[normalize-space(.)='" + label + "']/@for]")));
    }

    /** The button with this text (its visible words and its hidden context, as a screen reader reads it). */
    private static WebElement button(WebDriverWait wait, String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)='" + text + "']")));
    }

    private static WebElement row(WebDriver browser, String name) {
        // The name is the first line of the row's first cell (kind and date are the second).
        return browser.findElement(By.xpath("//tr[td[1]/span[1][normalize-space(.)='" + name + "']]"));
    }
}
