package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.groeipad.it.TestPlatformServices.Fault;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grades into the LMS gradebook (AGS 2.0) through the transactional outbox, against an in-test platform that
 * answers like Moodle 5.1 and injects faults: every score arrives exactly once with the score media type and body,
 * also when the LMS was down, answered 503 or 429 (Retry-After), was too slow or answered 409; after the last retry a
 * score is failed and "opnieuw proberen" sends it; the plan's progress goes to a line item Groeipad creates once; one
 * token request serves many scores; other organisations, other courses and participants are refused.
 * The server runs the outbox in fast motion (pom.xml: retry base 300 ms, at most 6 attempts, timeout 1.5 s).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradesIT {

    private static TestPlatform lms;
    private static TestPlatform otherLms;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {lms, otherLms}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    record Person(String id, String subject, String token, String courseId) {
    }

    @Test
    void aScoreArrivesOnceWithTheScoreMediaTypeAndBodyAndTheCoachSeesItIsInMoodle() {
        var coach = coach(lms());
        var participant = newParticipant(lms());

        var sent = client.api("POST", gradesOf(coach, participant), coach.token(),
                "{\"scoreGiven\":7.5,\"scoreMaximum\":10,\"comment\":\"Je werkt netjes en vraagt om hulp.\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(ToolClient.json(sent).getString("state")).isEqualTo("pending");
        assertThat(ToolClient.json(sent).getBoolean("inLms")).isFalse();

        var grade = awaitGrade(coach, participant, g -> g.getBoolean("inLms"));
        assertThat(grade.getString("state")).isEqualTo("delivered");
        assertThat(grade.getInt("attempts")).isEqualTo(1);

        var stored = storedFor(lms(), participant);
        assertThat(stored).hasSize(1);
        var score = stored.getFirst();
        assertThat(score.contentType()).isEqualTo(TestPlatformServices.SCORE_TYPE);
        assertThat(score.lineItem()).isEqualTo(lms().services().launchLineItem());
        assertThat(score.body().getString("userId")).isEqualTo(participant.subject());
        assertThat(score.body().getJsonNumber("scoreGiven").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(score.body().getJsonNumber("scoreMaximum").bigDecimalValue()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(score.body().getString("activityProgress")).isEqualTo("Completed");
        assertThat(score.body().getString("gradingProgress")).isEqualTo("FullyGraded");
        assertThat(score.body().getString("comment")).isEqualTo("Je werkt netjes en vraagt om hulp.");
        assertThat(score.body().getString("timestamp")).isNotBlank();
        assertThat(lms().services().tokenRequestsFor(TestPlatformServices.SCOPE_SCORE)).as("one token for many scores").isEqualTo(1);
    }

    @Test
    void aScoreSurvivesTheLmsBeingDownBusyRateLimitedAndSlowAndArrivesOnce() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        // No answer; 503; 429 with Retry-After 1 s; too slow for the tool's 1.5 s timeout (the LMS stores it anyway,
        // after 2.5 s): the next attempt carries the same timestamp and Moodle answers 409 — it is there.
        lms().services().fail(Fault.down(), Fault.status(503), Fault.tooManyRequests(1), Fault.slow(2500));

        var sent = client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":6,\"scoreMaximum\":10}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);

        var grade = awaitGrade(coach, participant, g -> g.getBoolean("inLms"));
        assertThat(grade.getInt("attempts")).isEqualTo(5);
        assertThat(grade.getInt("lastStatus")).isEqualTo(409);
        var posts = lms().services().scores().stream()
                .filter(r -> participant.subject().equals(r.body().getString("userId", null))).toList();
        assertThat(posts).extracting(TestPlatformServices.Received::status).containsExactly(503, 429, 200, 409);
        assertThat(storedFor(lms(), participant)).hasSize(1);
        var retried = posts.get(1).at();
        var afterRateLimit = posts.get(2).at();
        assertThat(Duration.between(retried, afterRateLimit)).as("Retry-After respected").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void moodlesConflictForAScoreItHasCountsAsDelivered() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        lms().services().fail(Fault.status(409));

        client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":3,\"scoreMaximum\":5}");

        var grade = awaitGrade(coach, participant, g -> g.getBoolean("inLms"));
        assertThat(grade.getInt("attempts")).isEqualTo(1);
        assertThat(lms().services().scores().stream()
                .filter(r -> participant.subject().equals(r.body().getString("userId", null))))
                .extracting(TestPlatformServices.Received::status).containsExactly(409);
    }

    @Test
    void afterTheLastRetryTheScoreIsFailedAndOpnieuwProberenSendsItOnce() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        lms().services().fail(Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(502), Fault.status(500),
                Fault.status(503));

        client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":8,\"scoreMaximum\":10}");

        var failed = awaitGrade(coach, participant, g -> "failed".equals(g.getString("state")));
        assertThat(failed.getBoolean("inLms")).isFalse();
        assertThat(failed.getInt("attempts")).isEqualTo(6);
        assertThat(failed.getInt("lastStatus")).isEqualTo(503);
        assertThat(failed.getString("lastError")).contains("503");
        assertThat(storedFor(lms(), participant)).isEmpty();

        var retried = client.api("POST", "/api/v1/courses/" + coach.courseId() + "/grades/" + failed.getString("id") + "/retry",
                coach.token(), null);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(ToolClient.json(retried).getString("state")).isEqualTo("pending");

        var delivered = awaitGrade(coach, participant, g -> g.getBoolean("inLms"));
        assertThat(delivered.getString("id")).isEqualTo(failed.getString("id"));
        assertThat(storedFor(lms(), participant)).hasSize(1);

        var again = client.api("POST", "/api/v1/courses/" + coach.courseId() + "/grades/" + failed.getString("id") + "/retry",
                coach.token(), null);
        assertProblem(again, 409);
    }

    @Test
    void planProgressGoesToALineItemGroeipadCreatesOnceAndFindsAgain() {
        var coach = coach(lms());
        var first = newParticipant(lms());
        var second = newParticipant(lms());
        for (var participant : List.of(first, second)) {
            var plan = client.api("POST", "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/plan",
                    coach.token(), """
                            {"goals":[{"title":"Op tijd beginnen","dueOn":"%s","tasks":[
                              {"title":"Wekker zetten","day":"%s"},{"title":"Bus van 7:10","day":"%s"}]}]}"""
                            .formatted(LocalDate.now().plusWeeks(4), LocalDate.now(), LocalDate.now().plusDays(1)));
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        }
        var createdBefore = lms().services().lineItemsCreated();

        for (var participant : List.of(first, second)) {
            var sent = client.api("POST", gradesOf(coach, participant), coach.token(), "{\"source\":\"plan\"}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
            assertThat(ToolClient.json(sent).getString("resourceId")).isEqualTo("groeipad-plan");
        }
        awaitGrade(coach, first, g -> g.getBoolean("inLms"));
        awaitGrade(coach, second, g -> g.getBoolean("inLms"));

        var planItems = lms().services().lineItems().stream().filter(i -> "groeipad-plan".equals(i.getString("resourceId", null))).toList();
        assertThat(planItems).hasSize(1);
        assertThat(planItems.getFirst().getString("label")).isEqualTo("Groeipad: plan van aanpak");
        assertThat(lms().services().lineItemsCreated() - createdBefore).isLessThanOrEqualTo(1);
        for (var participant : List.of(first, second)) {
            var stored = storedFor(lms(), participant);
            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst().lineItem()).isEqualTo(planItems.getFirst().getString("id"));
            assertThat(stored.getFirst().body().getJsonNumber("scoreGiven").intValue()).isZero();
            assertThat(stored.getFirst().body().getJsonNumber("scoreMaximum").intValue()).isEqualTo(2);
            assertThat(stored.getFirst().body().getString("activityProgress")).isEqualTo("InProgress");
        }
    }

    @Test
    void theParticipantsTicksSendThePlansProgressByThemselvesAndTheLmsEndsWithTheLatest() throws Exception {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var plan = client.api("POST", "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/plan",
                coach.token(), """
                        {"goals":[{"title":"Op tijd beginnen","dueOn":"%s","tasks":[
                          {"title":"Wekker zetten","day":"%s"},{"title":"Bus van 7:10","day":"%s"},{"title":"Jas klaarleggen","day":"%s"}]}]}"""
                        .formatted(LocalDate.now().plusWeeks(4), LocalDate.now(), LocalDate.now(), LocalDate.now().plusDays(1)));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        var tasks = ToolClient.json(plan).getJsonArray("goals").getJsonObject(0).getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList();
        assertThat(storedFor(lms(), participant)).as("making a plan sends nothing").isEmpty();

        // One tick: 1 of 3 arrives on Groeipad's own plan column, without the coach asking.
        tick(participant, tasks.get(0), "POST");
        var first = awaitGrade(coach, participant, g -> g.getBoolean("inLms"));
        assertThat(first.getString("resourceId")).isEqualTo("groeipad-plan");
        assertThat(storedFor(lms(), participant).getLast().body().getJsonNumber("scoreGiven").intValue()).isEqualTo(1);

        // Ticking the same task again changes nothing, so nothing is sent.
        var before = storedFor(lms(), participant).size();
        tick(participant, tasks.get(0), "POST");
        Thread.sleep(1500);
        assertThat(storedFor(lms(), participant)).hasSize(before);

        // Three quick changes: whatever was coalesced on the way, the LMS ends with the latest (2 of 3, in progress).
        tick(participant, tasks.get(1), "POST");
        tick(participant, tasks.get(2), "POST");
        tick(participant, tasks.get(2), "DELETE");
        awaitGrade(coach, participant, g -> g.getBoolean("inLms") && g.getJsonNumber("scoreGiven").intValue() == 2);
        var stored = storedFor(lms(), participant);
        assertThat(stored.size() - before).isBetween(1, 3);
        var last = stored.getLast().body();
        assertThat(last.getJsonNumber("scoreGiven").intValue()).isEqualTo(2);
        assertThat(last.getJsonNumber("scoreMaximum").intValue()).isEqualTo(3);
        assertThat(last.getString("activityProgress")).isEqualTo("InProgress");
        assertThat(stored).extracting(TestPlatformServices.Received::lineItem).containsOnly(stored.getFirst().lineItem());
    }

    @Test
    void routeProgressGoesToTheRoutesColumnCreatedOnceAndASecondStepUpdatesIt() {
        var coach = coach(lms());
        var first = newParticipant(lms());
        var second = newParticipant(lms());
        var template = ToolClient.jsonArray(client.api("GET", "/api/v1/routes", coach.token(), null))
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).findFirst().orElseThrow();
        var column = "groeipad-route-" + template.getString("id");
        var goals = new java.util.HashMap<String, List<String>>();
        int steps = 0;
        for (var participant : List.of(first, second)) {
            var route = participantPath(coach, participant) + "/route";
            var given = client.api("POST", route, coach.token(), "{\"templateId\":\"" + template.getString("id") + "\"}");
            assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
            steps = ToolClient.json(given).getJsonArray("steps").size();
            var plan = client.api("POST", route + "/plan", coach.token(), "{}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
            goals.put(participant.id(), ToolClient.json(plan).getJsonArray("goals").getValuesAs(JsonObject.class).stream()
                    .map(g -> g.getString("id")).toList());
        }
        assertThat(steps).isGreaterThan(2);
        assertThat(storedFor(lms(), first)).as("giving a route and making a plan sends nothing").isEmpty();

        // The coach marks the goal of the first step achieved, for both participants at once: one column is made.
        for (var participant : List.of(first, second)) {
            achieved(coach, goals.get(participant.id()).get(0));
        }
        for (var participant : List.of(first, second)) {
            var grade = awaitGrade(coach, participant, g -> g.getBoolean("inLms") && column.equals(g.getString("resourceId")));
            assertThat(grade.getJsonNumber("scoreGiven").intValue()).isEqualTo(1);
        }
        var routeItems = lms().services().lineItems().stream().filter(i -> column.equals(i.getString("resourceId", null))).toList();
        assertThat(routeItems).as("the route's column, created once for everyone on the route").hasSize(1);
        assertThat(routeItems.getFirst().getString("tag")).isEqualTo("groeipad-route");
        assertThat(routeItems.getFirst().getString("label")).isEqualTo("Starten in de groenvoorziening");
        var url = routeItems.getFirst().getString("id");
        var stored = storedFor(lms(), first);
        assertThat(stored).hasSize(1);
        var score = stored.getFirst();
        assertThat(score.contentType()).isEqualTo(TestPlatformServices.SCORE_TYPE);
        assertThat(score.lineItem()).isEqualTo(url);
        assertThat(score.body().getString("userId")).isEqualTo(first.subject());
        assertThat(score.body().getJsonNumber("scoreGiven").intValue()).isEqualTo(1);
        assertThat(score.body().getJsonNumber("scoreMaximum").intValue()).isEqualTo(steps);
        assertThat(score.body().getString("activityProgress")).isEqualTo("InProgress");
        assertThat(score.body().getString("gradingProgress")).isEqualTo("FullyGraded");
        assertThat(score.body().getString("comment")).isEqualTo("1 van de " + steps + " stappen van de route gedaan / 1 of "
                + steps + " route steps done");

        // A second step done: the same column gets 2 of all steps; marking it again sends nothing more.
        achieved(coach, goals.get(first.id()).get(1));
        awaitGrade(coach, first, g -> g.getBoolean("inLms") && g.getJsonNumber("scoreGiven").intValue() == 2);
        achieved(coach, goals.get(first.id()).get(1));
        var after = storedFor(lms(), first);
        assertThat(after).hasSize(2);
        assertThat(after.getLast().lineItem()).isEqualTo(url);
        assertThat(after.getLast().body().getJsonNumber("scoreGiven").intValue()).isEqualTo(2);
        assertThat(lms().services().lineItems().stream().filter(i -> column.equals(i.getString("resourceId", null)))).hasSize(1);

        // Reopened: the column goes back to 1.
        var reopened = client.api("DELETE", "/api/v1/goals/" + goals.get(first.id()).get(1) + "/achieved", coach.token(), null);
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        awaitGrade(coach, first, g -> g.getBoolean("inLms") && g.getJsonNumber("scoreGiven").intValue() == 1);
        assertThat(storedFor(lms(), first).getLast().lineItem()).isEqualTo(url);
    }

    private void achieved(Person coach, String goalId) {
        var response = client.api("POST", "/api/v1/goals/" + goalId + "/achieved", coach.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /**
     * "Done when": the coach concludes an observation over HTTP; the score goes through the outbox to the column the
     * teacher placed for that competency (deep linking), also when the LMS did not answer and then answered 503.
     */
    @Test
    void aConcludedObservationArrivesInThePlacedColumnAfterTheLmsWasUnreachable() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var competency = "94d6900c-6eb1-4413-896f-6d48d50be40f"; // Advies vragen en anderen erbij betrekken (starter)
        var placed = lms().services().place("Observatie: Advies vragen", 100, "groeipad-competency-" + competency,
                "groeipad-competency");
        var framework = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach.token(), null))
                .getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("33bf07cf-48aa-43c1-b27d-e4900d3d3cba")).findFirst().orElseThrow()
                .getJsonObject("published").getString("id");
        var base = participantPath(coach, participant) + "/observations";
        var started = client.api("POST", base, coach.token(), """
                {"frameworkVersionId":"%s","competencyKeys":["%s"],"level":"A","situations":["inpakken lijn 2","magazijn"],
                 "guideConfirmed":true}""".formatted(framework, competency));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var observation = ToolClient.json(started);
        var id = observation.getString("id");
        var situations = observation.getJsonArray("situations").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        var version = observation.getInt("version");
        for (var indicator : observation.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators")
                .getValuesAs(JsonObject.class)) {
            for (var situation : situations) {
                var recorded = client.api("POST", base + "/" + id + "/scores", coach.token(),
                        "{\"indicatorId\":\"" + indicator.getString("id") + "\",\"situationId\":\"" + situation + "\",\"score\":4}");
                assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
                version = ToolClient.json(recorded).getInt("version");
            }
        }
        var createdBefore = lms().services().lineItemsCreated();
        lms().services().fail(Fault.down(), Fault.status(503));

        var concluded = client.api("POST", base + "/" + id + "/conclusion", coach.token(), """
                {"guideConfirmed":true,"reason":"De stage stopt eerder","feedbackGood":"Je vraagt op tijd om hulp.",
                 "feedbackNext":"Vraag ook een collega."}""", version);
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        assertThat(ToolClient.json(concluded).getString("status")).isEqualTo("concluded");

        var grade = awaitGrade(coach, participant, g -> g.getBoolean("inLms"));
        assertThat(grade.getString("resourceId")).isEqualTo("groeipad-competency-" + competency);
        assertThat(grade.getInt("attempts")).as("no answer, 503, then stored").isEqualTo(3);
        var posts = lms().services().scores().stream()
                .filter(r -> participant.subject().equals(r.body().getString("userId", null))).toList();
        assertThat(posts).extracting(TestPlatformServices.Received::status).containsExactly(503, 200);
        var stored = storedFor(lms(), participant);
        assertThat(stored).hasSize(1);
        var score = stored.getFirst();
        assertThat(score.lineItem()).as("the column the teacher placed").isEqualTo(placed);
        assertThat(score.contentType()).isEqualTo(TestPlatformServices.SCORE_TYPE);
        assertThat(score.body().getJsonNumber("scoreGiven").intValue()).as("level A reached").isEqualTo(1);
        assertThat(score.body().getJsonNumber("scoreMaximum").intValue()).isEqualTo(3);
        assertThat(score.body().getString("activityProgress")).isEqualTo("Completed");
        assertThat(score.body().getString("comment")).startsWith("niveau A bereikt");
        assertThat(lms().services().lineItemsCreated()).as("no second column").isEqualTo(createdBefore);
    }

    private static String participantPath(Person coach, Person participant) {
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id();
    }

    private void tick(Person participant, String taskId, String method) {
        var response = client.api(method, "/api/v1/tasks/" + taskId + "/done", participant.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        assertField(client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":11,\"scoreMaximum\":10}"), "scoreGiven");
        assertField(client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":1}"), "scoreMaximum");
        assertField(client.api("POST", gradesOf(coach, participant), coach.token(),
                "{\"scoreGiven\":1,\"scoreMaximum\":2,\"activityProgress\":\"klaar\"}"), "activityProgress");
        assertField(client.api("POST", gradesOf(coach, participant), coach.token(), "{\"source\":\"route\"}"), "source");
        assertField(client.api("POST", gradesOf(coach, participant), coach.token(),
                "{\"scoreGiven\":1,\"scoreMaximum\":2,\"comment\":\"" + "x".repeat(1001) + "\"}"), "comment");
        assertProblem(client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":\"veel\"}"), 400);
        assertProblem(client.api("POST", gradesOf(coach, participant), coach.token(), null), 400);
    }

    @Test
    void participantsOtherCoursesAndOtherOrganisationsAreRefused() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var sent = ToolClient.json(client.api("POST", gradesOf(coach, participant), coach.token(), "{\"scoreGiven\":1,\"scoreMaximum\":2}"));

        // The participant: 403 for coach work, whatever the course.
        assertProblem(client.api("POST", gradesOf(coach, participant), participant.token(), "{\"scoreGiven\":1,\"scoreMaximum\":2}"), 403);
        assertProblem(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/grades", participant.token(), null), 403);
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/grades/" + sent.getString("id") + "/retry",
                participant.token(), null), 403);

        // A coach of another course of the same organisation: 404.
        lms().tamper(b -> b.claim("https://purl.imsglobal.org/spec/lti/claim/context",
                Map.of("id", "other-" + UUID.randomUUID(), "label", "X", "title", "Andere cursus")));
        Person otherCourseCoach;
        try {
            otherCourseCoach = coach(lms());
        } finally {
            lms().tamper(b -> { });
        }
        assertThat(otherCourseCoach.courseId()).isNotEqualTo(coach.courseId());
        assertProblem(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/grades", otherCourseCoach.token(), null), 404);
        assertProblem(client.api("POST", gradesOf(coach, participant), otherCourseCoach.token(), "{\"scoreGiven\":1,\"scoreMaximum\":2}"), 404);
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/grades/" + sent.getString("id") + "/retry",
                otherCourseCoach.token(), null), 404);
        // ... and a score of another course is not found under the coach's own course either.
        assertProblem(client.api("POST", "/api/v1/courses/" + otherCourseCoach.courseId() + "/grades/" + sent.getString("id") + "/retry",
                otherCourseCoach.token(), null), 404);

        // A coach of another organisation: 404, and their own list does not show this course's grades.
        var stranger = coach(otherLms());
        assertProblem(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/grades", stranger.token(), null), 404);
        assertProblem(client.api("POST", gradesOf(coach, participant), stranger.token(), "{\"scoreGiven\":1,\"scoreMaximum\":2}"), 404);
        var theirs = client.api("GET", "/api/v1/courses/" + stranger.courseId() + "/grades", stranger.token(), null);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(ToolClient.jsonArray(theirs)).isEmpty();

        // A participant of another course cannot be graded from this one.
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/participants/" + stranger.id() + "/grades",
                coach.token(), "{\"scoreGiven\":1,\"scoreMaximum\":2}"), 404);
        awaitGrade(coach, participant, g -> g.getBoolean("inLms")); // leaves no score on its way for the next test
    }

    private JsonObject awaitGrade(Person coach, Person participant, Predicate<JsonObject> condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            var grades = client.api("GET", "/api/v1/courses/" + coach.courseId() + "/grades", coach.token(), null);
            assertThat(grades.statusCode()).as(grades.body()).isEqualTo(200);
            var mine = ToolClient.jsonArray(grades).getValuesAs(JsonObject.class).stream()
                    .filter(g -> g.getString("userId").equals(participant.id())).findFirst();
            if (mine.isPresent()) {
                last = mine.get();
                if (condition.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("grade of " + participant.id() + " did not get there in time; last seen: " + last);
    }

    private static List<TestPlatformServices.Received> storedFor(TestPlatform platform, Person participant) {
        return platform.services().stored().stream()
                .filter(r -> participant.subject().equals(r.body().getString("userId", null))).toList();
    }

    private static String gradesOf(Person coach, Person participant) {
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/grades";
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 400);
        assertThat(ToolClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }

    private Person coach(TestPlatform platform) {
        return launch(platform, "coach-1");
    }

    private Person newParticipant(TestPlatform platform) {
        var subject = "learner-" + UUID.randomUUID();
        platform.person(subject, "Deelnemer", subject.substring(8, 16), TestPlatform.LEARNER);
        return launch(platform, subject);
    }

    private Person launch(TestPlatform platform, String subject) {
        var token = ToolClient.sessionToken(client.freshBrowser().launch(platform, subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Person(me.getJsonObject("user").getString("id"), subject, token, me.getJsonObject("course").getString("id"));
    }

    private TestPlatform lms() {
        if (lms == null) {
            lms = register("Leerbedrijf Cijfers");
        }
        return lms;
    }

    private TestPlatform otherLms() {
        if (otherLms == null) {
            otherLms = register("Ander leerbedrijf Cijfers");
        }
        return otherLms;
    }

    /** A platform with AGS and NRPS on, registered with its token endpoint. */
    static TestPlatform register(ToolClient client, String name) {
        try {
            var platform = new TestPlatform();
            platform.services().offer(Deployments.base() + "/lti/jwks");
            var created = client.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","tokenUrl":"%s",
                     "deploymentIds":["%s"]}"""
                    .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(),
                            platform.services().tokenUrl(), platform.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return platform;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestPlatform register(String name) {
        return register(client, name);
    }
}
