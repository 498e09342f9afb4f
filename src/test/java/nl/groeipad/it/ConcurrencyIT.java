package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No silent lost updates (issue 6 §2), over real HTTP on Payara Micro against MariaDB. Every aggregate two
 * people can edit carries a version: {@code GET} answers it as {@code ETag}, a change must name the version it
 * was made on ({@code If-Match}); without one it is refused (428), on an older one it is refused (412) with
 * the newer version in the problem. Concurrent additions to one ordered list each get their own position.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String DEMO_FRAMEWORK_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";
    private static final String SAFETY = "572afc48-5b47-45f7-a167-1103f8709b32";
    private static final String STALE = "https://groeipad.nl/problems/stale-version";
    private static final String REQUIRED = "https://groeipad.nl/problems/precondition-required";

    private static TestPlatform lms;
    private final ToolClient client = new ToolClient(Deployments.base());

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

    record Person(String id, String token, String courseId) {
    }

    // ---- one version, two writers ----------------------------------------------------------------------------

    @Test
    void twoCoachesSavingOneGoalFromTheSameVersionGiveOneSuccessAndOneStaleProblem() {
        var coach = coach();
        var otherCoach = launch("coach-2");
        var participant = newParticipant();
        var plan = createPlan(coach, participant, 1);
        var goal = plan.getJsonArray("goals").getJsonObject(0);
        var seen = goal.getInt("version");

        var answers = atOnce(2, i -> client.api("PUT", "/api/v1/goals/" + goal.getString("id"),
                (i == 0 ? coach : otherCoach).token(), goalJson("Versie van coach " + (i + 1)), seen));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        var won = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        var lost = answers.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow();
        var winner = ToolClient.json(won);
        assertThat(winner.getInt("version")).isGreaterThan(seen);
        assertThat(ToolClient.etag(won)).isEqualTo(winner.getInt("version"));

        assertStale(lost, winner.getInt("version"));
        var problem = ToolClient.json(lost);
        assertThat(problem.getJsonObject("current").getString("title")).isEqualTo(winner.getString("title"));
        assertThat(problem.getString("detail")).contains(winner.getString("title"));

        // The stored goal is exactly what the winner sent: never a mix of both requests.
        var stored = goalOf(client.api("GET", planPath(coach, participant), coach.token(), null), goal.getString("id"));
        assertThat(stored.getString("title")).isEqualTo(winner.getString("title"));
        assertThat(stored.getInt("version")).isEqualTo(winner.getInt("version"));

        // With the newer version the loser's change goes through.
        var retried = client.api("PUT", "/api/v1/goals/" + goal.getString("id"), coach.token(),
                goalJson("Samen afgesproken"), problem.getInt("currentVersion"));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    }

    @Test
    void aStaleChangeIsRefusedOnEveryAggregateWithTheNewerVersion() {
        var coach = coach();
        var participant = newParticipant();
        var plan = createPlan(coach, participant, 1);
        var goal = plan.getJsonArray("goals").getJsonObject(0);
        var task = goal.getJsonArray("tasks").getJsonObject(0);
        var goalPath = "/api/v1/goals/" + goal.getString("id");
        var taskPath = "/api/v1/tasks/" + task.getString("id");

        ok(client.api("PUT", goalPath, coach.token(), goalJson("Nieuw"), goal.getInt("version")));
        assertStale(client.api("PUT", goalPath, coach.token(), goalJson("Oud"), goal.getInt("version")), null);
        assertStale(client.api("DELETE", goalPath, coach.token(), null, goal.getInt("version")), null);

        ok(client.api("PUT", taskPath, coach.token(), taskJson("Nieuw"), task.getInt("version")));
        assertStale(client.api("PUT", taskPath, coach.token(), taskJson("Oud"), task.getInt("version")), null);
        assertStale(client.api("DELETE", taskPath, coach.token(), null, task.getInt("version")), null);

        var route = newRoute(coach);
        var routePath = "/api/v1/routes/" + route.getString("id");
        ok(client.api("PUT", routePath, coach.token(), "{\"title\":\"Nieuw\"}", route.getInt("version")));
        assertStale(client.api("PUT", routePath, coach.token(), "{\"title\":\"Oud\"}", route.getInt("version")), null);

        var framework = created(client.api("POST", "/api/v1/frameworks", coach.token(), "{\"title\":\"Raamwerk\"}"));
        var frameworkPath = "/api/v1/frameworks/" + framework.getString("id");
        ok(client.api("PUT", frameworkPath, coach.token(), "{\"title\":\"Nieuw\"}", framework.getInt("revision")));
        var staleFramework = client.api("PUT", frameworkPath, coach.token(), "{\"title\":\"Oud\"}", framework.getInt("revision"));
        assertStale(staleFramework, null);
        assertThat(ToolClient.json(staleFramework).getJsonObject("current").getString("title")).isEqualTo("Nieuw");

        var item = created(client.api("POST", "/api/v1/catalogue/items", coach.token(), itemJson("Nieuw item")));
        var itemPath = "/api/v1/catalogue/items/" + item.getString("id");
        ok(client.api("PUT", itemPath, coach.token(), itemJson("Nieuw"), item.getInt("version")));
        assertStale(client.api("PUT", itemPath, coach.token(), itemJson("Oud"), item.getInt("version")), null);
        assertStale(client.api("DELETE", itemPath, coach.token(), null, item.getInt("version")), null);

        var intake = created(client.api("POST", intakesPath(coach, participant), coach.token(), null));
        var indicatorId = intake.getJsonArray("questions").getJsonObject(0).getString("indicatorId");
        var observation = intakesPath(coach, participant) + "/" + intake.getString("id") + "/observations/" + indicatorId;
        ok(client.api("PUT", observation, coach.token(), "{\"score\":4}", intake.getInt("version")));
        assertStale(client.api("PUT", observation, coach.token(), "{\"score\":2}", intake.getInt("version")), null);

        var registration = register("Tweede leerbedrijf " + UUID.randomUUID());
        var registrationPath = "/api/v1/admin/registrations/" + registration.getString("id");
        ok(client.admin("POST", registrationPath + "/deployments", "{\"deploymentId\":\"2\"}", registration.getInt("version")));
        assertStale(client.admin("DELETE", registrationPath, null, registration.getInt("version")), null);
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequired() {
        var coach = coach();
        var participant = newParticipant();
        var plan = createPlan(coach, participant, 1);
        var goal = plan.getJsonArray("goals").getJsonObject(0);
        var task = goal.getJsonArray("tasks").getJsonObject(0);
        var route = newRoute(coach);
        var framework = created(client.api("POST", "/api/v1/frameworks", coach.token(), "{\"title\":\"Raamwerk\"}"));
        var item = created(client.api("POST", "/api/v1/catalogue/items", coach.token(), itemJson("Zonder versie")));
        var intake = created(client.api("POST", intakesPath(coach, participant), coach.token(), null));
        var indicatorId = intake.getJsonArray("questions").getJsonObject(0).getString("indicatorId");
        var registration = register("Derde leerbedrijf " + UUID.randomUUID());

        assertRequired(client.api("PUT", "/api/v1/goals/" + goal.getString("id"), coach.token(), goalJson("X")));
        assertRequired(client.api("DELETE", "/api/v1/goals/" + goal.getString("id"), coach.token(), null));
        assertRequired(client.api("PUT", "/api/v1/tasks/" + task.getString("id"), coach.token(), taskJson("X")));
        assertRequired(client.api("DELETE", "/api/v1/tasks/" + task.getString("id"), coach.token(), null));
        assertRequired(client.api("PUT", "/api/v1/routes/" + route.getString("id"), coach.token(), "{\"title\":\"X\"}"));
        assertRequired(client.api("DELETE", "/api/v1/routes/" + route.getString("id"), coach.token(), null));
        assertRequired(client.api("PUT", "/api/v1/frameworks/" + framework.getString("id"), coach.token(), "{\"title\":\"X\"}"));
        assertRequired(client.api("DELETE", "/api/v1/frameworks/" + framework.getString("id"), coach.token(), null));
        assertRequired(client.api("PUT", "/api/v1/catalogue/items/" + item.getString("id"), coach.token(), itemJson("X")));
        assertRequired(client.api("DELETE", "/api/v1/catalogue/items/" + item.getString("id"), coach.token(), null));
        assertRequired(client.api("PUT", intakesPath(coach, participant) + "/" + intake.getString("id") + "/observations/"
                + indicatorId, coach.token(), "{\"score\":3}"));
        assertRequired(client.admin("DELETE", "/api/v1/admin/registrations/" + registration.getString("id"), null));

        // Nothing changed.
        var reloaded = client.api("GET", planPath(coach, participant), coach.token(), null);
        assertThat(goalOf(reloaded, goal.getString("id")).getString("title")).isEqualTo("Doel 1");
        assertThat(client.admin("GET", "/api/v1/admin/registrations/" + registration.getString("id"), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void weakStrongAndListedEntityTagsAreUnderstood() {
        var coach = coach();
        var participant = newParticipant();
        var goal = createPlan(coach, participant, 1).getJsonArray("goals").getJsonObject(0);
        var path = "/api/v1/goals/" + goal.getString("id");

        var weak = send("PUT", path, coach.token(), goalJson("Zwak"), "W/\"" + goal.getInt("version") + "\"", "nl");
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(200);
        var version = ToolClient.json(weak).getInt("version");
        var listed = send("PUT", path, coach.token(), goalJson("Lijst"), "\"999\", \"" + version + "\"", "nl");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        var garbage = send("PUT", path, coach.token(), goalJson("Onzin"), "\"geen-versie\"", "nl");
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(412);
    }

    @Test
    void theStaleProblemNamesWhatChangedInTheRequestsLanguage() {
        var coach = coach();
        var participant = newParticipant();
        var goal = createPlan(coach, participant, 1).getJsonArray("goals").getJsonObject(0);
        var path = "/api/v1/goals/" + goal.getString("id");
        ok(client.api("PUT", path, coach.token(), goalJson("Op tijd komen"), goal.getInt("version")));

        var dutch = ToolClient.json(send("PUT", path, coach.token(), goalJson("X"), "\"" + goal.getInt("version") + "\"", "nl"));
        assertThat(dutch.getString("title")).isEqualTo("Iemand anders heeft dit net veranderd");
        assertThat(dutch.getString("detail")).contains("doel").contains("Op tijd komen");
        var english = ToolClient.json(send("PUT", path, coach.token(), goalJson("X"), "\"" + goal.getInt("version") + "\"", "en"));
        assertThat(english.getString("title")).isEqualTo("Someone else just changed this");
        assertThat(english.getString("detail")).contains("goal").contains("Op tijd komen");

        var missing = ToolClient.json(send("PUT", path, coach.token(), goalJson("X"), null, "en"));
        assertThat(missing.getString("detail")).contains("If-Match");
    }

    // ---- ordered lists under concurrent additions ----------------------------------------------------------

    @Test
    void thirtyGoalsAddedAtOnceToOnePlanGetThirtyDistinctPositions() {
        var coach = coach();
        var participant = newParticipant();
        var plan = createPlan(coach, participant, 0);

        var answers = atOnce(30, i -> client.api("POST", "/api/v1/plans/" + plan.getString("id") + "/goals", coach.token(),
                goalJson("Doel " + i)));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        var goals = ToolClient.json(client.api("GET", planPath(coach, participant), coach.token(), null))
                .getJsonArray("goals").getValuesAs(JsonObject.class);
        assertThat(goals).hasSize(30);
        assertThat(goals).extracting(g -> g.getInt("position")).doesNotHaveDuplicates();
    }

    @Test
    void thirtyTasksAddedAtOnceToOneGoalGetThirtyDistinctPositions() {
        var coach = coach();
        var participant = newParticipant();
        var goal = createPlan(coach, participant, 0 + 1).getJsonArray("goals").getJsonObject(0);

        var answers = atOnce(30, i -> client.api("POST", "/api/v1/goals/" + goal.getString("id") + "/tasks", coach.token(),
                taskJson("Taak " + i)));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        var tasks = goalOf(client.api("GET", planPath(coach, participant), coach.token(), null), goal.getString("id"))
                .getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertThat(tasks).hasSize(31);
        assertThat(tasks).extracting(t -> t.getInt("position")).doesNotHaveDuplicates();
    }

    @Test
    void thirtyStepsAddedAtOnceToOneRouteGetThirtyDistinctPositions() {
        var coach = coach();
        var route = newRoute(coach);

        var answers = atOnce(30, i -> client.api("POST", "/api/v1/routes/" + route.getString("id") + "/steps", coach.token(),
                "{\"title\":\"Stap %d\",\"competencyKey\":\"%s\",\"level\":\"A\"}".formatted(i, SAFETY)));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        var steps = ok(client.api("GET", "/api/v1/routes/" + route.getString("id"), coach.token(), null))
                .getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps).hasSize(30);
        assertThat(steps).extracting(s -> s.getInt("position")).containsExactlyElementsOf(IntStream.range(0, 30).boxed().toList());
    }

    // ---- every change gives a new ETag -----------------------------------------------------------------------

    @Test
    void everyChangeInsideAPlanGivesThePlanANewETag() {
        var coach = coach();
        var participant = newParticipant();
        var plan = createPlan(coach, participant, 1);
        var goal = plan.getJsonArray("goals").getJsonObject(0);
        var task = goal.getJsonArray("tasks").getJsonObject(0);
        var path = planPath(coach, participant);
        var tags = new ArrayList<Integer>();
        tags.add(planETag(path, coach, plan.getInt("version")));

        ok(client.api("PUT", "/api/v1/goals/" + goal.getString("id"), coach.token(), goalJson("Anders"), goal.getInt("version")));
        tags.add(planETag(path, coach, null));
        var taskNow = ok(client.api("PUT", "/api/v1/tasks/" + task.getString("id"), coach.token(), taskJson("Anders"),
                task.getInt("version")));
        assertThat(taskNow.getInt("version")).isGreaterThan(task.getInt("version"));
        tags.add(planETag(path, coach, null));
        var ticked = ok(client.api("POST", "/api/v1/tasks/" + task.getString("id") + "/done", participant.token(), null));
        assertThat(ticked.getInt("version")).isGreaterThan(taskNow.getInt("version"));
        tags.add(planETag(path, coach, null));
        ok(client.api("PUT", "/api/v1/tasks/" + task.getString("id") + "/note", participant.token(), "{\"note\":\"Gedaan\"}"));
        tags.add(planETag(path, coach, null));
        created(client.api("POST", "/api/v1/plans/" + plan.getString("id") + "/goals", coach.token(), goalJson("Erbij")));
        tags.add(planETag(path, coach, null));
        ok(client.api("POST", "/api/v1/goals/" + goal.getString("id") + "/achieved", coach.token(), null));
        tags.add(planETag(path, coach, null));

        assertThat(tags).doesNotHaveDuplicates().isSorted();
        var mine = client.api("GET", "/api/v1/me/plan", participant.token(), null);
        assertThat(ToolClient.etag(mine)).isEqualTo(tags.getLast());
        var byId = client.api("GET", "/api/v1/plans/" + plan.getString("id"), coach.token(), null);
        assertThat(ToolClient.etag(byId)).isEqualTo(tags.getLast());
    }

    @Test
    void everyOtherUpdatedAggregateAnswersANewETag() {
        var coach = coach();
        var participant = newParticipant();

        var route = newRoute(coach);
        var routePath = "/api/v1/routes/" + route.getString("id");
        var before = ToolClient.etag(client.api("GET", routePath, coach.token(), null));
        assertThat(before).isEqualTo(route.getInt("version"));
        var changed = client.api("PUT", routePath + "/targets/" + SAFETY, coach.token(), "{\"level\":\"B\"}", before);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ToolClient.etag(changed)).isGreaterThan(before);
        assertThat(ToolClient.etag(client.api("GET", routePath, coach.token(), null))).isEqualTo(ToolClient.etag(changed));

        var framework = created(client.api("POST", "/api/v1/frameworks", coach.token(), "{\"title\":\"Raamwerk\"}"));
        var frameworkPath = "/api/v1/frameworks/" + framework.getString("id");
        var revision = ToolClient.etag(client.api("GET", frameworkPath, coach.token(), null));
        created(client.api("POST", frameworkPath + "/competencies", coach.token(), "{\"title\":\"Samenwerken\"}"));
        assertThat(ToolClient.etag(client.api("GET", frameworkPath, coach.token(), null))).isGreaterThan(revision);

        var item = created(client.api("POST", "/api/v1/catalogue/items", coach.token(), itemJson("Etiket")));
        var itemPath = "/api/v1/catalogue/items/" + item.getString("id");
        var itemTag = ToolClient.etag(client.api("GET", itemPath, coach.token(), null));
        ok(client.api("PUT", itemPath + "/sharing", coach.token(), null));
        assertThat(ToolClient.etag(client.api("GET", itemPath, coach.token(), null))).isGreaterThan(itemTag);

        var intake = created(client.api("POST", intakesPath(coach, participant), coach.token(), null));
        var intakePath = intakesPath(coach, participant) + "/" + intake.getString("id");
        var intakeTag = ToolClient.etag(client.api("GET", intakePath, coach.token(), null));
        var indicatorId = intake.getJsonArray("questions").getJsonObject(0).getString("indicatorId");
        ok(client.api("PUT", "/api/v1/me/intake/answers/" + indicatorId, participant.token(), "{\"answer\":\"already\"}"));
        assertThat(ToolClient.etag(client.api("GET", intakePath, coach.token(), null))).isGreaterThan(intakeTag);
        assertThat(ToolClient.etag(client.api("GET", "/api/v1/me/intake", participant.token(), null))).isGreaterThan(intakeTag);

        var registration = register("Vierde leerbedrijf " + UUID.randomUUID());
        var registrationPath = "/api/v1/admin/registrations/" + registration.getString("id");
        var registrationTag = ToolClient.etag(client.admin("GET", registrationPath, null));
        ok(client.admin("POST", registrationPath + "/deployments", "{\"deploymentId\":\"7\"}"));
        var afterDeployment = ToolClient.etag(client.admin("GET", registrationPath, null));
        assertThat(afterDeployment).isGreaterThan(registrationTag);
        var removed = client.admin("DELETE", registrationPath, null, afterDeployment);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private int planETag(String path, Person coach, Integer expected) {
        var answer = client.api("GET", path, coach.token(), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var tag = ToolClient.etag(answer);
        assertThat(ToolClient.json(answer).getInt("version")).isEqualTo(tag);
        if (expected != null) {
            assertThat(tag).isEqualTo(expected);
        }
        return tag;
    }

    private static void assertStale(HttpResponse<String> answer, Integer currentVersion) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(412);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = ToolClient.json(answer);
        assertThat(problem.getString("type")).isEqualTo(STALE);
        assertThat(problem.getInt("status")).isEqualTo(412);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getJsonObject("current")).isNotNull();
        if (currentVersion != null) {
            assertThat(problem.getInt("currentVersion")).isEqualTo(currentVersion);
        }
        var current = problem.getJsonObject("current");
        var version = current.containsKey("revision") ? current.getInt("revision") : current.getInt("version");
        assertThat(problem.getInt("currentVersion")).isEqualTo(version);
        assertThat(ToolClient.etag(answer)).isEqualTo(version);
    }

    private static void assertRequired(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri() + ": " + answer.body()).isEqualTo(428);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ToolClient.json(answer).getString("type")).isEqualTo(REQUIRED);
    }

    /** Runs {@code n} calls at the same moment, each on its own thread; answers them in call order. */
    private static List<HttpResponse<String>> atOnce(int n, IntFunction<HttpResponse<String>> call) {
        var pool = Executors.newFixedThreadPool(n);
        var start = new CountDownLatch(1);
        try {
            var futures = IntStream.range(0, n).mapToObj(i -> pool.submit(() -> {
                start.await();
                return call.apply(i);
            })).toList();
            start.countDown();
            var answers = new ArrayList<HttpResponse<String>>();
            for (var future : futures) {
                answers.add(future.get(180, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A request with exactly these If-Match and Accept-Language headers (null: none). */
    private HttpResponse<String> send(String method, String path, String token, String json, String ifMatch, String language) {
        var request = HttpRequest.newBuilder(URI.create(client.base() + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ToolClient.json(answer);
    }

    private static JsonObject created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return ToolClient.json(answer);
    }

    private static JsonObject goalOf(HttpResponse<String> plan, String goalId) {
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        return ToolClient.json(plan).getJsonArray("goals").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("id").equals(goalId)).findFirst().orElseThrow();
    }

    /** A plan with {@code goals} goals "Doel 1" …, each with one task today. */
    private JsonObject createPlan(Person coach, Person participant, int goals) {
        var goalJson = IntStream.rangeClosed(1, goals).mapToObj(i -> """
                {"title":"Doel %d","dueOn":"%s","tasks":[{"title":"Taak","day":"%s"}]}"""
                .formatted(i, today().plusWeeks(4), today())).toList();
        return created(client.api("POST", planPath(coach, participant), coach.token(),
                "{\"goals\":[" + String.join(",", goalJson) + "]}"));
    }

    private static String goalJson(String title) {
        return "{\"title\":\"%s\",\"dueOn\":\"%s\"}".formatted(title, today().plusWeeks(3));
    }

    private static String taskJson(String title) {
        return "{\"title\":\"%s\",\"day\":\"%s\"}".formatted(title, today().plusDays(1));
    }

    private static String itemJson(String title) {
        return Json.createObjectBuilder().add("title", title).add("kind", "workplace-assignment")
                .add("levels", Json.createArrayBuilder().add("A")).add("language", "nl").build().toString();
    }

    private JsonObject newRoute(Person coach) {
        var frameworks = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach.token(), null));
        var demo = frameworks.getValuesAs(JsonObject.class).stream().filter(f -> f.getString("key").equals(DEMO_FRAMEWORK_KEY))
                .findFirst().orElseThrow().getJsonObject("published").getString("id");
        return created(client.api("POST", "/api/v1/routes", coach.token(),
                "{\"title\":\"Route %s\",\"frameworkId\":\"%s\"}".formatted(UUID.randomUUID(), demo)));
    }

    private JsonObject register(String name) {
        try {
            var platform = new TestPlatform();
            platform.close();
            return created(client.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["1"]}"""
                    .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String planPath(Person coach, Person participant) {
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/plan";
    }

    private static String intakesPath(Person coach, Person participant) {
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/intakes";
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private Person coach() {
        return launch("coach-1");
    }

    private Person newParticipant() {
        var subject = "learner-" + UUID.randomUUID();
        lms().person(subject, "Deelnemer", subject.substring(8, 16), TestPlatform.LEARNER);
        return launch(subject);
    }

    private Person launch(String subject) {
        if (subject.startsWith("coach-") && !subject.equals("coach-1")) {
            lms().person(subject, "Coach", subject, TestPlatform.INSTRUCTOR);
        }
        var token = ToolClient.sessionToken(client.freshBrowser().launch(lms(), subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Person(me.getJsonObject("user").getString("id"), token, me.getJsonObject("course").getString("id"));
    }

    private TestPlatform lms() {
        if (lms == null) {
            try {
                lms = new TestPlatform();
                var created = client.admin("POST", "/api/v1/admin/registrations", """
                        {"name":"Leerbedrijf Tegelijk","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                        .formatted(lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return lms;
    }
}
