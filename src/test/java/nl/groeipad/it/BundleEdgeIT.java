package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * The runnable bundle, started in its own process as an operator starts it, seen from outside (issue 6 §3): while it
 * starts, before Groeipad is deployed, the listener answers with Groeipad's 503 (problem+json under the APIs, the
 * friendly page elsewhere, with Retry-After) and never with Payara's own error page (nl.groeipad.edge.NotYetServing);
 * and with TLS switched on ({@code --sslport}, Payara's own self-signed certificate) the {@code https-listener} goes
 * through the same edge filters as the plain one.
 */
class BundleEdgeIT {

    private final int port = Integer.parseInt(System.getProperty("it.http.port", "18080")) + 11;
    private final int tlsPort = port + 1;

    @Test
    void whileItStartsTheListenerAnswersWithGroeipads503AndOverTlsWithGroeipadsAnswersToo() throws Exception {
        var loopback = Path.of("target", "bundle-edge-loopback.asadmin").toAbsolutePath();
        Files.writeString(loopback, """
                set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
                set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1
                """);
        var raw = new RawHttp("http://127.0.0.1:" + port);
        var duringStart = new ArrayList<String>();
        var api = new ArrayList<RawHttp.Answer>();
        var page = new ArrayList<RawHttp.Answer>();
        var pipelined = new ArrayList<String>();
        Runnable ask = () -> {
            try {
                pipelined.add(pipelinedPair());
                var answer = raw.send("GET", "/api/v1/me", Map.of("Accept-Language", "en"), (String) null);
                api.add(answer);
                duringStart.add("/api/v1/me -> " + answer);
                page.add(raw.send("GET", "/app/", Map.of("Accept", "text/html", "Accept-Language", "nl"), (String) null));
            } catch (UncheckedIOException | IllegalStateException notListeningYet) {
                // connection refused (or closed without an answer) before the listener is up
            }
        };
        // -Dit.bundle=<jar> runs this against another build (e.g. one from before the edge filters)
        var jar = Path.of(System.getProperty("it.bundle", "target/groeipad-microbundle.jar"));
        try (var bundle = Bundle.start(jar, port, List.of(),
                List.of("--sslport", String.valueOf(tlsPort), "--prebootcommandfile", loopback.toString()),
                Bundle.environment(port, Map.of()), Path.of("target", "bundle-edge-server.log"), Duration.ofMinutes(5), ask)) {

            System.out.printf("BundleEdgeIT: while it started, /api/v1/me was answered %s; ready after %s%n",
                    api.stream().collect(java.util.stream.Collectors.groupingBy(RawHttp.Answer::status,
                            java.util.TreeMap::new, java.util.stream.Collectors.counting())), bundle.readyAfter());
            var unavailable = api.stream().filter(a -> a.status() == 503).toList();
            assertThat(unavailable).as("answers while it started: %s", duringStart).isNotEmpty();
            for (var answer : api) {
                if (answer.status() == 503) {
                    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
                    var problem = Json.createReader(new StringReader(answer.body())).readObject();
                    assertThat(problem.getString("type")).isEqualTo("https://groeipad.nl/problems/unavailable");
                    assertThat(problem.getString("title")).isEqualTo("Not available yet");
                    assertThat(answer.header("Retry-After")).hasValue("10");
                    assertThat(answer.header("Connection")).hasValue("close");
                } else {
                    assertThat(answer.status()).as("once deployed, the app answers: " + answer).isEqualTo(401);
                }
                assertThat(answer.body()).as(answer.toString()).doesNotContainIgnoringCase("payara");
            }
            assertThat(page).filteredOn(a -> a.status() == 503).isNotEmpty().allSatisfy(answer -> {
                assertThat(answer.contentType()).startsWith("text/html");
                assertThat(answer.body()).contains("Nog niet beschikbaar – Groeipad", "HTTP-503");
                assertThat(answer.header("Retry-After")).hasValue("10");
            });
            assertThat(page).allSatisfy(answer -> {
                assertThat(answer.status()).as(answer.toString()).isIn(503, 200);
                assertThat(answer.body()).doesNotContainIgnoringCase("payara");
            });
            assertThat(raw.send("GET", "/api/v1/me", Map.of(), (String) null).status()).as("ready: the app answers").isEqualTo(401);
            // Two requests in one write while it starts: the 503 says Connection: close, so nothing after it is
            // answered on that connection (RFC 9112 §9.6), not even the second request that was already read.
            var refusedPairs = pipelined.stream().filter(a -> a.startsWith("HTTP/1.1 503")).toList();
            assertThat(refusedPairs).as("pipelined pairs while it started: %s", pipelined).isNotEmpty()
                    .allSatisfy(a -> assertThat(STATUS_LINE.matcher(a).results().count()).as(a).isEqualTo(1));
            var ready = pipelinedPair();
            assertThat(STATUS_LINE.matcher(ready).results().count()).as("once ready, both are answered: " + ready).isEqualTo(2);

            // TLS: the https-listener goes through the edge filters too
            var invalid = overTls("GET /api/v1/me%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertBadRequestProblem("over TLS, /api/v1/me%00", invalid);
            var huge = overTls("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Huge: "
                    + "b".repeat(3_000_000) + "\r\n\r\n");
            assertBadRequestProblem("over TLS, a 3 MB header", huge);
            var app = overTls("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(app.status()).as(app.toString()).isEqualTo(401);
            assertThat(app.body()).contains("https://groeipad.nl/problems/unauthenticated");
        }
    }

    private static final java.util.regex.Pattern STATUS_LINE = java.util.regex.Pattern.compile("HTTP/1\\.1 \\d{3} ");

    /** Two GETs in one write on one connection (the second asks to close); everything the server sends until it closes. */
    private String pipelinedPair() {
        try (var socket = new java.net.Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    + "GET /app/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException notListeningYet) {
            throw new UncheckedIOException(notListeningYet);
        }
    }

    private static void assertBadRequestProblem(String described, RawHttp.Answer answer) {
        assertThat(answer.status()).as(described + " -> " + answer).isEqualTo(400);
        assertThat(answer.contentType()).as(described + " -> " + answer).startsWith("application/problem+json");
        assertThat(answer.body()).as(described).contains("https://groeipad.nl/problems/bad-request");
        // Grizzly's OutputBuffer marks the headers as sent when the container commits its empty 400; added after
        // that, Cache-Control counted as a forbidden trailer and was dropped (EmptyErrorBodies#headersAgain)
        assertThat(answer.header("Cache-Control")).as(described + " -> " + answer).hasValue("no-store");
    }

    /** One request over TLS to the bundle's https-listener, trusting its self-signed certificate (a test only). */
    private RawHttp.Answer overTls(String request) throws Exception {
        var trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        var tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, null);
        try (var socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", tlsPort), 10_000);
            socket.setSoTimeout(60_000);
            socket.startHandshake();
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before it read everything
            }
            var in = socket.getInputStream();
            var out = new java.io.ByteArrayOutputStream();
            var buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException closedAfterTheAnswer) {
                // a TLS peer that closes without close_notify after its answer
            }
            return RawHttp.parse(out.toByteArray());
        }
    }
}
