package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzz test over real HTTP (issue 6 §3): every operation of the running app's {@code /openapi} document gets
 * generated malformed input — bodies of the wrong shape, every property of the request schema in turn with a wrong
 * type, a null in a list, a huge string, an unknown enum value, deep nesting; bad ids in the path, bad query values
 * and bad {@code If-Match} headers — with a coach's session (the admin secret for operator endpoints) and real ids
 * wherever the path names something the fixture made, so the input reaches the code behind the access checks.
 * Nothing may answer 5xx, and every 4xx under {@code /api} and {@code /ims} is problem+json. An endpoint added later
 * is fuzzed without anyone remembering to. The answers per status are in {@code target/openapi-fuzz.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiFuzzIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String DAY = LocalDate.now().plusDays(1).toString();
    private static final String HUGE = "x".repeat(100_000);
    private static final JsonValue HUGE_VALUE = Json.createValue(HUGE);
    /** Bodies of the wrong shape, the same for every operation: made once. */
    private static final List<Map.Entry<String, String>> GENERIC_BODIES = java.util.stream.Stream.of("", "{", "[]", "\"x\"", "null", "{}",
                    "[".repeat(20_000) + "]".repeat(20_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000),
                    "\"" + HUGE + "\"")
            .map(generic -> Map.entry("body " + (generic.length() > 20 ? generic.substring(0, 20) + "…" : generic), generic))
            .toList();
    /** The 5,000-element array for an item schema, per schema: many operations take the same kind of list. */
    private static final Map<JsonObject, JsonArray> MANY = new ConcurrentHashMap<>();
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "x".repeat(300), "%27%3B--");
    private static final List<String> BAD_QUERY = List.of("zzz-unknown", "-1", "99999999999999999999",
            HUGE.substring(0, 5_000));
    private static final List<String> BAD_IF_MATCH = List.of("abc", "\"99999999999\"");

    private static TestPlatform lms;
    private final ToolClient client = new ToolClient(Deployments.base());
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    /** One generated request. */
    record Case(String method, String path, String contentType, byte[] body, Map<String, String> headers,
                String what) {
        @Override
        public String toString() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + what + "]";
        }
    }

    @Test
    void noGeneratedMalformedRequestToAnyOperationAnswers5xx() throws Exception {
        var document = openApi();
        var ids = fixture();
        var coach = ids.remove("coachToken");
        var failures = Collections.synchronizedList(new ArrayList<String>());
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var requests = 0;
        var operations = 0;
        var started = System.nanoTime();
        // Each operation's cases are sent while the next operation's are generated (generating them all first
        // kept the server idle for many seconds and held every body in memory at once).
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var path : document.getJsonObject("paths").entrySet()) {
                for (var entry : path.getValue().asJsonObject().entrySet()) {
                    var method = entry.getKey().toUpperCase(Locale.ROOT);
                    if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    operations++;
                    var operation = entry.getValue().asJsonObject();
                    var parameters = new ArrayList<JsonObject>();
                    if (path.getValue().asJsonObject().containsKey("parameters")) {
                        path.getValue().asJsonObject().getJsonArray("parameters").getValuesAs(JsonObject.class).forEach(parameters::add);
                    }
                    if (operation.containsKey("parameters")) {
                        operation.getJsonArray("parameters").getValuesAs(JsonObject.class).forEach(parameters::add);
                    }
                    var auth = isOperator(path.getKey(), operation)
                            ? Map.of("X-Admin-Secret", ToolClient.ADMIN_SECRET) : Map.of("Authorization", "Bearer " + coach);
                    for (var c : casesFor(method, path.getKey(), operation, parameters, ids, auth, document)) {
                        requests++;
                        pool.submit(() -> {
                            var answer = send(c);
                            statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            var type = answer.headers().firstValue("Content-Type").orElse("");
                            if (answer.statusCode() >= 500) {
                                failures.add(answer.statusCode() + " " + c + ": " + clip(answer.body()));
                            } else if (answer.statusCode() >= 400 && underTheApis(c.path()) && !type.startsWith("application/problem+json")) {
                                failures.add(answer.statusCode() + " without problem+json (" + type + ") " + c + ": " + clip(answer.body()));
                            }
                        });
                    }
                }
            }
        }
        assertThat(operations).as("operations in /openapi").isGreaterThan(50);
        var seconds = (System.nanoTime() - started) / 1e9;
        var report = new StringBuilder("%d operations, %d requests generated and sent in %.1f s; answers by status: %s%n"
                .formatted(operations, requests, seconds, new TreeMap<>(statuses)));
        failures.stream().sorted().forEach(f -> report.append(f).append('\n'));
        Files.writeString(Path.of("target", "openapi-fuzz.txt"), report);
        System.out.println(report.toString().lines().findFirst().orElse(""));
        assertThat(failures).as(report.toString()).isEmpty();
    }

    // ---- generating cases ----------------------------------------------------------------------

    private List<Case> casesFor(String method, String template, JsonObject operation, List<JsonObject> parameters,
                                Map<String, String> ids, Map<String, String> auth, JsonObject document) {
        var cases = new ArrayList<Case>();
        var realPath = resolve(template, ids, Map.of());
        var body = operation.containsKey("requestBody") ? operation.getJsonObject("requestBody") : null;
        var validBody = body == null ? null : sampleBody(body, document);

        for (var parameter : parameters) {
            var name = parameter.getString("name");
            switch (parameter.getString("in", "")) {
                case "path" -> BAD_IDS.forEach(bad -> cases.add(new Case(method, resolve(template, ids, Map.of(name, bad)),
                        validBody == null ? null : "application/json", validBody, headers(auth), "path " + name + "=" + bad)));
                case "query" -> BAD_QUERY.forEach(bad -> cases.add(new Case(method, realPath + "?" + name + "=" + encode(bad),
                        null, null, headers(auth), "query " + name)));
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match")) {
                        BAD_IF_MATCH.forEach(bad -> {
                            var h = headers(auth);
                            h.put("If-Match", bad);
                            cases.add(new Case(method, realPath, validBody == null ? null : "application/json", validBody,
                                    h, "If-Match " + bad));
                        });
                    }
                }
                default -> {
                }
            }
        }
        if (body != null) {
            var content = body.getJsonObject("content");
            for (var mediaType : content.keySet()) {
                var headers = headers(auth);
                headers.put("If-Match", "\"1\"");
                if (mediaType.contains("json")) {
                    var schema = resolve(content.getJsonObject(mediaType).getJsonObject("schema"), document);
                    for (var malformed : malformedJson(schema, document)) {
                        cases.add(new Case(method, realPath, "application/json", malformed.getValue().getBytes(StandardCharsets.UTF_8),
                                headers, malformed.getKey()));
                    }
                } else {
                    var type = mediaType.contains("*") ? mediaType.replace("*", "png") : mediaType;
                    for (var junk : List.of("", "\u0000\u0001\u0002", "\"unclosed,quote\n", HUGE)) {
                        cases.add(new Case(method, realPath, type, junk.getBytes(StandardCharsets.UTF_8), headers,
                                type + " junk of " + junk.length()));
                    }
                }
            }
        }
        return cases;
    }

    /** Bodies of the wrong shape, then the schema's object with one property at a time made wrong. */
    private static List<Map.Entry<String, String>> malformedJson(JsonObject schema, JsonObject document) {
        var bodies = new ArrayList<>(GENERIC_BODIES);
        var properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        var base = sampleObject(schema, document);
        for (var name : properties.keySet()) {
            var property = resolve(properties.getJsonObject(name), document);
            for (var wrong : wrongValues(property, document)) {
                var mutated = Json.createObjectBuilder(base).add(name, wrong).build().toString();
                bodies.add(Map.entry(name + "=" + clip(wrong.toString()), mutated));
            }
            bodies.add(Map.entry(name + "=null", Json.createObjectBuilder(base).addNull(name).build().toString()));
        }
        return bodies;
    }

    private static List<JsonValue> wrongValues(JsonObject schema, JsonObject document) {
        var type = schema.getString("type", "object");
        return switch (type) {
            case "string" -> List.of(Json.createArrayBuilder().add("x").build(), HUGE_VALUE,
                    Json.createValue("zzz-unknown-value"));
            case "integer", "number" -> List.of(Json.createValue("abc"), Json.createValue(new java.math.BigDecimal("1e400")),
                    Json.createValue(-2147483649L));
            case "boolean" -> List.of(Json.createValue("maybe"), Json.createValue(2));
            case "array" -> {
                var item = schema.containsKey("items") ? resolve(schema.getJsonObject("items"), document) : JsonValue.EMPTY_JSON_OBJECT;
                var many = MANY.computeIfAbsent(item, i -> {
                    var array = Json.createArrayBuilder();
                    for (var n = 0; n < 5_000; n++) {
                        array.add(sample(i, document));
                    }
                    return array.build();
                });
                yield List.of(Json.createArrayBuilder().addNull().build(), Json.createValue("x"),
                        Json.createArrayBuilder().add(12345).add(JsonValue.EMPTY_JSON_OBJECT).build(), many);
            }
            default -> List.of(Json.createValue("x"), JsonValue.EMPTY_JSON_ARRAY);
        };
    }

    private static byte[] sampleBody(JsonObject requestBody, JsonObject document) {
        var content = requestBody.getJsonObject("content");
        var json = content.keySet().stream().filter(t -> t.contains("json")).findFirst();
        return json.map(t -> sample(resolve(content.getJsonObject(t).getJsonObject("schema"), document), document)
                .toString().getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    private static JsonObject sampleObject(JsonObject schema, JsonObject document) {
        var value = sample(schema, document);
        return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A plausible value for the schema: the base that one wrong property at a time is put into. */
    private static JsonValue sample(JsonObject schema, JsonObject document) {
        schema = resolve(schema, document);
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            return schema.getJsonArray("enum").get(0);
        }
        return switch (schema.getString("type", schema.containsKey("properties") ? "object" : "string")) {
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> JsonValue.EMPTY_JSON_ARRAY;
            case "object" -> {
                var object = Json.createObjectBuilder();
                if (schema.containsKey("properties")) {
                    for (var p : schema.getJsonObject("properties").entrySet()) {
                        var property = resolve(p.getValue().asJsonObject(), document);
                        if (!"object".equals(property.getString("type", ""))) {
                            object.add(p.getKey(), sample(property, document));
                        }
                    }
                }
                yield object.build();
            }
            default -> "date".equals(schema.getString("format", "")) ? Json.createValue(DAY) : Json.createValue("x");
        };
    }

    private static JsonObject resolve(JsonObject schema, JsonObject document) {
        var at = schema;
        for (var hops = 0; at != null && at.containsKey("$ref") && hops < 10; hops++) {
            var ref = at.getString("$ref");
            var name = ref.substring(ref.lastIndexOf('/') + 1);
            at = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return at == null ? JsonValue.EMPTY_JSON_OBJECT : at;
    }

    // ---- sending -------------------------------------------------------------------------------

    private HttpResponse<String> send(Case c) {
        var request = HttpRequest.newBuilder(URI.create(Deployments.base() + c.path())).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, text/csv, */*;q=0.1")
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        c.headers().forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(c + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isOperator(String path, JsonObject operation) {
        if (path.startsWith("/api/v1/admin")) {
            return true;
        }
        return operation.containsKey("security") && operation.getJsonArray("security").getValuesAs(JsonObject.class)
                .stream().anyMatch(s -> s.containsKey("admin"));
    }

    private static boolean underTheApis(String path) {
        return path.startsWith("/api/") || path.startsWith("/ims/");
    }

    private static Map<String, String> headers(Map<String, String> auth) {
        return new HashMap<>(auth);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The template with real ids where the fixture has one (random ones elsewhere) and {@code bad} values forced. */
    private static String resolve(String template, Map<String, String> ids, Map<String, String> bad) {
        var segments = template.substring(1).split("/");
        for (var i = 0; i < segments.length; i++) {
            var m = PARAMETER.matcher(segments[i]);
            if (m.matches()) {
                var name = m.group(1);
                var value = bad.containsKey(name) ? bad.get(name) : id(name, i == 0 ? "" : segments[i - 1], template, ids);
                segments[i] = bad.containsKey(name) ? value : encode(value);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String id(String parameter, String before, String template, Map<String, String> ids) {
        var key = switch (parameter) {
            case "id" -> before + "Id";
            case "indicatorId" -> template.contains("/intakes/") ? "intakeIndicatorId" : "indicatorId";
            case "sourcedId" -> before.equals("CFItems") ? "competencyKey" : "frameworkKey";
            case "userId" -> "participantId";
            default -> parameter;
        };
        return ids.getOrDefault(key, UUID.randomUUID().toString());
    }

    // ---- the data the fuzz works on ------------------------------------------------------------

    private JsonObject openApi() {
        var answer = client.get("/openapi");
        assertThat(answer.statusCode()).isEqualTo(200);
        var text = answer.body();
        if (!text.stripLeading().startsWith("{")) {
            var json = http(Deployments.base() + "/openapi", "application/json");
            text = json;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private String http(String url, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Real ids of one organisation, keyed as {@link #id} names them, and the coach's token. */
    private Map<String, String> fixture() throws Exception {
        lms = TestPlatform.registeredAt(client, "Fuzz " + UUID.randomUUID().toString().substring(0, 8));
        var ids = new LinkedHashMap<String, String>();
        var coach = ToolClient.sessionToken(client.freshBrowser().launch(lms, "coach-1"));
        ids.put("coachToken", coach);
        var subject = "learner-" + UUID.randomUUID();
        lms.person(subject, "Sam", "Fuzz", TestPlatform.LEARNER);
        var participant = ToolClient.sessionToken(client.freshBrowser().launch(lms, subject));
        var me = ok(client.api("GET", "/api/v1/me", participant, null));
        ids.put("courseId", me.getJsonObject("course").getString("id"));
        ids.put("participantId", me.getJsonObject("user").getString("id"));

        var frameworks = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach, null)).getValuesAs(JsonObject.class);
        var published = frameworks.stream().filter(l -> l.containsKey("published") && !l.isNull("published"))
                .findFirst().orElseThrow().getJsonObject("published");
        ids.put("frameworkKey", published.getString("key"));
        var framework = ok(client.api("GET", "/api/v1/frameworks/" + published.getString("id"), coach, null));
        ids.put("competencyKey", framework.getJsonArray("competencies").getJsonObject(0).getString("key"));
        var draft = created(client.api("POST", "/api/v1/frameworks/" + published.getString("id") + "/drafts", coach, null));
        ids.put("frameworksId", draft.getString("id"));
        var competency = draft.getJsonArray("competencies").getJsonObject(0);
        ids.put("competencyId", competency.getString("id"));
        ids.put("indicatorId", competency.getJsonArray("indicators").getJsonObject(0).getString("id"));
        ids.put("groupId", created(client.api("POST", "/api/v1/frameworks/" + draft.getString("id") + "/groups", coach,
                "{\"title\":\"Fuzzgroep\"}")).getString("id"));

        var items = ok(client.api("GET", "/api/v1/catalogue/items", coach, null)).getJsonArray("items");
        ids.put("itemsId", items.getJsonObject(0).getString("id"));
        ids.put("itemId", items.getJsonObject(0).getString("id"));

        var route = created(client.api("POST", "/api/v1/routes", coach,
                "{\"title\":\"Fuzzroute\",\"frameworkId\":\"" + published.getString("id") + "\"}"));
        ids.put("routesId", route.getString("id"));
        var withStep = created(client.api("POST", "/api/v1/routes/" + route.getString("id") + "/steps", coach,
                "{\"title\":\"Kennismaken\",\"competencyKey\":\"" + ids.get("competencyKey") + "\",\"level\":\"A\"}"));
        ids.put("stepId", withStep.getJsonArray("steps").getJsonObject(0).getString("id"));

        var participantPath = "/api/v1/courses/" + ids.get("courseId") + "/participants/" + ids.get("participantId");
        var plan = created(client.api("POST", participantPath + "/plan", coach, """
                {"goals":[{"title":"Op tijd komen","dueOn":"%s","tasks":[{"title":"Wekker zetten","day":"%s"}]}]}"""
                .formatted(DAY, DAY)));
        ids.put("plansId", plan.getString("id"));
        var goal = plan.getJsonArray("goals").getJsonObject(0);
        ids.put("goalsId", goal.getString("id"));
        ids.put("tasksId", goal.getJsonArray("tasks").getJsonObject(0).getString("id"));

        var intake = created(client.api("POST", participantPath + "/intakes", coach, "{}"));
        ids.put("intakeId", intake.getString("id"));
        ids.put("intakeIndicatorId", intake.getJsonArray("questions").getJsonObject(0).getString("indicatorId"));
        return ids;
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ToolClient.json(response);
    }
}
