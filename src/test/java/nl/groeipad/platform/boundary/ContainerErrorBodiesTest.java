package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP listener refuses before the web app sees it (an invalid URI, a request beyond the listener's buffer)
 * is answered by the edge filters in {@code src/container} (package {@code nl.groeipad.edge}), which run on the
 * server's class path and cannot call the app. Their bodies are files; these rules keep them the app's own answers
 * and keep the listener wired to them in the bundle and in the ITs alike.
 */
class ContainerErrorBodiesTest {

    private static final Path BODIES = Path.of("src/container/resources/nl/groeipad/edge");

    /** 400: what the listener refuses; 503: what it answers while the web app does not serve (NotYetServing). */
    private static final int[] STATUSES = {400, 503};

    @Test
    void theFriendlyPagesAreTheErrorPageOfTheApp() throws Exception {
        for (var status : STATUSES) {
            assertThat(Files.readString(BODIES.resolve(status + ".nl.html"))).isEqualTo(ErrorPages.page(status, false, null));
            assertThat(Files.readString(BODIES.resolve(status + ".en.html"))).isEqualTo(ErrorPages.page(status, true, null));
        }
    }

    @Test
    void theProblemsAreTheProblemOfTheApp() throws Exception {
        for (var status : STATUSES) {
            for (var english : new boolean[] {false, true}) {
                var problem = ErrorPages.problem(status, english, null);
                var expected = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}\n"
                        .formatted(problem.type(), problem.title(), problem.status(), problem.detail());
                assertThat(Files.readString(BODIES.resolve(status + "." + (english ? "en" : "nl") + ".json")))
                        .as(status + (english ? " en" : " nl")).isEqualTo(expected);
            }
        }
    }

    @Test
    void theWebAppTellsTheEdgeFiltersWhenItServes() throws Exception {
        assertThat(Files.readString(Path.of("src/container/java/nl/groeipad/edge/NotYetServing.java")))
                .contains("static final String SERVING = \"" + ServingSignal.PROPERTY + "\";");
        assertThat(Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml")))
                .contains("<servlet-class>" + ServingSignal.class.getName() + "</servlet-class>");
        var signal = new ServingSignal();
        try {
            signal.init();
            assertThat(System.getProperty(ServingSignal.PROPERTY)).isEqualTo("true");
        } finally {
            signal.destroy();
        }
        assertThat(System.getProperty(ServingSignal.PROPERTY)).as("cleared when the context stops").isNull();
    }

    @Test
    void theListenerOfTheBundleAndOfTheItsGoesThroughTheEdgeFilters() throws Exception {
        for (var file : new String[] {"src/main/resources/pre-boot-commands.txt", "src/test/arquillian/payara-loopback.asadmin"}) {
            assertThat(Files.readAllLines(Path.of(file))).as(file).contains(
                    "set configs.config.server-config.network-config.protocols.protocol.groeipad-edge.port-unification.classname=nl.groeipad.edge.EdgePortUnification",
                    "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.protocol=groeipad-edge",
                    // HTTP/1.1 only on the plain listener (DeclinedUpgrade stands where the HTTP/2 filter would be)
                    "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.http2-enabled=false",
                    // the https-listener (off unless switched on) the same way
                    "set configs.config.server-config.network-config.protocols.protocol.groeipad-edge-tls.port-unification.classname=nl.groeipad.edge.EdgePortUnification",
                    "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.protocol=groeipad-edge-tls",
                    "set configs.config.server-config.network-config.protocols.protocol.https-listener.http.http2-enabled=false")
                    .anyMatch(line -> line.startsWith("create-protocol-finder --protocol groeipad-edge --targetprotocol http-listener --classname nl.groeipad.edge.AnyRequest "))
                    .anyMatch(line -> line.startsWith("create-protocol-finder --protocol groeipad-edge-tls --targetprotocol https-listener --classname nl.groeipad.edge.AnyRequest "));
        }
        assertThat(Path.of("src/container/java/nl/groeipad/edge/EdgePortUnification.java")).exists();
        assertThat(Path.of("src/container/java/nl/groeipad/edge/AnyRequest.java")).exists();
        assertThat(Path.of("src/container/java/nl/groeipad/edge/DeclinedUpgrade.java")).exists();
        assertThat(Path.of("src/container/java/nl/groeipad/edge/NotYetServing.java")).exists();
        assertThat(Files.readString(Path.of("src/test/arquillian/arquillian.xml"))).contains("--addlibs ${project.build.directory}/groeipad-edge.jar");
    }
}
