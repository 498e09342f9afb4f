package nl.groeipad.it;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The services of the in-test platform, answering like Moodle 5.1 (captures in src/test/resources/moodle/): the
 * OAuth 2 token endpoint (form-encoded client credentials with a JWT assertion, checked against the tool's key set),
 * AGS line items and scores (URLs with {@code ?type_id=1}; a score only as
 * {@code application/vnd.ims.lis.v1.score+json}; 409 for a timestamp that is not newer than the stored one) and NRPS
 * context membership (paged with {@code Link: rel="next"}). Faults can be queued for score posts: the LMS down, a
 * status (503, 429 with Retry-After, 409), or slow.
 */
public final class TestPlatformServices {

    public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** A score post the platform received; {@code status} is what it answered. */
    public record Received(String lineItem, String contentType, JsonObject body, int status, Instant at) {
    }

    /** What goes wrong with the next score post. */
    public record Fault(String kind, int status, int seconds, int millis) {
        public static Fault down() {
            return new Fault("down", 0, 0, 0);
        }

        public static Fault status(int status) {
            return new Fault("status", status, 0, 0);
        }

        public static Fault tooManyRequests(int retryAfterSeconds) {
            return new Fault("status", 429, retryAfterSeconds, 0);
        }

        /** Answers after {@code millis}, then stores the score as usual (a timeout on the tool's side). */
        public static Fault slow(int millis) {
            return new Fault("slow", 0, 0, millis);
        }
    }

    private final Supplier<String> issuer;
    private final Supplier<String> clientId;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tokenScopes = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<String> requestedScopes = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonObject> lineItems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger lineItemsCreated = new AtomicInteger();
    private final AtomicInteger placed = new AtomicInteger();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Instant> latest = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Map<String, Object>> members = Collections.synchronizedList(new ArrayList<>());
    private volatile int tokenLifetimeSeconds = 3600;
    private volatile int pageSize = 50;
    private volatile boolean offered;
    private volatile String toolJwksUrl;

    TestPlatformServices(HttpServer server, String path, Supplier<String> issuer, Supplier<String> clientId) {
        this.issuer = issuer;
        this.clientId = clientId;
        server.createContext(path + "/token", this::token);
        server.createContext(path + "/ags/", ex -> handle(ex, this::ags));
        server.createContext(path + "/nrps/", ex -> handle(ex, this::nrps));
    }

    /** From now on launches carry the AGS and NRPS claims (like a Moodle tool with both services on). */
    public TestPlatformServices offer(String toolJwksUrl) {
        this.offered = true;
        this.toolJwksUrl = toolJwksUrl;
        synchronized (lineItems) {
            if (lineItems.isEmpty()) {
                lineItems.add(Json.createObjectBuilder().add("id", issuer.get() + "/ags/2/lineitems/1/lineitem?type_id=1")
                        .add("label", "Groeipad").add("scoreMaximum", 100).add("resourceId", "").add("tag", "")
                        .add("resourceLinkId", "1").build());
            }
        }
        return this;
    }

    public String tokenUrl() {
        return issuer.get() + "/token";
    }

    public String launchLineItem() {
        return issuer.get() + "/ags/2/lineitems/1/lineitem?type_id=1";
    }

    /** The claims a launch from course {@code contextId} carries when services are offered. */
    Map<String, Object> claims(String contextId) {
        if (!offered) {
            return Map.of();
        }
        var claims = new LinkedHashMap<String, Object>();
        claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                "lineitem", issuer.get() + "/ags/" + contextId + "/lineitems/1/lineitem?type_id=1",
                "lineitems", issuer.get() + "/ags/" + contextId + "/lineitems?type_id=1",
                "scope", List.of(SCOPE_LINEITEM, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly", SCOPE_SCORE)));
        claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                "context_memberships_url", issuer.get() + "/nrps/" + contextId + "/memberships",
                "service_versions", List.of("1.0", "2.0")));
        return claims;
    }

    public void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    public void tokenLifetime(int seconds) {
        tokenLifetimeSeconds = seconds;
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** Token requests (that got as far as asking) whose scope includes this one. */
    public long tokenRequestsFor(String scope) {
        synchronized (requestedScopes) {
            return requestedScopes.stream().filter(s -> List.of(s.split(" ")).contains(scope)).count();
        }
    }

    public List<Received> scores() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The scores the platform stored (answered 200), as Moodle's gradebook would show them. */
    public List<Received> stored() {
        return scores().stream().filter(r -> r.status() == 200).toList();
    }

    public List<JsonObject> lineItems() {
        synchronized (lineItems) {
            return List.copyOf(lineItems);
        }
    }

    public int lineItemsCreated() {
        return lineItemsCreated.get();
    }

    /**
     * A line item the teacher placed in the course (context 2) — as Moodle makes one for a deep-linked activity with a
     * {@code lineItem} (docs/deep-linking.md) — not counted in {@link #lineItemsCreated()}; returns its URL.
     */
    public String place(String label, int scoreMaximum, String resourceId, String tag) {
        var url = issuer.get() + "/ags/2/lineitems/" + (900 + placed.incrementAndGet()) + "/lineitem?type_id=1";
        lineItems.add(Json.createObjectBuilder().add("id", url).add("label", label).add("scoreMaximum", scoreMaximum)
                .add("resourceId", resourceId).add("tag", tag).build());
        return url;
    }

    /** An NRPS member of the course (NRPS 2.0 §3.6.1.2); {@code status} Active or Inactive. */
    public void member(String userId, String givenName, String familyName, String role, String status) {
        var member = new LinkedHashMap<String, Object>();
        member.put("status", status);
        member.put("roles", List.of(role));
        member.put("user_id", userId);
        member.put("name", givenName + " " + familyName);
        member.put("given_name", givenName);
        member.put("family_name", familyName);
        member.put("email", userId + "@example.org");
        members.add(member);
    }

    public void pageSize(int size) {
        pageSize = size;
    }

    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private void handle(HttpExchange ex, Handler handler) throws IOException {
        try {
            handler.handle(ex);
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", "test platform failed: " + e);
        }
    }

    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        var type = ex.getRequestHeaders().getFirst("Content-Type");
        if (!"POST".equals(ex.getRequestMethod()) || type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_request\"}");
            return;
        }
        var form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))
                || form.get("client_assertion") == null || form.get("scope") == null) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_request\"}");
            return;
        }
        try {
            var assertion = SignedJWT.parse(form.get("client_assertion"));
            var claims = assertion.getJWTClaimsSet();
            var valid = clientId.get().equals(claims.getIssuer()) && clientId.get().equals(claims.getSubject())
                    && claims.getAudience().contains(tokenUrl()) && claims.getExpirationTime().toInstant().isAfter(Instant.now())
                    && claims.getJWTID() != null;
            if (valid && toolJwksUrl != null) {
                var key = (RSAKey) JWKSet.load(URI.create(toolJwksUrl).toURL()).getKeyByKeyId(assertion.getHeader().getKeyID());
                valid = key != null && assertion.verify(new RSASSAVerifier(key));
            }
            if (!valid) {
                send(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
        } catch (Exception e) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        requestedScopes.add(form.get("scope"));
        var token = UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, Instant.now().plusSeconds(tokenLifetimeSeconds));
        tokenScopes.put(token, Set.of(form.get("scope").split(" ")));
        send(ex, 200, "application/json", Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("expires_in", tokenLifetimeSeconds).add("scope", form.get("scope")).build().toString());
    }

    private boolean authorized(HttpExchange ex, String scope) throws IOException {
        var auth = ex.getRequestHeaders().getFirst("Authorization");
        var token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
        var expires = tokens.get(token);
        if (expires == null || expires.isBefore(Instant.now()) || !tokenScopes.get(token).contains(scope)) {
            send(ex, 401, "application/json", "{\"status\":401,\"reason\":\"Unauthorized\"}");
            return false;
        }
        return true;
    }

    private void ags(HttpExchange ex) throws IOException {
        var uri = ex.getRequestURI();
        var full = issuer.get().substring(0, issuer.get().indexOf('/', 8)) + uri;
        var rest = uri.getPath().substring(uri.getPath().indexOf("/ags/") + 5); // {ctx}/lineitems[/{n}/lineitem[/scores]]
        var parts = rest.split("/");
        var query = TestPlatform.query(uri);
        if (!"1".equals(query.get("type_id"))) {
            send(ex, 400, "application/json", "{\"status\":400,\"reason\":\"No handler found for " + uri.getPath() + "\"}");
            return;
        }
        if (parts.length == 2 && "lineitems".equals(parts[1])) {
            if ("GET".equals(ex.getRequestMethod())) {
                if (!authorized(ex, SCOPE_LINEITEM)) {
                    return;
                }
                var array = Json.createArrayBuilder();
                lineItems().stream()
                        .filter(i -> i.getString("id").contains("/ags/" + parts[0] + "/"))
                        .filter(i -> query.get("resource_id") == null || query.get("resource_id").equals(i.getString("resourceId", "")))
                        .filter(i -> query.get("tag") == null || query.get("tag").equals(i.getString("tag", "")))
                        .forEach(array::add);
                send(ex, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", array.build().toString());
                return;
            }
            if (!authorized(ex, SCOPE_LINEITEM)) {
                return;
            }
            var body = Json.createReader(new StringReader(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
            var n = 100 + lineItemsCreated.incrementAndGet();
            var item = Json.createObjectBuilder(body).add("id", issuer.get() + "/ags/" + parts[0] + "/lineitems/" + n
                    + "/lineitem?type_id=1").build();
            lineItems.add(item);
            send(ex, 201, "application/vnd.ims.lis.v2.lineitem+json", item.toString());
            return;
        }
        if (parts.length == 5 && "scores".equals(parts[4]) && "POST".equals(ex.getRequestMethod())) {
            score(ex, full.substring(0, full.indexOf("/scores")) + "?type_id=1");
            return;
        }
        send(ex, 404, "application/json", "{\"status\":404}");
    }

    private void score(HttpExchange ex, String lineItem) throws IOException {
        var fault = faults.poll();
        if (fault != null && "down".equals(fault.kind())) {
            ex.getRequestBody().readAllBytes();
            ex.close(); // no answer at all: the connection ends
            return;
        }
        if (fault != null && "slow".equals(fault.kind())) {
            try {
                Thread.sleep(fault.millis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var type = ex.getRequestHeaders().getFirst("Content-Type");
        var text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonObject body;
        try {
            body = Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            body = Json.createObjectBuilder().add("unreadable", text).build();
        }
        if (fault != null && "status".equals(fault.kind())) {
            received.add(new Received(lineItem, type, body, fault.status(), Instant.now()));
            if (fault.seconds() > 0) {
                ex.getResponseHeaders().set("Retry-After", String.valueOf(fault.seconds()));
            }
            send(ex, fault.status(), "application/json", "{\"status\":" + fault.status() + "}");
            return;
        }
        if (!authorized(ex, SCOPE_SCORE)) {
            return;
        }
        if (!SCORE_TYPE.equals(type)) {
            received.add(new Received(lineItem, type, body, 400, Instant.now()));
            send(ex, 400, "application/json", "{\"status\":400,\"reason\":\"No handler found for " + type + "\"}");
            return;
        }
        if (lineItems().stream().noneMatch(i -> i.getString("id").equals(lineItem))) {
            received.add(new Received(lineItem, type, body, 404, Instant.now()));
            send(ex, 404, "application/json", "{\"status\":404}");
            return;
        }
        var timestamp = Instant.parse(body.getString("timestamp"));
        var key = lineItem + " " + body.getString("userId");
        synchronized (latest) {
            var stored = latest.get(key);
            if (stored != null && !timestamp.isAfter(stored)) {
                received.add(new Received(lineItem, type, body, 409, Instant.now()));
                send(ex, 409, "application/json", "{\"status\":409,\"reason\":\"Refusing score with an earlier timestamp\"}");
                return;
            }
            latest.put(key, timestamp);
            received.add(new Received(lineItem, type, body, 200, Instant.now()));
        }
        ex.sendResponseHeaders(200, -1);
        ex.close();
    }

    private void nrps(HttpExchange ex) throws IOException {
        if (!authorized(ex, SCOPE_NRPS)) {
            return;
        }
        var uri = ex.getRequestURI();
        var contextId = uri.getPath().substring(uri.getPath().indexOf("/nrps/") + 6).split("/")[0];
        var page = Integer.parseInt(TestPlatform.query(uri).getOrDefault("page", "1"));
        List<Map<String, Object>> all;
        synchronized (members) {
            all = List.copyOf(members);
        }
        var from = Math.min(all.size(), (page - 1) * pageSize);
        var to = Math.min(all.size(), from + pageSize);
        var list = Json.createArrayBuilder();
        for (var member : all.subList(from, to)) {
            var m = Json.createObjectBuilder();
            member.forEach((k, v) -> {
                if (v instanceof List<?> l) {
                    var a = Json.createArrayBuilder();
                    l.forEach(x -> a.add(String.valueOf(x)));
                    m.add(k, a);
                } else {
                    m.add(k, String.valueOf(v));
                }
            });
            list.add(m);
        }
        var self = issuer.get() + "/nrps/" + contextId + "/memberships";
        if (to < all.size()) {
            ex.getResponseHeaders().add("Link", "<" + self + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        send(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", Json.createObjectBuilder()
                .add("id", self).add("context", Json.createObjectBuilder().add("id", contextId).add("label", "WPO1").add("title", "WPO Demo"))
                .add("members", list).build().toString());
    }

    private static Map<String, String> form(String body) {
        var result = new LinkedHashMap<String, String>();
        for (var pair : body.split("&")) {
            var eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
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
}
