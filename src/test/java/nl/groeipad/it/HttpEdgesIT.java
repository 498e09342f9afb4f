package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The edges of the HTTP server over real HTTP (issue 6 §3 and §4): what the container itself refuses, a session of
 * an organisation that is gone, and the security headers — who may frame Groeipad, and no product banner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpEdgesIT {

    private static TestPlatform lms;
    private final ToolClient client = new ToolClient(Deployments.base());
    private final RawHttp raw = new RawHttp(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        if (lms != null) {
            lms.close();
        }
    }

    // ---- sessions of organisations that are gone ------------------------------------------------

    @Test
    void aSessionOfAnOrganisationThatWasRemovedIsRefused() throws Exception {
        try (var gone = TestPlatform.registeredAt(client, "Opgeheven leerbedrijf " + UUID.randomUUID())) {
            var token = ToolClient.sessionToken(client.freshBrowser().launch(gone, "coach-1"));
            assertThat(client.api("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);

            var registration = "/api/v1/admin/registrations/" + registrationIdOf(gone);
            var removed = client.admin("DELETE", registration, null,
                    ToolClient.json(client.admin("GET", registration, null)).getInt("version"));
            assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

            for (var call : new String[][] {{"GET", "/api/v1/me"}, {"POST", "/api/v1/session/renew"},
                    {"GET", "/api/v1/frameworks"}, {"GET", "/ims/case/v1p0/CFDocuments"}}) {
                var refused = client.api(call[0], call[1], token, null);
                assertThat(refused.statusCode()).as(call[1] + ": " + refused.body()).isEqualTo(401);
                assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(refused.body()).contains("https://groeipad.nl/problems/unauthenticated");
            }
        }
    }

    // ---- what the container refuses --------------------------------------------------------------

    @Test
    void whatTheServerRefusesUnderTheApisIsAProblem() {
        var requests = new String[][] {
                {"GET", "/api/v1/..%2Fme", "404"},
                {"GET", "/api//v1/me", "404"},
                {"GET", "/api/v1/./me", "404"},
                {"GET", "/api/nope", "404"},
                {"GET", "/api/v1;x=1/me", "400"},
                {"DELETE", "/api/v1/me", "405"},
                {"GET", "/ims/case/nope", "404"},
                {"GET", "/ims/case/v1p0/nope", "404"},
                {"POST", "/lti/jwks", "405"},
        };
        for (var request : requests) {
            var answer = raw.send(request[0], request[1], Map.of("Accept", "*/*"), (String) null);
            var described = request[0] + " " + request[1] + " -> " + answer;
            assertThat(answer.status()).as(described).isEqualTo(Integer.parseInt(request[2]));
            assertThat(answer.contentType()).as(described).startsWith("application/problem+json");
            var problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertThat(problem.getInt("status")).as(described).isEqualTo(answer.status());
            assertThat(problem.getString("type")).as(described).startsWith("https://groeipad.nl/problems/");
            assertThat(answer.body()).as(described).doesNotContainIgnoringCase("payara");
        }
    }

    @Test
    void peopleGetAFriendlyPageForAddressesThatDoNotExist() {
        for (var path : new String[] {"/nope", "/API/v1/me", "/app/nope.html", "/admin/nope", "/themes/nope.css"}) {
            var answer = raw.send("GET", path, Map.of("Accept", "text/html", "Accept-Language", "nl"), (String) null);
            assertThat(answer.status()).as(path + " -> " + answer).isEqualTo(404);
            assertThat(answer.contentType()).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).contains("Pagina niet gevonden – Groeipad").doesNotContainIgnoringCase("payara");
        }
        var english = raw.send("GET", "/nope", Map.of("Accept-Language", "en"), (String) null);
        assertThat(english.body()).contains("Page not found");
    }

    /**
     * A request line or headers over the old 8 KiB limit used to be refused by Payara's listener with a bare 400 and
     * an empty body. The listener's buffer is raised (pre-boot commands) and the app holds the limit instead
     * ({@code RequestSizeLimit}): 414 for a long address, 431 for long headers, answered by the app's error page.
     */
    @Test
    void aLongAddressOrLongHeadersGetAProblemUnderTheApisAndAFriendlyPageElsewhere() {
        var longQuery = "?q=" + "a".repeat(1_000_000);
        for (var target : new String[] {"/api/v1/me" + longQuery, "/ims/case/v1p0/CFDocuments" + longQuery,
                "/lti/jwks" + longQuery, "/api/v1/" + "x".repeat(9_000)}) {
            var answer = raw.send("GET", target, Map.of("Accept", "*/*"), (String) null);
            assertProblem(target, answer, 414);
        }
        var longHeader = raw.send("GET", "/api/v1/me", Map.of("X-Long", "b".repeat(20_000)), (String) null);
        assertProblem("/api/v1/me with a 20 KB header", longHeader, 431);

        for (var target : new String[] {"/app/" + longQuery, "/" + longQuery}) {
            var answer = raw.send("GET", target, Map.of("Accept", "text/html", "Accept-Language", "nl"), (String) null);
            var described = target.substring(0, 40) + " -> " + answer.status() + " " + answer.contentType();
            assertThat(answer.status()).as(described).isEqualTo(414);
            assertThat(answer.contentType()).as(described).startsWith("text/html");
            assertThat(answer.body()).as(described).contains("Dit lukte niet", "HTTP-414").doesNotContainIgnoringCase("payara");
        }
        var page = raw.send("GET", "/app/", Map.of("Accept", "text/html", "X-Long", "b".repeat(20_000)), (String) null);
        assertThat(page.status()).isEqualTo(431);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("HTTP-431");

        var ordinary = raw.send("GET", "/api/v1/me?q=" + "a".repeat(7_000), Map.of("X-Some", "c".repeat(6_000)), (String) null);
        assertThat(ordinary.status()).as("within the limits the app answers as always").isEqualTo(401);
    }

    private static void assertProblem(String target, RawHttp.Answer answer, int status) {
        var described = target.substring(0, Math.min(40, target.length())) + " -> " + answer.status() + " "
                + answer.contentType() + " " + answer.body().substring(0, Math.min(200, answer.body().length()));
        assertThat(answer.status()).as(described).isEqualTo(status);
        assertThat(answer.contentType()).as(described).startsWith("application/problem+json");
        var problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).as(described).isEqualTo(status);
        assertThat(problem.getString("type")).as(described).isEqualTo("https://groeipad.nl/problems/request-too-long");
    }

    /**
     * Payara refuses these before any web application sees them: an invalid URI ({@code %00}, an overlong UTF-8
     * escape, a backslash, {@code ..%2F} that leaves the root) in {@code CoyoteAdapter.postParseRequest}
     * ({@code sendError(400)}, then it returns without running the host's pipeline), a request whose line and headers
     * exceed the listener's 2 MiB buffer in Grizzly's HTTP codec. Both used to leave with an empty body; the listener's
     * edge filters ({@code src/container}, {@code nl.groeipad.edge}) give them Groeipad's answer. The status stays 400.
     */
    @Test
    void anInvalidAddressGetsAProblemUnderTheApisAndAFriendlyPageElsewhere() {
        for (var target : new String[] {"/api/v1/me%00", "/api/v1/%C0%AFme", "/api/v1/me%5C", "/ims/case/v1p0/%00",
                "/lti/jwks%C0%AF"}) {
            var answer = raw.send("GET", target, Map.of(), (String) null);
            assertBadRequestProblem(target, answer, "Ongeldig verzoek");
        }
        var english = raw.send("GET", "/api/v1/me%00", Map.of("Accept-Language", "en"), (String) null);
        assertBadRequestProblem("/api/v1/me%00 in English", english, "Bad request");
        var askedForJson = raw.send("GET", "/app/%00", Map.of("Accept", "application/json"), (String) null);
        assertBadRequestProblem("/app/%00 asking for JSON", askedForJson, "Ongeldig verzoek");

        for (var target : new String[] {"/app/%00", "/app/..%2F..%2Fetc", "/%C0%AF", "/admin/%5C"}) {
            var answer = raw.send("GET", target, Map.of("Accept", "text/html"), (String) null);
            assertFriendlyBadRequestPage(target, answer, "Dit lukte niet");
        }
        var page = raw.send("GET", "/app/%00", Map.of("Accept", "text/html", "Accept-Language", "en-GB,nl;q=0.5"), (String) null);
        assertFriendlyBadRequestPage("/app/%00 in English", page, "This did not work");
    }

    @Test
    void aRequestBeyondTheListenersBufferGetsAProblemUnderTheApisAndAFriendlyPageElsewhere() {
        var hugeQuery = "?q=" + "a".repeat(3_000_000);
        assertBadRequestProblem("/api/v1/me?q=3 MB", raw.send("GET", "/api/v1/me" + hugeQuery, Map.of(), (String) null),
                "Ongeldig verzoek");
        assertBadRequestProblem("/api/v1/me with a 3 MB header",
                raw.send("GET", "/api/v1/me", Map.of("X-Huge", "b".repeat(3_000_000)), (String) null), "Ongeldig verzoek");
        assertFriendlyBadRequestPage("/app/?q=3 MB", raw.send("GET", "/app/" + hugeQuery, Map.of(), (String) null),
                "Dit lukte niet");
    }

    /**
     * The codec refuses a request over its buffer before any filter above it sees the request; its answer used to
     * be chosen from the start of the connection's first read only, so a request pipelined behind another kept the
     * bare 400 (or got an answer chosen from the middle of its own target). Now the codec's own parse describes it:
     * the path, and the Accept and Accept-Language headers read before the one that overflowed.
     */
    @Test
    void aRefusedRequestPipelinedBehindAnotherGetsGroeipadsAnswerToo() {
        var answers = raw.pipeline(List.of(
                request("GET /api/v1/me HTTP/1.1", "Accept: */*"),
                request("GET /api/v1/me?q=" + "a".repeat(3_000_000) + " HTTP/1.1", "Accept: */*")));
        assertThat(answers).as("one answer per request, in order").hasSize(2);
        assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(401);
        assertBadRequestProblem("pipelined /api/v1/me?q=3 MB", answers.get(1), "Ongeldig verzoek");

        var page = raw.pipeline(List.of(
                request("GET /health/ready HTTP/1.1"),
                request("GET /app/ HTTP/1.1", "Accept: text/html", "Accept-Language: en-GB,nl;q=0.5",
                        "X-Huge: " + "b".repeat(3_000_000))));
        assertThat(page).hasSize(2);
        assertThat(page.get(0).status()).isEqualTo(200);
        assertFriendlyBadRequestPage("pipelined /app/ with a 3 MB header, in English", page.get(1), "This did not work");
    }

    /** The headers before the one that overflowed the buffer count: Accept-Language chooses the language. */
    @Test
    void aRequestBeyondTheListenersBufferIsAnsweredInTheLanguageItAskedFor() {
        var answer = raw.send("GET", "/api/v1/me", orderedHeaders("Accept-Language", "en", "X-Huge", "b".repeat(3_000_000)),
                (String) null);
        assertBadRequestProblem("/api/v1/me with a 3 MB header, in English", answer, "Bad request");
        var asksJson = raw.send("GET", "/app/", orderedHeaders("Accept", "application/json", "X-Huge", "b".repeat(3_000_000)),
                (String) null);
        assertBadRequestProblem("/app/ asking for JSON with a 3 MB header", asksJson, "Ongeldig verzoek");
    }

    /**
     * When the refused request is the first of a pipeline, the codec answers it and closes the connection (the answer
     * says {@code Connection: close}): after a request whose framing it could not read, a server cannot know where
     * the next request begins, and RFC 9112 (section 9.6) lets it close after its answer; the client sends the rest
     * again on a new connection (section 9.3.1). So there is exactly one answer, and it is Groeipad's.
     */
    @Test
    void aRefusedFirstRequestOfAPipelineIsAnsweredAndTheConnectionClosed() {
        var answers = raw.pipeline(List.of(
                request("GET /api/v1/me?q=" + "a".repeat(3_000_000) + " HTTP/1.1"),
                request("GET /health/ready HTTP/1.1")));
        assertThat(answers).as("the codec closes after the refusal").hasSize(1);
        assertBadRequestProblem("first of a pipeline, /api/v1/me?q=3 MB", answers.getFirst(), "Ongeldig verzoek");
        assertThat(answers.getFirst().header("Connection")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("close"));
    }

    private String request(String requestLine, String... headers) {
        var text = new StringBuilder(requestLine).append("\r\nHost: ").append(URI.create(Deployments.base()).getAuthority())
                .append("\r\n");
        for (var header : headers) {
            text.append(header).append("\r\n");
        }
        return text.append("\r\n").toString();
    }

    private static Map<String, String> orderedHeaders(String... namesAndValues) {
        var headers = new java.util.LinkedHashMap<String, String>();
        for (var i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    @Test
    void anAnswerToHeadStaysWithoutABodyAndTheAppsOwnAnswersAreUntouched() {
        var head = raw.send("HEAD", "/api/v1/me%00", Map.of(), (String) null);
        assertThat(head.status()).isEqualTo(400);
        assertThat(head.body()).as("HEAD has no body").isEmpty();

        var app = raw.send("GET", "/api/v1/me", Map.of(), (String) null);
        assertThat(app.status()).as("the app's own answer").isEqualTo(401);
        assertThat(app.body()).contains("https://groeipad.nl/problems/unauthenticated");
        var ready = raw.send("GET", "/health/ready", Map.of(), (String) null);
        assertThat(ready.status()).isEqualTo(200);
    }

    /**
     * The plain listener speaks HTTP/1.1 only (README, "Configure"; HTTP/2 to browsers comes from the TLS proxy). A
     * request asking for an h2c upgrade, as Java's HttpClient does by default, is served over HTTP/1.1 like any other,
     * its body read by its length and its connection fit for the next request: it once hung until the client gave up
     * (nl.groeipad.edge.DeclinedUpgrade).
     */
    @Test
    void aPostAskingForAnH2cUpgradeIsAnsweredOverHttp11AsWithoutIt() {
        var form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        var plain = raw.send("POST", "/lti/launch", form, "id_token=x&state=y");
        var upgrade = new java.util.HashMap<String, String>(form);
        upgrade.put("Upgrade", "h2c");
        upgrade.put("HTTP2-Settings", "AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA");
        var asked = raw.send("POST", "/lti/launch", upgrade, "id_token=x&state=y");

        assertThat(asked.status()).as(asked.toString()).isEqualTo(plain.status()).isEqualTo(400);
        assertThat(asked.has("Upgrade")).as("no switch to h2c").isFalse();
        assertThat(asked.contentType()).isEqualTo(plain.contentType());
        assertThat(asked.body()).isEqualTo(plain.body()).contains("Groeipad");
    }

    /** Hostile input: a request asking for a protocol nobody offers, with a body, is answered too, never left hanging. */
    @Test
    void aPostAskingForAnUnknownUpgradeIsAnsweredOverHttp11() {
        var form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        var plain = raw.send("POST", "/lti/launch", form, "id_token=x&state=y");
        for (var protocol : List.of("foo/1.0", "TLS/1.2, IRC/6.9", "h2")) {
            var upgrade = new java.util.HashMap<String, String>(form);
            upgrade.put("Upgrade", protocol);
            var asked = raw.send("POST", "/lti/launch", upgrade, "id_token=x&state=y");
            assertThat(asked.status()).as(protocol + ": " + asked).isEqualTo(plain.status()).isEqualTo(400);
            assertThat(asked.has("Upgrade")).as("no switch to " + protocol).isFalse();
            assertThat(asked.body()).isEqualTo(plain.body());
        }
    }

    /** The same with Java's own client, whose connection is then kept for the next requests (HTTP/1.1 keep-alive). */
    @Test
    void javasHttpClientKeepsItsConnectionAfterAskingForH2c() throws Exception {
        try (var javaClient = HttpClient.newHttpClient()) { // HTTP/2 by default: its first request asks for h2c
            var post = javaClient.send(HttpRequest.newBuilder(URI.create(Deployments.base() + "/api/v1/me"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(post.body()).isEqualTo(405);
            assertThat(post.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            for (var i = 0; i < 3; i++) {
                var ready = javaClient.send(HttpRequest.newBuilder(URI.create(Deployments.base() + "/health/ready"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).as("request %d after the h2c question", i + 1).isEqualTo(200);
            }
        }
    }

    private static void assertBadRequestProblem(String target, RawHttp.Answer answer, String title) {
        var described = target + " -> " + answer;
        assertThat(answer.status()).as(described).isEqualTo(400);
        assertThat(answer.contentType()).as(described).startsWith("application/problem+json");
        var problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).as(described).isEqualTo(400);
        assertThat(problem.getString("type")).as(described).isEqualTo("https://groeipad.nl/problems/bad-request");
        assertThat(problem.getString("title")).as(described).isEqualTo(title);
        assertThat(answer.header("Cache-Control")).as(described).hasValue("no-store");
        assertNoBanner(described, answer);
    }

    private static void assertFriendlyBadRequestPage(String target, RawHttp.Answer answer, String title) {
        var described = target + " -> " + answer.status() + " " + answer.contentType();
        assertThat(answer.status()).as(described).isEqualTo(400);
        assertThat(answer.contentType()).as(described).startsWith("text/html");
        assertThat(answer.body()).as(described).contains(title + " – Groeipad", "HTTP-400");
        assertThat(answer.header("Content-Security-Policy")).as(described).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(answer.header("Cache-Control")).as(described).hasValue("no-store");
        assertNoBanner(described, answer);
    }

    private static void assertNoBanner(String described, RawHttp.Answer answer) {
        assertThat(answer.has("Server")).as(described).isFalse();
        assertThat(answer.has("X-Powered-By")).as(described).isFalse();
        assertThat(answer.header("X-Content-Type-Options")).as(described).hasValue("nosniff");
        assertThat(answer.body()).as(described).doesNotContainIgnoringCase("payara").doesNotContain("Exception");
    }

    // ---- security headers -----------------------------------------------------------------------

    @Test
    void theAppMayBeFramedByTheRegisteredPlatformsOnly() throws Exception {
        var first = lms();
        var app = raw.send("GET", "/app/", Map.of(), (String) null);
        assertThat(app.status()).isEqualTo(200);
        var ancestors = frameAncestors(app);
        assertThat(ancestors).contains("'self'", origin(first)).doesNotContain("*");
        assertThat(app.has("X-Frame-Options")).as("no X-Frame-Options where framing is allowed").isFalse();

        try (var second = TestPlatform.registeredAt(client, "Nieuw leerbedrijf " + UUID.randomUUID())) {
            var launch = raw.send("GET", "/lti/login", Map.of(), (String) null);
            assertThat(frameAncestors(launch)).as("a new registration may frame Groeipad at once")
                    .contains(origin(second));
        }
    }

    @Test
    void theRegistrationPageMayAlsoBeFramedByTheHostsAllowedToRegister() {
        var page = raw.send("GET", "/lti/register", Map.of(), (String) null);
        assertThat(frameAncestors(page)).contains("'self'", "127.0.0.1", "localhost");
    }

    @Test
    void theApisAndTheOperatorPageAreNeverFramed() {
        for (var path : new String[] {"/api/v1/me", "/admin/", "/ims/case/v1p0/CFDocuments"}) {
            var answer = raw.send("GET", path, Map.of(), (String) null);
            assertThat(frameAncestors(answer)).as(path).isEqualTo("'none'");
            assertThat(answer.header("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void noAnswerNamesTheServerProductAndPlainHttpGetsNoHsts() {
        for (var path : new String[] {"/app/", "/api/v1/me", "/lti/jwks", "/nope", "/health/ready"}) {
            var answer = raw.send("GET", path, Map.of(), (String) null);
            assertThat(answer.has("Server")).as(path + " has a Server header").isFalse();
            assertThat(answer.has("X-Powered-By")).as(path).isFalse();
            assertThat(answer.has("Strict-Transport-Security")).as(path + ": the public URL of the tests is http").isFalse();
        }
    }

    private static String frameAncestors(RawHttp.Answer answer) {
        var policy = answer.header("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP: " + answer));
        for (var directive : policy.split(";")) {
            if (directive.strip().startsWith("frame-ancestors ")) {
                return directive.strip().substring("frame-ancestors ".length());
            }
        }
        throw new AssertionError("no frame-ancestors in " + policy);
    }

    private static String origin(TestPlatform platform) {
        var issuer = java.net.URI.create(platform.issuer());
        return issuer.getScheme() + "://" + issuer.getHost() + ":" + issuer.getPort();
    }

    private TestPlatform lms() throws Exception {
        if (lms == null) {
            lms = TestPlatform.registeredAt(client, "Randen " + UUID.randomUUID());
        }
        return lms;
    }

    private String registrationIdOf(TestPlatform platform) {
        return ToolClient.jsonArray(client.admin("GET", "/api/v1/admin/registrations", null))
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(r -> r.getString("issuer").equals(platform.issuer()))
                .findFirst().orElseThrow().getString("id");
    }
}
