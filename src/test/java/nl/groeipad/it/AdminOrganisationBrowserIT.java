package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator page at 1280 px (issue 8 §15, §16): the registration table fits without sideways scrolling, the
 * operator links a second registration to the first one's organisation, the feedback appears where the focus goes,
 * and a new registration's success message is in view next to the button. axe-core finds no violations, also at
 * 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminOrganisationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void theOperatorLinksASecondRegistrationAndTheTableFits1280() throws Exception {
        var base = Deployments.base();
        var client = new ToolClient(base);
        var first = TestPlatform.registeredAt(client, "Moodle Eerste (orgtest)");
        var second = TestPlatform.registeredAt(client, "Moodle Tweede (orgtest)");
        WebDriver browser = Browsers.chromium();
        try {
            browser.manage().window().setSize(new Dimension(1280, 900));
            var wait = Browsers.waitOn(browser);
            var js = (JavascriptExecutor) browser;
            browser.get(base + "/admin/");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("admin-secret"))).sendKeys(ToolClient.ADMIN_SECRET);
            browser.findElement(By.xpath("//button[normalize-space(.)='Doorgaan']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("table"), "Moodle Tweede (orgtest)"));

            // §16: the table fits 1280 px, long issuers and client ids wrap inside their cells.
            var fits = (Boolean) js.executeScript("const w = document.querySelector('.table-wrap');"
                    + " return w.scrollWidth <= w.clientWidth + 1;");
            assertThat(fits).as("registration table scrolls sideways at 1280 px").isTrue();

            // §15: link the second to the first one's organisation.
            var select = browser.findElement(By.xpath(
                    "//label[normalize-space(.)='Koppel aan organisatie Moodle Tweede (orgtest)']/following-sibling::select"));
            new Select(select).selectByVisibleText("Moodle Eerste (orgtest)");
            browser.findElement(By.xpath("//button[normalize-space(.)='Koppel Moodle Tweede (orgtest)']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
                    "“Moodle Tweede (orgtest)” hoort nu bij “Moodle Eerste (orgtest)”"));
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("list-title");
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Hoort bij: Moodle Eerste (orgtest)",
                    "Eigen organisatie, samen met: Moodle Tweede (orgtest)");
            Browsers.assertAccessibleAt360(browser); // axe at this size too; the page is not 360 wide here
            assertThat((Boolean) js.executeScript("const w = document.querySelector('.table-wrap');"
                    + " return w.scrollWidth <= w.clientWidth + 1;")).isTrue();

            // §16: after saving a new registration its message is in view, next to the button.
            var id = java.util.UUID.randomUUID().toString().substring(0, 8);
            var issuer = "https://moodle-" + id + ".example.org";
            for (var field : new String[][] {{"reg-name", "Moodle Derde " + id}, {"reg-issuer", issuer}, {"reg-clientId", "c-" + id},
                    {"reg-authUrl", issuer + "/mod/lti/auth.php"}, {"reg-tokenUrl", issuer + "/mod/lti/token.php"},
                    {"reg-jwksUrl", issuer + "/mod/lti/certs.php"}, {"reg-deploymentIds", "1"}}) {
                browser.findElement(By.id(field[0])).sendKeys(field[1]);
            }
            browser.findElement(By.xpath("//button[normalize-space(.)='Koppeling opslaan']")).click();
            var message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-message")));
            wait.until(ExpectedConditions.textToBePresentInElement(message, "is opgeslagen"));
            // In view once the page settled (the list above it grew by a row), without the admin scrolling.
            var where = "const r = document.getElementById('form-message').getBoundingClientRect();"
                    + " return 'top ' + r.top + ' bottom ' + r.bottom + ' viewport ' + window.innerHeight + ' scrollY ' + window.scrollY;";
            try {
                wait.until(d -> (Boolean) js.executeScript(
                        "const r = document.getElementById('form-message').getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight + 1;"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the success message is not in view: " + js.executeScript(where), e);
            }

            browser.manage().window().setSize(new Dimension(360, 800));
            Browsers.assertAccessibleAt360(browser);
        } finally {
            browser.quit();
            first.close();
            second.close();
        }
    }
}
