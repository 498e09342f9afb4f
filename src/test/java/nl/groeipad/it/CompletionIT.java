package nl.groeipad.it;

import static nl.groeipad.it.CompletionSteps.created;
import static nl.groeipad.it.CompletionSteps.ok;
import static nl.groeipad.it.ObservationSteps.CONTEXT;
import static nl.groeipad.it.ObservationSteps.assertProblemNaming;
import static nl.groeipad.it.ObservationSteps.giveStarterRoute;
import static nl.groeipad.it.ObservationSteps.launch;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.groeipad.it.ObservationSteps.Person;
import nl.groeipad.it.ObservationSteps.NorthAndSouth;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final NorthAndSouth<TestPlatform> LMS =
            ObservationSteps.platforms("Leerwerkbedrijf Afronding Noord", "Leerwerkbedrijf Afronding Zuid");
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void checkPlanRecordIssue_forACertifyingRouteAndForOneGoal() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        platform.person("learner-c1", "Cas", "Compleet", TestPlatform.LEARNER);
        var cas = launch(client, platform, "learner-c1");
        var path = CompletionSteps.participantPath(coach.courseId(), cas.id());
        giveStarterRoute(client, coach, cas);

        // not ready: "Oefen nog even door" with exactly what is missing
        var before = ok(client.api("GET", path + "/completion", coach.token(), null));
        var route = before.getJsonObject("route");
        assertThat(route.getString("state")).isEqualTo("not-ready");
        assertThat(route.getBoolean("ready")).isFalse();
        assertThat(route.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getString()).startsWith("Nog geen afgeronde observatie, toets of praktijkexamen van "));
        assertThat(before.getString("rule")).contains("minstens een 4");
        var notReady = client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\",\"assessor\":\"Anna\"}");
        assertProblemNaming(notReady, 409, null);
        assertThat(ToolClient.json(notReady).getString("detail")).startsWith("Oefen nog even door.")
                .contains("Nog geen afgeronde observatie, toets of praktijkexamen van ");
        assertProblemNaming(client.api("POST", path + "/credentials", coach.token(), "{}"), 409, null);
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
        assertProblemNaming(client.api("POST", path + "/completion/moments", coach.token(), "{\"subject\":\"route\"}"), 400, "date");
        assertProblemNaming(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\"}"), 400, "assessor");
        assertProblemNaming(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"anything\",\"date\":\"" + LocalDate.now() + "\"}"), 400, "subject");
        assertProblemNaming(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"goal\",\"goalId\":\"nope\",\"date\":\"" + LocalDate.now() + "\"}"), 400, "goalId");
        assertProblemNaming(client.api("POST", path + "/completion/moments", coach.token(), "{\"date\":\"soon\"}"), 400, null);

        // plan the assessment moment
        var planned = client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now().plusDays(3) + "\",\"assessor\":\"Anna de Vries\","
                        + "\"note\":\"In de kas\"}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        var moment = ToolClient.json(planned);
        assertThat(moment.getString("kind")).isEqualTo("assessment");
        assertThat(moment.getString("assessor")).isEqualTo("Anna de Vries");
        assertThat(planned.headers().firstValue("ETag")).contains("\"" + moment.getInt("version") + "\"");
        assertProblemNaming(client.api("POST", path + "/completion/moments", coach.token(),
                "{\"subject\":\"route\",\"date\":\"" + LocalDate.now() + "\",\"assessor\":\"Anna\"}"), 409, null);
        assertThat(ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonObject("route")
                .getString("state")).isEqualTo("planned");
        assertProblemNaming(client.api("POST", path + "/credentials", coach.token(), "{}"), 409, null);

        // the outcome: If-Match required, a stale version refused, bad outcome names the field
        var outcomes = path + "/completion/moments/" + moment.getString("id") + "/outcomes";
        assertProblemNaming(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}"), 428, null);
        assertProblemNaming(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}", moment.getInt("version") + 7), 412, null);
        assertProblemNaming(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"maybe\"}", moment.getInt("version")), 400, "outcome");
        assertProblemNaming(client.api("POST", outcomes, coach.token(), "{}", moment.getInt("version")), 400, "outcome");
        var notYet = created(client.api("POST", outcomes, coach.token(),
                "{\"outcome\":\"not-yet\",\"note\":\"Nog onzeker bij het snoeien\"}", moment.getInt("version")));
        assertThat(notYet.getInt("version")).isGreaterThan(moment.getInt("version"));
        assertThat(notYet.getJsonObject("outcome").getString("outcome")).isEqualTo("not-yet");
        assertProblemNaming(client.api("POST", path + "/credentials", coach.token(), "{}"), 409, null);

        // two coaches at once: the one who saw the old version hears 412; a second plain outcome is 409
        assertProblemNaming(client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}", moment.getInt("version")), 412, null);
        var exists = client.api("POST", outcomes, coach.token(), "{\"outcome\":\"passed\"}", notYet.getInt("version"));
        assertProblemNaming(exists, 409, null);
        assertThat(ToolClient.json(exists).getString("type")).endsWith("outcome-exists");

        // corrected only by a new entry with a reason
        var firstId = notYet.getJsonObject("outcome").getString("id");
        assertProblemNaming(client.api("POST", outcomes, coach.token(),
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
        assertProblemNaming(changed, 409, null);
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
        assertProblemNaming(client.api("POST", path + "/credentials", coach.token(), "{\"goalId\":\"" + goalId + "\"}"), 409, null);
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
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        platform.person("learner-c2", "Dana", "Deelnemer", TestPlatform.LEARNER);
        var dana = launch(client, platform, "learner-c2");
        platform.person("learner-c3", "Eef", "Ander", TestPlatform.LEARNER);
        var eef = launch(client, platform, "learner-c3");
        var path = CompletionSteps.participantPath(coach.courseId(), dana.id());
        giveStarterRoute(client, coach, dana);
        CompletionSteps.observeRouteTargets(client, coach.token(), path);
        var moment = CompletionSteps.planMoment(client, coach.token(), path, null);

        var stranger = launch(client, LMS.south(), "coach-1");
        platform.tamper(claims -> claims.claim(CONTEXT, Map.of("id", "other-course-c", "label", "X", "title", "Andere cursus",
                "type", List.of("CourseSection"))));
        Person otherCourseCoach;
        try {
            platform.person("coach-8", "Coach", "Acht", TestPlatform.INSTRUCTOR);
            otherCourseCoach = launch(client, platform, "coach-8");
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
            assertProblemNaming(client.api(call.method(), call.path(), dana.token(), call.json(), moment.getInt("version")), 403, null);
            assertProblemNaming(client.api(call.method(), call.path(), eef.token(), call.json(), moment.getInt("version")), 403, null);
            assertProblemNaming(client.api(call.method(), call.path(), otherCourseCoach.token(), call.json(), moment.getInt("version")), 404, null);
            assertProblemNaming(client.api(call.method(), call.path(), stranger.token(), call.json(), moment.getInt("version")), 404, null);
            assertThat(client.api(call.method(), call.path(), null, call.json(), moment.getInt("version")).statusCode()).isEqualTo(401);
        }
        // another participant of the same course named in the address: the moment is not theirs
        var elsewhere = CompletionSteps.participantPath(coach.courseId(), eef.id()) + "/completion/moments/" + moment.getString("id");
        assertProblemNaming(client.api("GET", elsewhere, coach.token(), null), 404, null);
        assertProblemNaming(client.api("POST", elsewhere + "/outcomes", coach.token(), "{\"outcome\":\"passed\"}",
                moment.getInt("version")), 404, null);
        // nothing was recorded by any of them
        var stored = ok(client.api("GET", path + "/completion/moments/" + moment.getString("id"), coach.token(), null));
        assertThat(stored.getJsonArray("history")).isEmpty();
        assertThat(stored.getInt("version")).isEqualTo(moment.getInt("version"));
    }

    @Test
    void offlineResultsCountAndTheParticipantSeesWhereTheyStand() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        platform.person("learner-c4", "Fem", "Examen", TestPlatform.LEARNER);
        var fem = launch(client, platform, "learner-c4");
        platform.person("learner-c5", "Gijs", "Ander", TestPlatform.LEARNER);
        var gijs = launch(client, platform, "learner-c5");
        var path = CompletionSteps.participantPath(coach.courseId(), fem.id());
        giveStarterRoute(client, coach, fem);
        var targets = ok(client.api("GET", path + "/route", coach.token(), null)).getJsonArray("targets")
                .getValuesAs(JsonObject.class);
        assertThat(targets).hasSizeGreaterThanOrEqualTo(2);
        var last = targets.getLast();

        // the participant sees where they stand, in plain words: nothing reached yet
        var before = ok(client.api("GET", "/api/v1/me/completion", fem.token(), null));
        assertThat(before.getString("rule")).contains("toets of praktijkexamen");
        var routeBefore = before.getJsonArray("subjects").getJsonObject(0);
        assertThat(routeBefore.getString("subject")).isEqualTo("route");
        assertThat(routeBefore.getString("state")).isEqualTo("not-ready");
        assertThat(routeBefore.getJsonArray("targets").getValuesAs(JsonObject.class)).hasSize(targets.size())
                .allSatisfy(t -> {
                    assertThat(t.getBoolean("met")).isFalse();
                    assertThat(t.getString("text")).startsWith("Oefen nog even door. Je begeleider heeft nog niet gezien");
                });

        // a practical exam for every target but the last, a training for the last one
        for (var target : targets.subList(0, targets.size() - 1)) {
            offline(coach, path, "practical-exam", target);
        }
        offline(coach, path, "training", last);
        var coachView = ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonObject("route");
        assertThat(coachView.getString("state")).isEqualTo("not-ready");
        var checked = coachView.getJsonArray("targets").getValuesAs(JsonObject.class);
        assertThat(checked.subList(0, checked.size() - 1)).allSatisfy(t -> {
            assertThat(t.getBoolean("met")).isTrue();
            assertThat(t.getJsonArray("evidence").getString(0)).contains("gehaald met het praktijkexamen");
        });
        assertThat(checked.getLast().getBoolean("met")).isFalse();
        assertThat(checked.getLast().getJsonArray("evidence").getString(0)).contains("een training telt niet");
        assertThat(coachView.getJsonArray("missing")).hasSize(1);

        var mine = ok(client.api("GET", "/api/v1/me/completion", fem.token(), null)).getJsonArray("subjects")
                .getJsonObject(0).getJsonArray("targets").getValuesAs(JsonObject.class);
        assertThat(mine.subList(0, mine.size() - 1)).allSatisfy(t -> assertThat(t.getString("text")).startsWith("Gehaald: je hebt niveau"));
        assertThat(mine.getLast().getString("text")).startsWith("Oefen nog even door.")
                .contains(last.getString("competencyTitle"));

        // "Mijn voortgang": the exams climb a step, the training does not
        var progress = ok(client.api("GET", "/api/v1/me/progress", fem.token(), null));
        assertThat(progress.getString("offlineRule")).startsWith("Een toets of praktijkexamen van elders telt mee");
        var competencies = progress.getJsonArray("competencies").getValuesAs(JsonObject.class);
        var first = competencies.stream().filter(c -> c.getString("key").equals(targets.getFirst().getString("competencyKey")))
                .findFirst().orElseThrow();
        assertThat(first.getString("levelReached")).isEqualTo(targets.getFirst().getString("level"));
        assertThat(first.getJsonArray("offlineResults").getJsonObject(0).getBoolean("counts")).isTrue();
        var trained = competencies.stream().filter(c -> c.getString("key").equals(last.getString("competencyKey")))
                .findFirst().orElseThrow();
        assertThat(!trained.containsKey("levelReached") || trained.isNull("levelReached")).isTrue();
        assertThat(trained.getJsonArray("offlineResults").getJsonObject(0).getBoolean("counts")).isFalse();

        // a test at the last target's level: ready; planned shows to the participant with its day
        offline(coach, path, "test", last);
        assertThat(ok(client.api("GET", path + "/completion", coach.token(), null)).getJsonObject("route")
                .getString("state")).isEqualTo("ready");
        assertThat(ok(client.api("GET", "/api/v1/me/completion", fem.token(), null)).getJsonArray("subjects")
                .getJsonObject(0).getString("state")).isEqualTo("ready");
        CompletionSteps.planMoment(client, coach.token(), path, null);
        var planned = ok(client.api("GET", "/api/v1/me/completion", fem.token(), null)).getJsonArray("subjects")
                .getJsonObject(0);
        assertThat(planned.getString("state")).isEqualTo("planned");
        assertThat(planned.getString("plannedOn")).isEqualTo(LocalDate.now().toString());

        // only one's own: another participant sees their own (nothing), a coach hears 403, no session 401
        assertThat(ok(client.api("GET", "/api/v1/me/completion", gijs.token(), null)).getJsonArray("subjects")).isEmpty();
        assertProblemNaming(client.api("GET", "/api/v1/me/completion", coach.token(), null), 403, null);
        assertThat(client.api("GET", "/api/v1/me/completion", null, null).statusCode()).isEqualTo(401);
        var stranger = launch(client, LMS.south(), "learner-1");
        assertThat(ok(client.api("GET", "/api/v1/me/completion", stranger.token(), null)).getJsonArray("subjects")).isEmpty();
    }

    @Test
    void theCourseOverviewNeedsNoStatementPerParticipant() throws Exception {
        var platform = ObservationSteps.register(client, "Leerwerkbedrijf Afronding Overzicht");
        try {
            var coach = launch(client, platform, "coach-1");
            var overview = "/api/v1/courses/" + coach.courseId() + "/completions";
            for (int i = 0; i < 2; i++) {
                prepareForOverview(platform, coach, "learner-o" + i);
            }
            var few = selectsFor(overview, coach);
            for (int i = 2; i < 10; i++) {
                prepareForOverview(platform, coach, "learner-o" + i);
            }
            var many = selectsFor(overview, coach);
            var rows = ToolClient.jsonArray(client.api("GET", overview, coach.token(), null)).getValuesAs(JsonObject.class);
            assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.getJsonArray("items")).hasSize(2));
            // a statement per participant would add 8; the server's timers (the score outbox polls every 200 ms in
            // the ITs) run as the same database user and may add one to a request on a loaded machine
            assertThat(many).as("SELECT statements for 10 participants vs 2").isBetween(few - 1, few + 1).isLessThanOrEqualTo(20);
        } finally {
            platform.close();
        }
    }

    /** A participant with the starter route, a plan goal, a practical exam and one concluded observation. */
    private void prepareForOverview(TestPlatform platform, Person coach, String subject) {
        platform.person(subject, "Deelnemer", subject, TestPlatform.LEARNER);
        var participant = launch(client, platform, subject);
        giveStarterRoute(client, coach, participant);
        var path = CompletionSteps.participantPath(coach.courseId(), participant.id());
        var route = ok(client.api("GET", path + "/route", coach.token(), null));
        var target = route.getJsonArray("targets").getJsonObject(0);
        created(client.api("POST", path + "/plan", coach.token(), """
                {"goals":[{"title":"Doel","competencyKey":"%s","competencyTitle":"%s","level":"A","dueOn":"%s"}]}"""
                .formatted(target.getString("competencyKey"), target.getString("competencyTitle"),
                        LocalDate.now().plusDays(30))));
        offline(coach, path, "practical-exam", target);
        CompletionSteps.observe(client, coach.token(), path, route.getJsonObject("framework").getString("id"),
                List.of(target.getString("competencyKey")), "A", 4);
    }

    private void offline(Person coach, String participantPath, String kind, JsonObject target) {
        created(client.api("POST", participantPath + "/offline-results", coach.token(), """
                {"kind":"%s","achievedOn":"%s","competencyKey":"%s","level":"%s","note":"Geslaagd"}""".formatted(kind,
                LocalDate.now().minusDays(2), target.getString("competencyKey"), target.getString("level"))));
    }

    private long selectsFor(String path, Person coach) throws Exception { // see SelectCount
        return SelectCount.perRequest(client, path, coach.token());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String tenantOf(JsonObject credential) {
        return java.net.URI.create(credential.getJsonObject("links").getString("verify")).getPath().split("/")[2];
    }
}
