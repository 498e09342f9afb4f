package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Completion over HTTP (Payara + MariaDB): the check against concluded observations ("Oefen nog even door" with what
 * is missing) → a formal assessment moment for a certifying route → the outcome recorded once, corrected by new
 * entries with a reason, If-Match on the moment → the certificate, refused without a passed outcome; a certificate for
 * one goal; the coach's course overview; participants, another course's coach and another organisation refused;
 * bad input 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompletionIT {

    private static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";

    private static TestPlatform north;
    private static TestPlatform south;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {north, south}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    record Person(String id, String token, String courseId) {
    }

    @Test
    void checkPlanRecordIssue_forACertifyingRouteAndForOneGoal() {
        var platform = north();
        var coach = launch(platform, "coach-1");
        platform.person("learner-c1", "Cas", "Compleet", TestPlatform.LEARNER);
        var cas = launch(platform, "learner-c1");
        var path = CompletionSteps.participantPath(coach.courseId(), cas.id());
        giveStarterRoute(coach, cas);

        // not ready: "Oefen nog even door" with exactly what is missing
        var before = ok(client.api("GET", path + "/completion", coach.token(), null));
        var route = before.getJsonObject("route");
        assertThat(route.getString("state")).isEqualTo("not-ready");
        assertThat(route.getBoolean("ready")).isFalse();
        assertThat(route.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getString()).startsWith("Nog geen afgeronde observatie van "));
        assertThat(before.getString("rule")).contains("minstens een 4");
        var notReady = client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\",\"assessor\":\"Anna\"}");
        assertProblem(notReady, 409, null);
        assertThat(ToolClient.json(notReady).getString("detail")).startsWith("Oefen nog even door.")
                .contains("Nog geen afgeronde observatie van ");
        assertProblem(client.api("POST", path + "/credentials", coach.token(), "{}"), 409, null);
        assertThat(ToolClient.json(client.api("POST", path + "/credentials", coach.token(), "{}")).getString("type"))
                .endsWith("no-completion-outcome");

        // a certifying route ends with an assessment moment
        var personal = ok(client.api("GET", path + "/route", coach.token(), null));
        var certifying = ok(client.api("PUT", "/api/v1/routes/" + personal.getString("id"), coach.token(),
                "{\"title\":\"" + personal.getString("title") + "\",\"certifying\":true}", personal.getInt("version")));
        assertThat(certifying.getBoolean("certifying")).isTrue();

        // observed at every target level: ready
        CompletionSteps.observeRouteTargets(client, coach.token(), path);
        var ready = ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonObject("route");
        assertThat(ready.getString("state")).isEqualTo("ready");
        assertThat(ready.getString("momentKind")).isEqualTo("assessment");
        assertThat(ready.getJsonArray("missing")).isEmpty();
        assertThat(ready.getJsonArray("targets").getValuesAs(JsonObject.class)).allSatisfy(t -> {
            assertThat(t.getBoolean("met")).isTrue();
            assertThat(t.getJsonArray("evidence").getString(0)).contains("eerder afgerond");
        });

        // bad input: 400 naming the field
        assertProblem(client.api("POST", path + "/completion/moments", coach.token(), "{\"subject\":\"route\"}"), 400, "date");
        assertProblem(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\"}"), 400, "assessor");
        assertProblem(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"anything\",\"date\":\"" + LocalDate.now() + "\"}"), 400, "subject");
        assertProblem(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"goal\",\"goalId\":\"nope\",\"date\":\"" + LocalDate.now() + "\"}"), 400, "goalId");
        assertProblem(client.api("POST", path + "/completion/moments", coach.token(), "{\"date\":\"soon\"}"), 400, null);

        // plan the assessment moment
        var planned = client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now().plusDays(3) + "\",\"assessor\":\"Anna de Vries\","
                        + "\"note\":\"In de kas\"}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        var moment = ToolClient.json(planned);
        assertThat(moment.getString("kind")).isEqualTo("assessment");
        assertThat(moment.getString("assessor")).isEqualTo("Anna de Vries");
        assertThat(planned.headers().firstValue("ETag")).contains("\"" + moment.getInt("version") + "\"");
        assertProblem(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\",\"assessor\":\"Anna\"}"), 409, null);
        assertThat(ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonObject("route")
                .getString("state")).isEqualTo("planned");
        assertProblem(client.api("POST", path + "/credentials", coach.token(), "{}"), 409, null);

        // the outcome: If-Match required, a stale version refused, bad outcome names the field
        var outcomes = path + "/completion/moments/" + moment.getString("id") + "/outcomes";
        assertProblem(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}"), 428, null);
        assertProblem(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}", moment.getInt("version") + 7), 412, null);
        assertProblem(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"maybe\"}", moment.getInt("version")), 400, "outcome");
        assertProblem(client.api("POST", outcomes, coach.token(), "{}", moment.getInt("version")), 400, "outcome");
        var notYet = created(client.api("POST", outcomes, coach.token(),
                "{\"outcome\":\"not-yet\",\"note\":\"Nog onzeker bij het snoeien\"}", moment.getInt("version")));
        assertThat(notYet.getInt("version")).isGreaterThan(moment.getInt("version"));
        assertThat(notYet.getJsonObject("outcome").getString("outcome")).isEqualTo("not-yet");
        assertProblem(client.api("POST", path + "/credentials", coach.token(), "{}"), 409, null);

        // two coaches at once: the one who saw the old version hears 412; a second plain outcome is 409
        assertProblem(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}", moment.getInt("version")), 412, null);
        var exists = client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}", notYet.getInt("version"));
        assertProblem(exists, 409, null);
        assertThat(ToolClient.json(exists).getString("type")).endsWith("outcome-exists");

        // corrected only by a new entry with a reason
        var firstId = notYet.getJsonObject("outcome").getString("id");
        assertProblem(client.api("POST", outcomes, coach.token(),
                "{\"outcome\":\"passed\",\"corrects\":\"" + firstId + "\"}", notYet.getInt("version")), 400, "reason");
        var corrected = created(client.api("POST", outcomes, coach.token(),
                "{\"outcome\":\"passed\",\"corrects\":\"" + firstId + "\",\"reason\":\"Verkeerd aangeklikt\"}",
                notYet.getInt("version")));
        assertThat(corrected.getJsonObject("outcome").getString("outcome")).isEqualTo("passed");
        assertThat(corrected.getJsonObject("outcome").getString("reason")).isEqualTo("Verkeerd aangeklikt");
        var history = corrected.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).hasSize(2);
        assertThat(history).filteredOn(h -> h.getBoolean("current")).hasSize(1);
        assertThat(history).extracting(h -> h.getString("outcome")).containsExactly("passed", "not-yet");
        var changed = client.api("POST", outcomes, coach.token(),
                "{\"outcome\":\"not-yet\",\"corrects\":\"" + firstId + "\",\"reason\":\"Toch niet\"}", corrected.getInt("version"));
        assertProblem(changed, 409, null);
        assertThat(ToolClient.json(changed).getString("type")).endsWith("outcome-changed");
        var fetched = client.api("GET", path + "/completion/moments/" + moment.getString("id"), coach.token(), null);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("ETag")).contains("\"" + corrected.getInt("version") + "\"");

        // now the certificate
        var issued = created(client.api("POST", path + "/credentials", coach.token(), "{\"message\":\"Top!\"}"));
        assertThat(issued.getString("title")).isEqualTo(personal.getString("title"));
        assertThat(ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonObject("route")
                .getString("state")).isEqualTo("issued");

        // a certificate for one goal: the goal's competency and level
        var target = personal.getJsonArray("targets").getJsonObject(0);
        var plan = created(client.api("POST", path + "/plan", coach.token(), """
                {"goals":[{"title":"Veilig werken met de bosmaaier","competencyKey":"%s","competencyTitle":"%s","level":"A",
                 "dueOn":"%s"}]}""".formatted(target.getString("competencyKey"), target.getString("competencyTitle"),
                LocalDate.now().plusDays(30))));
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        assertProblem(client.api("POST", path + "/credentials", coach.token(), "{\"goalId\":\"" + goalId + "\"}"), 409, null);
        var goal = ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonArray("goals")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("subjectId").equals(goalId)).findFirst()
                .orElseThrow();
        assertThat(goal.getString("state")).isEqualTo("ready");
        assertThat(goal.getString("momentKind")).isEqualTo("completion");
        var goalMoment = CompletionSteps.planMoment(client, coach.token(), path, goalId);
        assertThat(goalMoment.getString("kind")).isEqualTo("completion");
        CompletionSteps.pass(client, coach.token(), path, goalMoment);
        var goalCertificate = created(client.api("POST", path + "/credentials", coach.token(), "{\"goalId\":\"" + goalId + "\"}"));
        assertThat(goalCertificate.getString("title")).isEqualTo("Veilig werken met de bosmaaier");
        assertThat(goalCertificate.getJsonArray("achieved")).hasSize(1);
        assertThat(goalCertificate.getJsonArray("achieved").getJsonObject(0).toString())
                .contains(target.getString("competencyTitle"));
        assertThat(client.api("GET", "/credentials/" + tenantOf(goalCertificate) + "/" + goalCertificate.getString("id")
                + "/verification", null, null).statusCode()).isEqualTo(200);

        // the coach's course overview
        var rows = ToolClient.jsonArray(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/completions",
                coach.token(), null)).getValuesAs(JsonObject.class);
        var row = rows.stream().filter(r -> r.getString("participantId").equals(cas.id())).findFirst().orElseThrow();
        assertThat(row.getString("name")).contains("Cas");
        assertThat(row.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("state"))
                .containsOnly("issued");
    }

    @Test
    void participantsAnotherCoursesCoachAndAnotherOrganisationAreRefused() {
        var platform = north();
        var coach = launch(platform, "coach-1");
        platform.person("learner-c2", "Dana", "Deelnemer", TestPlatform.LEARNER);
        var dana = launch(platform, "learner-c2");
        platform.person("learner-c3", "Eef", "Ander", TestPlatform.LEARNER);
        var eef = launch(platform, "learner-c3");
        var path = CompletionSteps.participantPath(coach.courseId(), dana.id());
        giveStarterRoute(coach, dana);
        CompletionSteps.observeRouteTargets(client, coach.token(), path);
        var moment = CompletionSteps.planMoment(client, coach.token(), path, null);

        var stranger = launch(south(), "coach-1");
        platform.tamper(claims -> claims.claim(CONTEXT, Map.of("id", "other-course-c", "label", "X", "title", "Andere cursus",
                "type", List.of("CourseSection"))));
        Person otherCourseCoach;
        try {
            platform.person("coach-8", "Coach", "Acht", TestPlatform.INSTRUCTOR);
            otherCourseCoach = launch(platform, "coach-8");
        } finally {
            platform.tamper(claims -> { });
        }
        assertThat(otherCourseCoach.courseId()).isNotEqualTo(coach.courseId());

        record Call(String method, String path, String json) {
        }
        var calls = List.of(new Call("GET", path + "/completion", null),
                new Call("POST", path + "/completion/moments", "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\",\"assessor\":\"X\"}"),
                new Call("GET", path + "/completion/moments/" + moment.getString("id"), null),
                new Call("POST", path + "/completion/moments/" + moment.getString("id") + "/outcomes", "{\"outcome\":\"passed\"}"),
                new Call("GET", "/api/v1/courses/" + coach.courseId() + "/completions", null));
        for (var call : calls) {
            assertProblem(client.api(call.method(), call.path(), dana.token(), call.json(), moment.getInt("version")), 403, null);
            assertProblem(client.api(call.method(), call.path(), eef.token(), call.json(), moment.getInt("version")), 403, null);
            assertProblem(client.api(call.method(), call.path(), otherCourseCoach.token(), call.json(), moment.getInt("version")), 404, null);
            assertProblem(client.api(call.method(), call.path(), stranger.token(), call.json(), moment.getInt("version")), 404, null);
            assertThat(client.api(call.method(), call.path(), null, call.json(), moment.getInt("version")).statusCode()).isEqualTo(401);
        }
        // another participant of the same course named in the address: the moment is not theirs
        var elsewhere = CompletionSteps.participantPath(coach.courseId(), eef.id()) + "/completion/moments/" + moment.getString("id");
        assertProblem(client.api("GET", elsewhere, coach.token(), null), 404, null);
        assertProblem(client.api("POST", elsewhere + "/outcomes", coach.token(), "{\"outcome\":\"passed\"}",
                moment.getInt("version")), 404, null);
        // nothing was recorded by any of them
        var stored = ok(client.api("GET", path + "/completion/moments/" + moment.getString("id"), coach.token(), null));
        assertThat(stored.getJsonArray("history")).isEmpty();
        assertThat(stored.getInt("version")).isEqualTo(moment.getInt("version"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void giveStarterRoute(Person coach, Person participant) {
        var starter = ToolClient.jsonArray(client.api("GET", "/api/v1/routes", coach.token(), null))
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).findFirst().orElseThrow();
        created(client.api("POST", CompletionSteps.participantPath(coach.courseId(), participant.id()) + "/route",
                coach.token(), "{\"templateId\":\"" + starter.getString("id") + "\",\"replace\":true}"));
    }

    private static String tenantOf(JsonObject credential) {
        return java.net.URI.create(credential.getJsonObject("links").getString("verify")).getPath().split("/")[2];
    }

    private Person launch(TestPlatform platform, String subject) {
        var token = ToolClient.sessionToken(client.freshBrowser().launch(platform, subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Person(me.getJsonObject("user").getString("id"), token, me.getJsonObject("course").getString("id"));
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ToolClient.json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(ToolClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }

    private TestPlatform north() {
        if (north == null) {
            north = register("Leerwerkbedrijf Afronding Noord");
        }
        return north;
    }

    private TestPlatform south() {
        if (south == null) {
            south = register("Leerwerkbedrijf Afronding Zuid");
        }
        return south;
    }

    private TestPlatform register(String name) {
        try {
            return TestPlatform.registeredAt(client, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
