package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The web app's own error page: problem+json for machines, a friendly page for people. */
class ErrorPagesTest {

    @Test
    void theApisAndTheKeySetGetProblems() {
        assertThat(ErrorPages.wantsJson("/api/v1/nope", "text/html")).isTrue();
        assertThat(ErrorPages.wantsJson("/ims/case/nope", null)).isTrue();
        assertThat(ErrorPages.wantsJson("/lti/jwks", null)).isTrue();
        assertThat(ErrorPages.wantsJson("/nope", "application/json")).isTrue();
    }

    @Test
    void peopleGetAPage() {
        assertThat(ErrorPages.wantsJson("/nope", "text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
        assertThat(ErrorPages.wantsJson("/API/v1/me", null)).isFalse();
        assertThat(ErrorPages.wantsJson("/lti/launch", "application/json, text/html")).isFalse();
    }

    @Test
    void aServerErrorCarriesACorrelationIdAndNoDetailsOfTheFailure() {
        var problem = ErrorPages.problem(500, false, "c0ffee");
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.correlationId()).isEqualTo("c0ffee");
        assertThat(problem.detail()).endsWith("c0ffee");
        assertThat(ErrorPages.page(500, true, "c0ffee")).contains("c0ffee").doesNotContain("Exception");
    }

    @Test
    void everyErrorOfTheWebAppGoesToThisPage() throws Exception {
        var webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertThat(webXml).contains("<location>" + ErrorPages.PATH + "</location>")
                .contains("<exception-type>java.lang.Throwable</exception-type>")
                .contains("<error-code>404</error-code>", "<error-code>405</error-code>", "<error-code>500</error-code>");
        // Payara 7 cannot take a default error page (no code, no type): a NullPointerException and SEVERE at deploy.
        var pages = java.util.regex.Pattern.compile("<error-page>(.*?)</error-page>", java.util.regex.Pattern.DOTALL)
                .matcher(webXml).results().map(page -> page.group(1)).toList();
        assertThat(pages).isNotEmpty().allMatch(page -> page.contains("<error-code>") || page.contains("<exception-type>"));
    }

    @Test
    void theTestServerIsConfiguredLikeTheBundle() throws Exception {
        var bundle = Files.readAllLines(Path.of("src/main/resources/pre-boot-commands.txt"));
        var tests = Files.readAllLines(Path.of("src/test/arquillian/payara-loopback.asadmin"));
        assertThat(tests).as("the ITs' pre-boot commands include the bundle's").containsAll(bundle);
        assertThat(bundle).anyMatch(c -> c.endsWith("http-listener.http.server-header=false"))
                .anyMatch(c -> c.endsWith("http-listener.http.xframe-options=false"));
    }
}
