package nl.groeipad.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * An LTI 1.3 platform inside the test, on loopback: OpenID configuration, registration endpoint (Dynamic
 * Registration), key set and an authorization endpoint that answers like Moodle 5.1 (auto-posting form
 * with the id_token, {@code exp = iat + 60}). Each instance is a separate LMS with its own key and issuer.
 * The issuer carries a unique path ({@code http://127.0.0.1:<port>/lms-<id>}, as a Moodle site in a folder): one
 * server serves all IT classes, and a later platform that happens to get a closed one's port must not meet the
 * tool's cached key set of that earlier platform (cached per key-set URL, refetched at most every 30 s).
 */
public final class TestPlatform implements AutoCloseable {

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final HttpServer server;
    private final String path = "/lms-" + UUID.randomUUID().toString().substring(0, 8);
    private final RSAKey key;
    private final String registrationToken = UUID.randomUUID().toString();
    private final List<JsonObject> registrationRequests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> deepLinkingResponses = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<String, Object>> people = new LinkedHashMap<>();
    private volatile String clientId = "client-" + UUID.randomUUID();
    private volatile String deploymentId = "1";
    private volatile Consumer<JWTClaimsSet.Builder> tamper = b -> { };
    private final TestPlatformServices services;

    public TestPlatform() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("platform-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext(path + "/.well-known/openid-configuration", this::openidConfiguration);
        server.createContext(path + "/register", this::register);
        server.createContext(path + "/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext(path + "/auth", this::authorize);
        server.createContext(path + "/dl-return", this::deepLinkingReturn);
        server.createContext(path + "/course", ex -> send(ex, 200, "text/html", "<!doctype html><html lang=\"nl\"><head><title>Cursus</title></head>"
                + "<body><main><h1>Cursus</h1><iframe id=\"tool\" title=\"Groeipad\" style=\"width:100%;height:700px\" src=\""
                + query(ex.getRequestURI()).get("launch").replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe></main></body></html>"));
        services = new TestPlatformServices(server, path, this::issuer, () -> clientId);
        server.start();
        person("learner-1", "Deelnemer", "Een", LEARNER);
        person("coach-1", "Coach", "Eén", INSTRUCTOR);
    }

    /**
     * A new organisation for one test class: a platform registered manually through the admin API (a new tenant),
     * named {@code name}. Close it after the class ({@code @AfterAll}).
     */
    public static TestPlatform registeredAt(ToolClient tool, String name) throws IOException, JOSEException {
        var platform = new TestPlatform();
        var created = tool.admin("POST", "/api/v1/admin/registrations", Json.createObjectBuilder()
                .add("name", name).add("issuer", platform.issuer()).add("clientId", platform.clientId())
                .add("authUrl", platform.issuer() + "/auth").add("jwksUrl", platform.issuer() + "/jwks")
                .add("deploymentIds", Json.createArrayBuilder().add(platform.deploymentId())).build().toString());
        if (created.statusCode() != 201) {
            platform.close();
            throw new AssertionError("registering " + name + " answered " + created.statusCode() + ": " + created.body());
        }
        return platform;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A course page of this LMS that embeds the given tool URL in an iframe, as Moodle's "embed" container does. */
    public String coursePage(String toolUrl) {
        return issuer() + "/course?launch=" + java.net.URLEncoder.encode(toolUrl, StandardCharsets.UTF_8);
    }

    public String openidConfigurationUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public String registrationToken() {
        return registrationToken;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    /** The deep_link_return_url this platform names in its deep-linking requests. */
    public String deepLinkingReturnUrl() {
        return issuer() + "/dl-return";
    }

    /** The JWTs tools posted to {@link #deepLinkingReturnUrl()}, oldest first. */
    public List<String> deepLinkingResponses() {
        return List.copyOf(deepLinkingResponses);
    }

    public List<JsonObject> registrationRequests() {
        return List.copyOf(registrationRequests);
    }

    /** A user the platform can launch: login_hint = subject. */
    public void person(String subject, String givenName, String familyName, String role) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("given_name", givenName);
        claims.put("family_name", familyName);
        claims.put("name", givenName + " " + familyName);
        claims.put("role", role);
        people.put(subject, claims);
    }

    /** Token endpoint, AGS and NRPS of this LMS, with fault injection (off until {@code services().offer(...)}). */
    public TestPlatformServices services() {
        return services;
    }

    /** Changes what the next id_tokens carry, to produce broken launches. */
    public void tamper(Consumer<JWTClaimsSet.Builder> change) {
        this.tamper = change;
    }

    public String idToken(String subject, String nonce, String toolLaunchUrl) {
        var person = people.get(subject);
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer()).audience(clientId).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", nonce)
                .claim("given_name", person.get("given_name")).claim("family_name", person.get("family_name"))
                .claim("name", person.get("name")).claim("email", subject + "@example.org")
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", deploymentId)
                .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", toolLaunchUrl)
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "1", "title", "Groeipad"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/roles", List.of(person.get("role")))
                .claim("https://purl.imsglobal.org/spec/lti/claim/context",
                        Map.of("id", "2", "label", "WPO1", "title", "WPO Demo", "type", List.of("CourseSection")))
                .claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
                        Map.of("locale", "nl", "document_target", "iframe"));
        services.claims("2").forEach(claims::claim);
        tamper.accept(claims);
        return sign(claims.build());
    }

    public String sign(JWTClaimsSet claims) {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void openidConfiguration(HttpExchange ex) throws IOException {
        var body = Json.createObjectBuilder()
                .add("issuer", issuer())
                .add("authorization_endpoint", issuer() + "/auth")
                .add("token_endpoint", issuer() + "/token")
                .add("jwks_uri", issuer() + "/jwks")
                .add("registration_endpoint", issuer() + "/register")
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("private_key_jwt"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("scopes_supported", Json.createArrayBuilder().add("openid"))
                .add("response_types_supported", Json.createArrayBuilder().add("id_token"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("https://purl.imsglobal.org/spec/lti-platform-configuration", Json.createObjectBuilder()
                        .add("product_family_code", "testlms").add("version", "1"))
                .build();
        send(ex, 200, "application/json", body.toString());
    }

    private void register(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())
                || !("Bearer " + registrationToken).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        var request = Json.createReader(new StringReader(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
        registrationRequests.add(request);
        clientId = "dyn-" + UUID.randomUUID();
        deploymentId = "dep-" + UUID.randomUUID().toString().substring(0, 8);
        var answer = Json.createObjectBuilder(request)
                .add("client_id", clientId)
                .add("https://purl.imsglobal.org/spec/lti-tool-configuration",
                        Json.createObjectBuilder(request.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration"))
                                .add("deployment_id", deploymentId))
                .build();
        send(ex, 200, "application/json", answer.toString());
    }

    /** The OIDC authorization endpoint: checks the tool's authentication request, then auto-posts the id_token. */
    private void authorize(HttpExchange ex) throws IOException {
        var q = query(ex.getRequestURI());
        var person = people.get(q.get("login_hint"));
        if (!clientId.equals(q.get("client_id")) || !"id_token".equals(q.get("response_type"))
                || !"form_post".equals(q.get("response_mode")) || !"openid".equals(q.get("scope"))
                || !"none".equals(q.get("prompt")) || q.get("nonce") == null || q.get("state") == null || person == null) {
            send(ex, 400, "text/plain", "bad authentication request " + q);
            return;
        }
        var idToken = idToken(q.get("login_hint"), q.get("nonce"), q.get("redirect_uri"));
        var html = "<!doctype html><html lang=\"en\"><head><title>LMS</title></head><body>"
                + "<form id=\"f\" method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + idToken + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\"></form>"
                + "<script>document.getElementById('f').submit()</script></body></html>";
        send(ex, 200, "text/html", html);
    }

    /** The deep_link_return_url: keeps the posted JWT (form field JWT) and says the activity was added. */
    private void deepLinkingReturn(HttpExchange ex) throws IOException {
        var form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (var pair : form.split("&")) {
            if (pair.startsWith("JWT=")) {
                deepLinkingResponses.add(URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8));
            }
        }
        send(ex, 200, "text/html", "<!doctype html><html lang=\"en\"><head><title>LMS</title></head><body><main>"
                + "<h1>Activity added</h1></main></body></html>");
    }

    static Map<String, String> query(URI uri) {
        var result = new LinkedHashMap<String, String>();
        if (uri.getRawQuery() == null) {
            return result;
        }
        for (var pair : uri.getRawQuery().split("&")) {
            var eq = pair.indexOf('=');
            result.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
