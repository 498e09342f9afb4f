package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, swept over real HTTP. The endpoints come from the running app's {@code /openapi}
 * document, so an endpoint added later is swept without anyone remembering to; every endpoint must have a
 * classification below, or this test fails.
 * <ul>
 *   <li>Every operator endpoint ({@code /api/v1/admin/…}), called by nobody, a participant, a coach, another
 *       organisation's coach and a demo visitor, through every spelling of its path that a server might map to
 *       the same resource (matrix parameters on any segment, {@code %3B}, {@code //}, {@code /./}, a trailing
 *       {@code ;}, other letter case, {@code %2F}, {@code x/..}), never answers 2xx without the admin secret.</li>
 *   <li>Every endpoint for coaches (and organisation admins), called by a participant of the same course with
 *       real ids and a valid body, through the same spellings, never answers 2xx.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessSweepIT {

    /** Who may call an endpoint. */
    enum Access {
        /** Only the operator, with the admin secret. */
        OPERATOR,
        /** A coach of the course or an admin of the organisation (some: only the admin); never a participant. */
        STAFF,
        /** Any person with a session; the endpoint itself limits them to their own data. */
        OWN,
        /**
         * LTI protocol and demo platform endpoints, and the public forms of issued certificates (found by a 256-bit
         * public id): public by design, protected by the protocol.
         */
        PROTOCOL
    }

    record Rule(Access access, String body, String contentType) {
    }

    private static final String JSON = "application/json";
    /** A day inside the plan's period (it starts today and lasts half a year). */
    private static final String DAY = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(14).toString();

    /** The classification of every endpoint under {@code /api/v1} that is not an operator endpoint. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        own("GET /api/v1/me");
        own("GET /api/v1/me/intake");
        own("POST /api/v1/me/intake");
        own("PUT /api/v1/me/intake/answers/{indicatorId}");
        own("POST /api/v1/me/intake/completion");
        own("GET /api/v1/me/plan");
        own("GET /api/v1/me/progress");
        own("GET /api/v1/me/observations/{observationId}/photos/{photoId}");
        own("GET /api/v1/me/evaluations");
        RULES.put("POST /api/v1/me/evaluations", new Rule(Access.OWN,
                "{\"dueOn\":\"${evaluationDue}\",\"work\":\"good\",\"learning\":\"good\",\"help\":\"not-yet\"}", JSON));
        own("GET /api/v1/me/route");
        own("GET /api/v1/me/today");
        own("GET /api/v1/organisation");
        own("POST /api/v1/session/renew");
        own("GET /api/v1/plans/{id}");
        own("POST /api/v1/tasks/{id}/done");
        own("DELETE /api/v1/tasks/{id}/done");
        own("PUT /api/v1/tasks/{id}/note");
        own("GET /api/v1/tasks/{id}/photo");
        own("GET /api/v1/tasks/{id}/lesson");
        own("PUT /api/v1/tasks/{id}/photo");
        own("DELETE /api/v1/tasks/{id}/photo");
        own("GET /api/v1/catalogue/items");
        own("GET /api/v1/catalogue/items/competencies");
        own("GET /api/v1/catalogue/items/{id}");
        own("GET /api/v1/frameworks");
        own("GET /api/v1/frameworks/{id}");
        own("GET /api/v1/frameworks/{id}/versions");
        own("GET /api/v1/me/credentials");
        own("GET /api/v1/me/completion");
        own("POST /api/v1/me/credentials/{id}/celebration");
        own("GET /api/v1/credentials/{id}");
        own("GET /api/v1/credentials/{id}/pdf");
        own("GET /api/v1/credentials/{id}/document");
        own("PUT /api/v1/credentials/{id}/document");
        own("POST /api/v1/me/credentials/registered");

        var item = """
                {"title":"Veegronde","kind":"workplace-assignment","description":"Op de werkvloer, met je werkbegeleider."}""";
        staff("POST /api/v1/catalogue/items", item);
        staff("PUT /api/v1/catalogue/items/{id}", item);
        staff("DELETE /api/v1/catalogue/items/{id}");
        staff("POST /api/v1/catalogue/items/{id}/duplicate");
        staff("PUT /api/v1/catalogue/items/{id}/sharing");
        staff("DELETE /api/v1/catalogue/items/{id}/sharing");
        staff("GET /api/v1/catalogue/shared");
        staff("GET /api/v1/catalogue/shared/{id}");
        staff("POST /api/v1/catalogue/shared/{id}/copy");

        staff("GET /api/v1/courses/{courseId}/participants");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/intakes");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/intakes", "{}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/intakes/{intakeId}");
        staff("PUT /api/v1/courses/{courseId}/participants/{userId}/intakes/{intakeId}/observations/{indicatorId}",
                "{\"score\":3,\"note\":\"Gezien bij het inpakken.\"}");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/intakes/{intakeId}/reopening");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/intakes/{intakeId}/suggestions/acceptance",
                "{\"goals\":[{\"competencyKey\":\"${competencyKey}\",\"level\":\"A\",\"itemIds\":[]}]}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/plan");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/plan",
                "{\"goals\":[{\"title\":\"Op tijd komen\",\"dueOn\":\"" + DAY + "\"}]}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/route");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/route", "{\"templateId\":\"${routeId}\",\"replace\":true}");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/route/plan", "{}");
        staff("GET /api/v1/courses/{courseId}/routes");
        staff("GET /api/v1/courses/{courseId}/attention");
        staff("PUT /api/v1/courses/{courseId}/participants/{userId}/visit");
        staff("GET /api/v1/courses/{courseId}/grades");
        staff("GET /api/v1/courses/{courseId}/roster");
        staff("POST /api/v1/courses/{courseId}/roster/refresh");
        staff("POST /api/v1/courses/{courseId}/grades/{gradeId}/retry");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/grades", "{\"scoreGiven\":1,\"scoreMaximum\":2}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/credentials");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/credentials", "{\"message\":\"Goed gedaan!\"}");
        staff("POST /api/v1/credentials/{id}/revocation", "{\"reason\":\"Per vergissing uitgegeven\"}");
        staff("GET /api/v1/organisation/credentials");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/credentials/registered", """
                {"kind":"diploma","institution":"ROC Midden","qualification":"Entree","obtainedOn":"2025-07-01"}""");
        staff("GET /api/v1/organisation/credentials/export/csv");
        staff("GET /api/v1/courses/{courseId}/completions");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/completion");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/completion/moments",
                "{\"subject\":\"route\",\"date\":\"" + DAY + "\",\"assessor\":\"Anna\"}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/completion/moments/{momentId}");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/completion/moments/{momentId}/outcomes",
                "{\"outcome\":\"passed\",\"corrects\":\"x\",\"reason\":\"Sweep\"}");
        var branchIssuer = "{\"name\":\"Sweepbranche\",\"url\":\"https://sweep.example\"}";
        staff("GET /api/v1/organisation/credential-issuers");
        staff("POST /api/v1/organisation/credential-issuers", branchIssuer);
        staff("GET /api/v1/organisation/credential-issuers/{issuerId}");
        staff("PUT /api/v1/organisation/credential-issuers/{issuerId}", branchIssuer);
        RULES.put("PUT /api/v1/organisation/credential-issuers/{issuerId}/logo", new Rule(Access.STAFF, "png", "image/png"));
        staff("POST /api/v1/organisation/credential-issuers/{issuerId}/key-rotation");
        staff("POST /api/v1/organisation/credential-issuers/{issuerId}/retirement");
        staff("GET /api/v1/organisation/credential-logo");
        staff("GET /api/v1/organisation/credential-logo/image");
        RULES.put("PUT /api/v1/organisation/credential-logo", new Rule(Access.STAFF, "png", "image/png"));
        staff("GET /api/v1/credential-issuers");

        staff("GET /api/v1/observation-guide");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/observations");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/observations", """
                {"frameworkVersionId":"${publishedId}","competencyKeys":["${competencyKey}"],"level":"A",
                 "situations":["magazijn","kantine"],"guideConfirmed":true}""");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/observations/{observationId}");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/observations/{observationId}/situations",
                "{\"name\":\"sweep-${uuid}\"}");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/observations/{observationId}/scores",
                "{\"indicatorId\":\"${observationIndicatorId}\",\"situationId\":\"${situationId}\",\"notSeen\":true}");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/observations/{observationId}/conclusion",
                "{\"guideConfirmed\":true,\"reason\":\"Sweep\"}");
        RULES.put("POST /api/v1/courses/{courseId}/participants/{userId}/observations/{observationId}/situations/{situationId}/photos",
                new Rule(Access.STAFF, "png", "image/png"));
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/observations/{observationId}/photos/{photoId}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/growth");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/evaluations");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/evaluations",
                "{\"dueOn\":\"${evaluationDue}\",\"goingWell\":\"Sweep\"}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/evaluations/schedule");
        staff("PUT /api/v1/courses/{courseId}/participants/{userId}/evaluations/schedule", "{\"everyWeeks\":1}");
        staff("PUT /api/v1/courses/{courseId}/participants/{userId}/evaluations/{evaluationId}/feedback",
                "{\"toLearn\":\"Sweep\"}");
        staff("GET /api/v1/courses/{courseId}/participants/{userId}/offline-results");
        staff("POST /api/v1/courses/{courseId}/participants/{userId}/offline-results",
                "{\"kind\":\"test\",\"achievedOn\":\"2026-01-05\",\"competencyKey\":\"${competencyKey}\",\"level\":\"A\"}");

        staff("POST /api/v1/frameworks", "{\"title\":\"Vakmanschap\"}");
        staff("POST /api/v1/frameworks/imports/case", "{}");
        RULES.put("POST /api/v1/frameworks/imports/moodle-csv", new Rule(Access.STAFF,
                "\"Parent id number\",\"id number\",\"Short name\"\n", "text/csv"));
        staff("PUT /api/v1/frameworks/{id}", "{\"title\":\"Vakmanschap\"}");
        staff("DELETE /api/v1/frameworks/{id}");
        staff("POST /api/v1/frameworks/{id}/drafts");
        staff("POST /api/v1/frameworks/{id}/publication");
        staff("GET /api/v1/frameworks/{id}/export/case");
        staff("GET /api/v1/frameworks/{id}/export/moodle-csv");
        staff("POST /api/v1/frameworks/{id}/groups", "{\"title\":\"Samenwerken\"}");
        staff("PUT /api/v1/frameworks/{id}/groups/{groupId}", "{\"title\":\"Samenwerken\"}");
        staff("DELETE /api/v1/frameworks/{id}/groups/{groupId}");
        staff("POST /api/v1/frameworks/{id}/competencies", "{\"title\":\"Hulp vragen\"}");
        staff("PUT /api/v1/frameworks/{id}/competencies/{competencyId}", "{\"title\":\"Hulp vragen\"}");
        staff("DELETE /api/v1/frameworks/{id}/competencies/{competencyId}");
        staff("PUT /api/v1/frameworks/{id}/competencies/{competencyId}/position", "{\"position\":0}");
        staff("POST /api/v1/frameworks/{id}/competencies/{competencyId}/indicators", "{\"description\":\"Vraagt op tijd\"}");
        staff("PUT /api/v1/frameworks/{id}/competencies/{competencyId}/indicators/{indicatorId}",
                "{\"description\":\"Vraagt op tijd\"}");
        staff("DELETE /api/v1/frameworks/{id}/competencies/{competencyId}/indicators/{indicatorId}");
        staff("PUT /api/v1/frameworks/{id}/competencies/{competencyId}/indicators/{indicatorId}/position", "{\"position\":0}");

        var goal = "{\"title\":\"Op tijd komen\",\"dueOn\":\"" + DAY + "\"}";
        staff("POST /api/v1/plans/{id}/goals", goal);
        staff("PUT /api/v1/goals/{id}", goal);
        staff("DELETE /api/v1/goals/{id}");
        staff("POST /api/v1/goals/{id}/achieved");
        staff("DELETE /api/v1/goals/{id}/achieved");
        staff("POST /api/v1/goals/{id}/tasks", "{\"title\":\"Wekker zetten\",\"day\":\"" + DAY + "\"}");
        staff("PUT /api/v1/tasks/{id}", "{\"title\":\"Wekker zetten\",\"day\":\"" + DAY + "\"}");
        staff("DELETE /api/v1/tasks/{id}");

        staff("PUT /api/v1/organisation/branding", "{\"theme\":\"high-contrast\"}");

        staff("GET /api/v1/routes");
        staff("POST /api/v1/routes", "{\"title\":\"Magazijn\",\"frameworkId\":\"${publishedId}\"}");
        staff("GET /api/v1/routes/{id}");
        staff("PUT /api/v1/routes/{id}", "{\"title\":\"Magazijn\"}");
        staff("DELETE /api/v1/routes/{id}");
        var step = "{\"title\":\"Kennismaken\",\"competencyKey\":\"${competencyKey}\",\"level\":\"A\"}";
        staff("POST /api/v1/routes/{id}/steps", step);
        staff("PUT /api/v1/routes/{id}/steps/{stepId}", step);
        staff("DELETE /api/v1/routes/{id}/steps/{stepId}");
        staff("PUT /api/v1/routes/{id}/steps/{stepId}/position", "{\"position\":0}");
        staff("POST /api/v1/routes/{id}/steps/{stepId}/items", "{\"itemId\":\"${itemId}\"}");
        staff("DELETE /api/v1/routes/{id}/steps/{stepId}/items/{itemId}");
        staff("PUT /api/v1/routes/{id}/steps/{stepId}/items/{itemId}/position", "{\"position\":0}");
        staff("PUT /api/v1/routes/{id}/targets/{competencyKey}", "{\"level\":\"B\"}");
        staff("DELETE /api/v1/routes/{id}/targets/{competencyKey}");
    }

    /** Bodies of operator calls that need one. */
    static final Map<String, String> OPERATOR_BODIES = Map.of(
            "POST /api/v1/admin/registrations", """
                    {"name":"Sweep","issuer":"https://sweep-${uuid}.example.org","clientId":"c","authUrl":"https://sweep.example.org/auth",
                     "jwksUrl":"https://sweep.example.org/jwks","deploymentIds":["1"]}""",
            "POST /api/v1/admin/registrations/{id}/deployments", "{\"deploymentId\":\"sweep-2\"}");

    private static void own(String endpoint) {
        RULES.put(endpoint, new Rule(Access.OWN, null, null));
    }

    private static void staff(String endpoint) {
        staff(endpoint, null);
    }

    private static void staff(String endpoint, String body) {
        RULES.put(endpoint, new Rule(Access.STAFF, body, body == null ? null : JSON));
    }

    /** The classification of one endpoint of the OpenAPI document, if it has one. */
    static Optional<Rule> classify(String method, String path) {
        if (path.startsWith("/api/v1/admin/") || path.equals("/api/v1/admin")) {
            var body = OPERATOR_BODIES.get(method + " " + path);
            return Optional.of(new Rule(Access.OPERATOR, body, body == null ? null : JSON));
        }
        if (path.startsWith("/lti/") || path.equals("/demo") || path.startsWith("/demo/")
                || path.startsWith("/credentials/")) {
            return Optional.of(new Rule(Access.PROTOCOL, null, null));
        }
        if (path.startsWith("/ims/case/")) {
            return Optional.of(new Rule(Access.STAFF, null, null));
        }
        return Optional.ofNullable(RULES.get(method + " " + path));
    }

    private static TestPlatform organisationA;
    private static TestPlatform organisationB;
    private static TestPlatform organisationC;
    private static Fixture fixture;

    private final ToolClient client = new ToolClient(Deployments.base());
    private final RawHttp raw = new RawHttp(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {organisationA, organisationB, organisationC}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentIsClassified() {
        var endpoints = endpoints();
        assertThat(endpoints).as("the OpenAPI document lists the API").hasSizeGreaterThan(50);

        var unclassified = endpoints.stream().filter(e -> classify(e.method(), e.path()).isEmpty()).toList();
        assertThat(unclassified).as("endpoints without a classification in AccessSweepIT.RULES: say who may call them")
                .isEmpty();
        var listed = endpoints.stream().map(Endpoint::toString).toList();
        assertThat(RULES.keySet()).as("classified endpoints that no longer exist").allSatisfy(k -> assertThat(listed).contains(k));
        assertThat(endpoints).as("operator endpoints declare the admin secret, and only they do").allSatisfy(e ->
                assertThat(e.security().contains("admin")).as(e.toString())
                        .isEqualTo(classify(e.method(), e.path()).orElseThrow().access() == Access.OPERATOR));
    }

    @Test
    void noOperatorEndpointAnswersWithoutTheAdminSecretUnderAnySpellingOfItsPath() {
        var f = fixture();
        var principals = new LinkedHashMap<String, String>();
        principals.put("nobody", null);
        principals.put("participant", f.participantToken());
        principals.put("coach", f.coachToken());
        principals.put("other organisation's coach", f.otherCoachToken());
        principals.put("demo coach", f.demoToken());

        var operatorEndpoints = endpoints().stream()
                .filter(e -> classify(e.method(), e.path()).orElseThrow().access() == Access.OPERATOR).toList();
        assertThat(operatorEndpoints).extracting(Endpoint::toString).contains("GET /api/v1/admin/registrations",
                "DELETE /api/v1/admin/registrations/{id}", "POST /api/v1/admin/keys/rotation");

        var findings = new ArrayList<String>();
        var requests = 0;
        for (var endpoint : operatorEndpoints) {
            var rule = classify(endpoint.method(), endpoint.path()).orElseThrow();
            var path = f.resolve(endpoint.path());
            var body = rule.body() == null ? null : f.fill(rule.body());
            for (var principal : principals.entrySet()) {
                for (var target : variants(endpoint.path(), path)) {
                    var answer = send(endpoint.method(), target, principal.getValue(), null, body, rule.contentType());
                    requests++;
                    if (answer.success() || answer.status() >= 500) {
                        findings.add(principal.getKey() + ": " + endpoint.method() + " " + target + " -> " + answer);
                    } else if (target.equals(path) && (answer.status() != 401 || !answer.body().contains("admin-secret-required"))) {
                        findings.add(principal.getKey() + ": " + endpoint.method() + " " + target
                                + " should be refused for want of the admin secret -> " + answer);
                    }
                }
            }
        }

        assertThat(requests).isGreaterThan(500);
        assertThat(findings).as(findings.size() + " of " + requests + " requests got through").isEmpty();
        var victim = client.admin("GET", "/api/v1/admin/registrations/" + f.ids().get("registrationId"), null);
        assertThat(victim.statusCode()).as("the registration nobody may delete without the secret is still there")
                .isEqualTo(200);
    }

    @Test
    void noStaffEndpointAnswersAParticipantUnderAnySpellingOfItsPath() {
        var f = fixture();
        var staffEndpoints = endpoints().stream()
                .filter(e -> classify(e.method(), e.path()).orElseThrow().access() == Access.STAFF).toList();
        assertThat(staffEndpoints).hasSizeGreaterThan(50);

        var findings = new ArrayList<String>();
        var requests = 0;
        for (var endpoint : staffEndpoints) {
            var rule = classify(endpoint.method(), endpoint.path()).orElseThrow();
            var path = f.resolve(endpoint.path());
            var body = rule.body() == null ? null : f.fill(rule.body());
            for (var target : variants(endpoint.path(), path)) {
                var answer = send(endpoint.method(), target, f.participantToken(), null, body, rule.contentType());
                requests++;
                if (answer.success() || answer.status() >= 500) {
                    findings.add(endpoint.method() + " " + target + " -> " + answer);
                } else if (target.equals(path) && answer.status() != 403 && answer.status() != 404) {
                    findings.add(endpoint.method() + " " + target
                            + " should be refused by the access check (403/404), not before it -> " + answer);
                }
            }
        }

        assertThat(requests).isGreaterThan(1000);
        assertThat(findings).as(findings.size() + " of " + requests + " requests got through").isEmpty();
    }

    @Test
    void theSweepReachesTheResourcesWithTheRightCredentials() {
        var f = fixture();
        assertThat(send("GET", "/api/v1/admin/registrations", null, ToolClient.ADMIN_SECRET, null, null).status())
                .isEqualTo(200);
        assertThat(send("GET", f.resolve("/api/v1/courses/{courseId}/participants/{userId}/plan"), f.coachToken(), null,
                null, null).status()).isEqualTo(200);
        assertThat(send("GET", f.resolve("/api/v1/routes/{id}"), f.coachToken(), null, null, null).status()).isEqualTo(200);
        assertThat(send("GET", f.resolve("/api/v1/plans/{id}"), f.participantToken(), null, null, null).status())
                .isEqualTo(200);
    }

    @Test
    void wrongAdminSecretsAreLimitedPerClientAddressWithoutLockingOutOthers() {
        var guesser = raw.from("127.0.0.2");
        var secretOf = (java.util.function.Function<String, Map<String, String>>) secret ->
                Map.of("Accept", "application/json", "X-Admin-Secret", secret);
        for (var i = 1; i <= 10; i++) {
            var guess = guesser.send("GET", "/api/v1/admin/registrations", secretOf.apply("guess-" + i), (String) null);
            assertThat(guess.status()).as("guess " + i).isEqualTo(401);
        }

        var limited = guesser.send("GET", "/api/v1/admin/registrations", secretOf.apply(ToolClient.ADMIN_SECRET), (String) null);
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.body()).contains("https://groeipad.nl/problems/too-many-attempts");
        assertThat(Integer.parseInt(limited.header("Retry-After").orElseThrow())).isBetween(1, 60);

        var operator = raw.send("GET", "/api/v1/admin/registrations", secretOf.apply(ToolClient.ADMIN_SECRET), (String) null);
        assertThat(operator.status()).as("the operator at another address is not locked out").isEqualTo(200);
    }

    // ---- the spellings of a path ---------------------------------------------------------------

    /**
     * The concrete path and the ways a server might still map it to the same resource: a matrix parameter,
     * an encoded or bare semicolon on each segment, doubled slashes, dot segments, {@code x/..}, an encoded
     * slash instead of each slash, and each literal segment in other letter case.
     */
    static Set<String> variants(String template, String path) {
        var literal = template.substring(1).split("/");
        var segments = path.substring(1).split("/");
        var result = new LinkedHashSet<String>();
        result.add(path);
        result.add(path + ";");
        result.add(path + "/");
        result.add("/" + path);
        result.add("/." + path);
        for (var i = 0; i < segments.length; i++) {
            result.add(join(segments, i, segments[i] + ";x=1"));
            result.add(join(segments, i, segments[i] + ";"));
            result.add(join(segments, i, segments[i] + "%3Bx=1"));
            result.add(join(segments, i, segments[i] + "%3b"));
            if (!literal[i].startsWith("{")) {
                result.add(join(segments, i, segments[i].toUpperCase(Locale.ROOT)));
                result.add(join(segments, i, Character.toUpperCase(segments[i].charAt(0)) + segments[i].substring(1)));
            }
        }
        for (var i = 1; i < segments.length; i++) {
            result.add(joinAt(segments, i, "//"));
            result.add(joinAt(segments, i, "/./"));
            result.add(joinAt(segments, i, "/%2e/"));
            result.add(joinAt(segments, i, "/x/../"));
            result.add(joinAt(segments, i, "%2F"));
            result.add(joinAt(segments, i, "%2f"));
            result.add(joinAt(segments, i, "/;x=1/"));
        }
        return result;
    }

    private static String join(String[] segments, int replaced, String replacement) {
        var copy = segments.clone();
        copy[replaced] = replacement;
        return "/" + String.join("/", copy);
    }

    /** The path with {@code separator} instead of the slash before segment {@code i}. */
    private static String joinAt(String[] segments, int i, String separator) {
        return "/" + String.join("/", java.util.Arrays.copyOfRange(segments, 0, i)) + separator
                + String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
    }

    private RawHttp.Answer send(String method, String target, String token, String adminSecret, String body,
                                String contentType) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Accept", "application/json, */*;q=0.5");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (adminSecret != null) {
            headers.put("X-Admin-Secret", adminSecret);
        }
        if (body != null) {
            headers.put("Content-Type", contentType);
        }
        return raw.send(method, target, headers, body);
    }

    // ---- the endpoints -------------------------------------------------------------------------

    record Endpoint(String method, String path, Set<String> security) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation of the running app's OpenAPI document. */
    private List<Endpoint> endpoints() {
        var answer = send("GET", "/openapi", null, null, null, null);
        assertThat(answer.status()).isEqualTo(200);
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            document = reader.readObject();
        }
        var result = new ArrayList<Endpoint>();
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                var method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                var security = new TreeSet<String>();
                var op = operation.getValue().asJsonObject();
                if (op.containsKey("security")) {
                    op.getJsonArray("security").getValuesAs(JsonObject.class).forEach(s -> security.addAll(s.keySet()));
                }
                result.add(new Endpoint(method, path.getKey(), security));
            }
        }
        return result;
    }

    // ---- the data the sweep works on -----------------------------------------------------------

    /** Tokens of five principals and real ids of organisation A, where the participant and coach work. */
    record Fixture(String participantToken, String coachToken, String otherCoachToken, String demoToken,
                   Map<String, String> ids) {

        private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

        /** The template with real ids: which id a parameter stands for depends on the segment before it. */
        String resolve(String template) {
            var segments = template.substring(1).split("/");
            for (var i = 0; i < segments.length; i++) {
                var m = PARAMETER.matcher(segments[i]);
                if (m.matches()) {
                    segments[i] = id(m.group(1), i == 0 ? "" : segments[i - 1], template);
                }
            }
            return "/" + String.join("/", segments);
        }

        private String id(String parameter, String before, String template) {
            var key = switch (parameter) {
                case "id" -> switch (before) {
                    case "plans" -> "planId";
                    case "goals" -> "goalId";
                    case "tasks" -> "taskId";
                    case "frameworks" -> "draftId";
                    case "routes" -> "routeId";
                    case "items" -> "itemId";
                    case "shared" -> "sharedId";
                    case "registrations" -> "registrationId";
                    case "credentials" -> "credentialId";
                    default -> throw new AssertionError("no id for {id} after " + before + " in " + template);
                };
                case "indicatorId" -> template.contains("/intakes/") ? "intakeIndicatorId" : "indicatorId";
                case "sourcedId" -> before.equals("CFItems") ? "competencyKey" : "frameworkKey";
                case "userId" -> "participantId";
                default -> parameter;
            };
            var value = ids.get(key);
            if (value == null) {
                throw new AssertionError("the sweep has no value for {" + parameter + "} in " + template);
            }
            return value;
        }

        String fill(String body) {
            var filled = body.replace("${uuid}", UUID.randomUUID().toString());
            for (var id : ids.entrySet()) {
                filled = filled.replace("${" + id.getKey() + "}", id.getValue());
            }
            return filled;
        }
    }

    private Fixture fixture() {
        if (fixture == null) {
            fixture = newFixture();
        }
        return fixture;
    }

    private Fixture newFixture() {
        organisationA = register("Sweep A");
        organisationB = register("Sweep B");
        organisationC = register("Sweep C");
        var ids = new LinkedHashMap<String, String>();
        ids.put("registrationId", registrationIdOf(organisationC));

        var coach = ToolClient.sessionToken(client.freshBrowser().launch(organisationA, "coach-1"));
        var subject = "learner-" + UUID.randomUUID();
        organisationA.person(subject, "Sam", "Sweep", TestPlatform.LEARNER);
        var participant = ToolClient.sessionToken(client.freshBrowser().launch(organisationA, subject));
        var me = ok(client.api("GET", "/api/v1/me", participant, null));
        ids.put("courseId", me.getJsonObject("course").getString("id"));
        ids.put("participantId", me.getJsonObject("user").getString("id"));
        var otherCoach = ToolClient.sessionToken(client.freshBrowser().launch(organisationB, "coach-1"));

        var frameworks = okArray(client.api("GET", "/api/v1/frameworks", coach, null));
        var published = frameworks.stream().filter(l -> l.containsKey("published") && !l.isNull("published"))
                .findFirst().orElseThrow().getJsonObject("published");
        ids.put("publishedId", published.getString("id"));
        ids.put("frameworkKey", published.getString("key"));
        var framework = ok(client.api("GET", "/api/v1/frameworks/" + published.getString("id"), coach, null));
        var competency = framework.getJsonArray("competencies").getJsonObject(0);
        ids.put("competencyKey", competency.getString("key"));

        var draft = created(client.api("POST", "/api/v1/frameworks/" + published.getString("id") + "/drafts", coach, null));
        ids.put("draftId", draft.getString("id"));
        var draftCompetency = draft.getJsonArray("competencies").getJsonObject(0);
        ids.put("competencyId", draftCompetency.getString("id"));
        ids.put("indicatorId", draftCompetency.getJsonArray("indicators").getJsonObject(0).getString("id"));
        var group = created(client.api("POST", "/api/v1/frameworks/" + draft.getString("id") + "/groups", coach,
                "{\"title\":\"Sweepgroep\"}"));
        ids.put("groupId", group.getString("id"));

        var items = ok(client.api("GET", "/api/v1/catalogue/items", coach, null)).getJsonArray("items");
        ids.put("itemId", items.getJsonObject(0).getString("id"));
        var otherItems = ok(client.api("GET", "/api/v1/catalogue/items", otherCoach, null)).getJsonArray("items");
        ok(client.api("PUT", "/api/v1/catalogue/items/" + otherItems.getJsonObject(0).getString("id") + "/sharing",
                otherCoach, null));
        var shared = ok(client.api("GET", "/api/v1/catalogue/shared", coach, null)).getJsonArray("items");
        ids.put("sharedId", shared.getJsonObject(0).getString("id"));

        var route = created(client.api("POST", "/api/v1/routes", coach,
                "{\"title\":\"Sweeproute\",\"frameworkId\":\"" + ids.get("publishedId") + "\"}"));
        ids.put("routeId", route.getString("id"));
        ok(client.api("PUT", "/api/v1/routes/" + route.getString("id") + "/targets/" + ids.get("competencyKey"), coach,
                "{\"level\":\"B\"}", route.getInt("version")));
        var withStep = created(client.api("POST", "/api/v1/routes/" + route.getString("id") + "/steps", coach,
                "{\"title\":\"Kennismaken\",\"competencyKey\":\"" + ids.get("competencyKey") + "\",\"level\":\"A\"}"));
        ids.put("stepId", withStep.getJsonArray("steps").getJsonObject(0).getString("id"));
        ok(client.api("POST", "/api/v1/routes/" + route.getString("id") + "/steps/" + ids.get("stepId") + "/items",
                coach, "{\"itemId\":\"" + ids.get("itemId") + "\"}"));

        var participantPath = "/api/v1/courses/" + ids.get("courseId") + "/participants/" + ids.get("participantId");
        var plan = created(client.api("POST", participantPath + "/plan", coach, """
                {"goals":[{"title":"Op tijd komen","dueOn":"%s","tasks":[{"title":"Wekker zetten","day":"%s"}]}]}"""
                .formatted(DAY, DAY)));
        ids.put("planId", plan.getString("id"));
        var planGoal = plan.getJsonArray("goals").getJsonObject(0);
        ids.put("goalId", planGoal.getString("id"));
        ids.put("taskId", planGoal.getJsonArray("tasks").getJsonObject(0).getString("id"));

        var grade = client.api("POST", participantPath + "/grades", coach, "{\"scoreGiven\":1,\"scoreMaximum\":2}");
        assertThat(grade.statusCode()).as(grade.body()).isEqualTo(202);
        ids.put("gradeId", ToolClient.json(grade).getString("id"));

        var intake = created(client.api("POST", participantPath + "/intakes", coach, "{}"));
        ids.put("intakeId", intake.getString("id"));
        ids.put("intakeIndicatorId", intake.getJsonArray("questions").getJsonObject(0).getString("indicatorId"));

        var observation = created(client.api("POST", participantPath + "/observations", coach, """
                {"frameworkVersionId":"%s","competencyKeys":["%s"],"level":"A","situations":["magazijn","kantine"],
                 "guideConfirmed":true}""".formatted(ids.get("publishedId"), ids.get("competencyKey"))));
        ids.put("observationId", observation.getString("id"));
        ids.put("situationId", observation.getJsonArray("situations").getJsonObject(0).getString("id"));
        ids.put("observationIndicatorId", observation.getJsonArray("competencies").getJsonObject(0)
                .getJsonArray("indicators").getJsonObject(0).getString("id"));
        var photo = client.upload("POST", participantPath + "/observations/" + ids.get("observationId") + "/situations/"
                + ids.get("situationId") + "/photos", coach, "image/png", ObservationPhotoIT.PNG);
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        ids.put("photoId", ToolClient.json(photo).getJsonObject("photo").getString("id"));

        var schedule = client.api("PUT", participantPath + "/evaluations/schedule", coach, "{\"everyWeeks\":1}");
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        var evaluationDue = ToolClient.json(client.api("GET", participantPath + "/evaluations", coach, null))
                .getString("nextDueOn");
        ids.put("evaluationDue", evaluationDue);
        var evaluation = created(client.api("POST", participantPath + "/evaluations", coach,
                "{\"dueOn\":\"" + evaluationDue + "\",\"goingWell\":\"Op tijd\"}"));
        ids.put("evaluationId", evaluation.getString("id"));

        created(client.api("POST", participantPath + "/route", coach,
                "{\"templateId\":\"" + ids.get("routeId") + "\",\"replace\":true}"));
        CompletionSteps.observeRouteTargets(client, coach, participantPath);
        var moment = CompletionSteps.planMoment(client, coach, participantPath, null);
        ids.put("momentId", moment.getString("id"));
        CompletionSteps.pass(client, coach, participantPath, moment);
        var certificate = created(client.api("POST", participantPath + "/credentials", coach, "{}"));
        ids.put("credentialId", certificate.getString("id"));
        organisationA.person("admin-sweep", "Ada", "Sweep", "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator");
        var admin = ToolClient.sessionToken(client.freshBrowser().launch(organisationA, "admin-sweep"));
        var branchIssuer = created(client.api("POST", "/api/v1/organisation/credential-issuers", admin,
                "{\"name\":\"Sweepbranche\",\"url\":\"https://sweep.example\"}"));
        ids.put("issuerId", branchIssuer.getString("id"));

        return new Fixture(participant, coach, otherCoach, demoCoachToken(), Map.copyOf(ids));
    }

    /** A visitor of demo mode, as a coach: anyone can become one when demo mode is on. */
    private String demoCoachToken() {
        var browser = client.freshBrowser();
        var start = browser.get("/demo/start?as=coach");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        var login = browser.get(start.headers().firstValue("Location").orElseThrow());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        var auth = browser.get(login.headers().firstValue("Location").orElseThrow());
        var form = ToolClient.form(auth.body());
        return ToolClient.sessionToken(browser.postForm(form.get("action"),
                Map.of("id_token", form.get("id_token"), "state", form.get("state"))));
    }

    private TestPlatform register(String name) {
        try {
            return TestPlatform.registeredAt(client, name + " " + UUID.randomUUID().toString().substring(0, 8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String registrationIdOf(TestPlatform platform) {
        return ToolClient.jsonArray(client.admin("GET", "/api/v1/admin/registrations", null))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("issuer").equals(platform.issuer()))
                .findFirst().orElseThrow().getString("id");
    }

    private static JsonObject ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }

    private static List<JsonObject> okArray(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.jsonArray(response).getValuesAs(JsonObject.class);
    }

    private static JsonObject created(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ToolClient.json(response);
    }
}
