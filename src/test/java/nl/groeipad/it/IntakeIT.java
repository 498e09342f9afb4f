package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake over real HTTP, on Payara Micro against MariaDB: the participant's self-assessment (start, one
 * answer per request, pause and resume at the first unanswered question, going back, completing), the coach's
 * intake with a subset of competencies, the observation next to the answers, the suggestions with their
 * "omdat" sentences and catalogue items, and who may see what — another participant, the participant on the
 * coach's part, another organisation — plus bad input answered with 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeIT {

    private static final String MINE = "/api/v1/me/intake";
    private static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    private static final String VEILIG = "572afc48-5b47-45f7-a167-1103f8709b32";

    private static Organisation north;
    private static Organisation south;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var organisation : new Organisation[] {north, south}) {
            if (organisation != null) {
                organisation.platform.close();
            }
        }
    }

    /** An organisation: its LMS, the coach's session token and the course the coach launched from. */
    record Organisation(TestPlatform platform, String coach, String courseId) {
    }

    /** A participant of an organisation's course: session token and user id. */
    record Participant(String token, String id) {
    }

    private Organisation north() throws Exception {
        if (north == null) {
            north = register("Leerwerkbedrijf Noord");
        }
        return north;
    }

    private Organisation south() throws Exception {
        if (south == null) {
            south = register("Leerwerkbedrijf Zuid");
        }
        return south;
    }

    private Organisation register(String name) throws Exception {
        var platform = new TestPlatform();
        var created = client.admin("POST", "/api/v1/admin/registrations", """
                {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(),
                        platform.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "coach-1"));
        var me = ok(client.api("GET", "/api/v1/me", coach, null));
        return new Organisation(platform, coach, me.getJsonObject("course").getString("id"));
    }

    /** A new participant of the organisation's course, launched once. */
    private Participant participant(Organisation organisation) {
        var subject = "learner-" + UUID.randomUUID();
        organisation.platform().person(subject, "Sam", "Deelnemer", TestPlatform.LEARNER);
        var token = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(organisation.platform(), subject));
        var me = ok(client.api("GET", "/api/v1/me", token, null));
        return new Participant(token, me.getJsonObject("user").getString("id"));
    }

    private static String intakes(Organisation organisation, Participant participant) {
        return "/api/v1/courses/" + organisation.courseId() + "/participants/" + participant.id() + "/intakes";
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }

    private HttpResponse<String> answer(Participant participant, String indicatorId, String answer) {
        return client.api("PUT", MINE + "/answers/" + indicatorId, participant.token(), "{\"answer\":\"" + answer + "\"}");
    }

    /** JSON-B leaves null members out. */
    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static String text(JsonObject object, String name) {
        return absent(object, name) ? null : object.getString(name);
    }

    private static List<JsonObject> questions(JsonObject intake) {
        return intake.getJsonArray("questions").getValuesAs(JsonObject.class);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String typeOrField) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = ToolClient.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        if (status == 400 && typeOrField != null) {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(typeOrField);
        } else if (typeOrField != null) {
            assertThat(problem.getString("type")).endsWith("/" + typeOrField);
        }
    }

    // ---- the participant's self-assessment ---------------------------------------------------------------

    @Test
    void aParticipantAnswersOneQuestionAtATimePausesResumesAndCompletes() throws Exception {
        var sam = participant(north());
        // Before the first intake: an empty state, not an error (issue 8 §16).
        var none = ok(client.api("GET", MINE, sam.token(), null));
        assertThat(none.getString("status")).isEqualTo("none");
        assertThat(none.containsKey("id")).isFalse();
        assertThat(none.getJsonArray("questions")).isEmpty();

        var started = client.api("POST", MINE, sam.token(), null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith(MINE);
        var intake = ToolClient.json(started);
        assertThat(intake.getJsonObject("framework").getString("title")).isEqualTo("Werknemersvaardigheden (WPO-stijl)");
        assertThat(intake.getInt("total")).isEqualTo(16);
        assertThat(intake.getInt("next")).isEqualTo(1);
        var first = questions(intake).getFirst();
        assertThat(first.getString("question")).isEqualTo("Vraag jij op tijd om hulp of advies?");
        assertThat(first.getString("example")).startsWith("Je vertelt je begeleider");
        assertThat(first.getString("competencyTitle")).isEqualTo("Advies vragen en anderen erbij betrekken");
        var ids = questions(intake).stream().map(q -> q.getString("indicatorId")).toList();

        ok(answer(sam, ids.get(0), "already"));
        ok(answer(sam, ids.get(1), "not-yet"));
        ok(answer(sam, ids.get(2), "a-little"));
        // paused: coming back shows where to go on, and the answers given so far
        var resumed = ok(client.api("GET", MINE, sam.token(), null));
        assertThat(resumed.getInt("next")).isEqualTo(4);
        assertThat(resumed.getInt("answered")).isEqualTo(3);
        assertThat(questions(resumed).subList(0, 4)).extracting(q -> text(q, "answer"))
                .containsExactly("already", "not-yet", "a-little", null);
        // going back to change an answer
        assertThat(questions(ok(answer(sam, ids.get(1), "a-little"))).get(1).getString("answer")).isEqualTo("a-little");

        assertProblem(client.api("POST", MINE + "/completion", sam.token(), null), 409, "intake-unfinished");
        for (var id : ids.subList(3, ids.size())) {
            ok(answer(sam, id, "already"));
        }
        var completed = ok(client.api("POST", MINE + "/completion", sam.token(), null));
        assertThat(completed.getString("status")).isEqualTo("completed");
        assertThat(absent(completed, "next")).isTrue();

        assertProblem(answer(sam, ids.get(0), "not-yet"), 409, "intake-completed");
        assertProblem(client.api("POST", MINE, sam.token(), null), 409, "intake-exists");
        assertThat(questions(ok(client.api("GET", MINE, sam.token(), null))).getFirst().getString("answer"))
                .isEqualTo("already");
    }

    // ---- the coach ------------------------------------------------------------------------------------------

    @Test
    void theCoachStartsAnIntakeSeesAnswersNextToTheObservationAndGetsSuggestionsWithReasons() throws Exception {
        var org = north();
        var kim = participant(org);
        var started = client.api("POST", intakes(org, kim), org.coach(),
                "{\"competencyKeys\":[\"" + VEILIG + "\",\"" + ADVIES + "\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var intakeId = ToolClient.json(started).getString("id");
        assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith(intakes(org, kim) + "/" + intakeId);
        assertProblem(client.api("POST", intakes(org, kim), org.coach(), null), 409, "intake-in-progress");

        var mine = ok(client.api("GET", MINE, kim.token(), null));
        assertThat(mine.getString("id")).isEqualTo(intakeId);
        assertThat(questions(mine)).extracting(q -> q.getString("competencyKey")).containsExactly(ADVIES, ADVIES, VEILIG, VEILIG);
        var ids = questions(mine).stream().map(q -> q.getString("indicatorId")).toList();
        ok(answer(kim, ids.get(0), "not-yet"));
        ok(answer(kim, ids.get(1), "not-yet"));
        ok(answer(kim, ids.get(2), "already"));
        ok(answer(kim, ids.get(3), "already"));

        var seen = ok(client.api("GET", intakes(org, kim) + "/" + intakeId, org.coach(), null)).getInt("version");
        var observed = ok(client.api("PUT", intakes(org, kim) + "/" + intakeId + "/observations/" + ids.get(2), org.coach(),
                "{\"score\":2,\"note\":\"Vergeet zijn handschoenen vaak.\"}", seen));
        var veiligFirst = questions(observed).get(2);
        assertThat(veiligFirst.getString("answer")).isEqualTo("already");
        assertThat(veiligFirst.getJsonObject("observation").getInt("score")).isEqualTo(2);
        assertThat(veiligFirst.getJsonObject("observation").getString("label")).isEqualTo("Met veel hulp");
        assertThat(veiligFirst.getJsonObject("observation").getString("note")).isEqualTo("Vergeet zijn handschoenen vaak.");
        assertThat(observed.getJsonArray("scale")).hasSize(5);

        var intake = ok(client.api("GET", intakes(org, kim) + "/" + intakeId, org.coach(), null));
        var focus = intake.getJsonObject("suggestions").getJsonArray("focus").getValuesAs(JsonObject.class);
        assertThat(focus).extracting(f -> f.getString("competencyKey")).containsExactly(ADVIES, VEILIG);
        assertThat(focus).extracting(f -> f.getString("level")).containsExactly("A", "A");
        assertThat(focus.get(0).getString("reason")).isEqualTo("omdat Sam bij alle 2 gedragingen ‘nog niet’ koos"); // about the participant (issue 8 §11)
        assertThat(focus.get(1).getString("reason"))
                .isEqualTo("omdat jij 1 van de 2 gedragingen met 2 (met veel hulp) scoorde");
        var items = focus.get(0).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("kind")).containsExactly("workplace-assignment", "conversation", "video");
        assertThat(items.getFirst().getString("title")).isEqualTo("Vraag een collega om uitleg");
        assertThat(items).allSatisfy(i -> assertThat(i.getString("reason")).startsWith("omdat "));

        var list = ToolClient.jsonArray(client.api("GET", intakes(org, kim), org.coach(), null));
        assertThat(list.getValuesAs(JsonObject.class)).extracting(i -> i.getString("id")).containsExactly(intakeId);
    }

    @Test
    void afterCompletionOnlyTheCoachCanReopenTheIntakeForChanges() throws Exception {
        var org = north();
        var lee = participant(org);
        var intakeId = ToolClient.json(client.api("POST", intakes(org, lee), org.coach(),
                "{\"competencyKeys\":[\"" + ADVIES + "\"]}")).getString("id");
        var ids = questions(ok(client.api("GET", MINE, lee.token(), null))).stream().map(q -> q.getString("indicatorId")).toList();
        ids.forEach(id -> ok(answer(lee, id, "already")));
        ok(client.api("POST", MINE + "/completion", lee.token(), null));
        assertProblem(answer(lee, ids.getFirst(), "not-yet"), 409, "intake-completed");

        var allAlready = ok(client.api("GET", intakes(org, lee) + "/" + intakeId, org.coach(), null)).getJsonObject("suggestions");
        assertThat(allAlready.getString("note")).startsWith("Sam zegt alles al te kunnen."); // the coach reads about the participant (issue 8 §11)
        assertThat(allAlready.getJsonArray("focus").getValuesAs(JsonObject.class))
                .singleElement().satisfies(f -> {
                    assertThat(f.getString("level")).isEqualTo("C");
                    assertThat(f.getString("reason")).startsWith("omdat Sam bij alle 2 gedragingen ‘kan ik al’ koos");
                });

        assertThat(ok(client.api("POST", intakes(org, lee) + "/" + intakeId + "/reopening", org.coach(), null))
                .getString("status")).isEqualTo("in-progress");
        ok(answer(lee, ids.getFirst(), "not-yet"));
        assertThat(ok(client.api("GET", MINE, lee.token(), null)).getString("status")).isEqualTo("in-progress");
    }

    // ---- accepting the suggestions: goals of the plan ------------------------------------------------------

    @Test
    void acceptingTheSuggestionsAsTheyAreAndChangedCreatesPlanGoalsTheParticipantSees() throws Exception {
        var org = north();
        var mo = participant(org);
        var intakeId = ToolClient.json(client.api("POST", intakes(org, mo), org.coach(),
                "{\"competencyKeys\":[\"" + ADVIES + "\",\"" + VEILIG + "\"]}")).getString("id");
        var ids = questions(ok(client.api("GET", MINE, mo.token(), null))).stream().map(q -> q.getString("indicatorId")).toList();
        ids.forEach(id -> ok(answer(mo, id, "not-yet")));
        var read = ok(client.api("GET", intakes(org, mo) + "/" + intakeId, org.coach(), null));
        var seen = read.getInt("version");
        var suggestions = read.getJsonObject("suggestions").getJsonArray("focus").getValuesAs(JsonObject.class);
        var first = suggestions.getFirst();
        var itemIds = first.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
        assertThat(itemIds).isNotEmpty();
        var acceptance = intakes(org, mo) + "/" + intakeId + "/suggestions/acceptance";

        // the participant may not; bad choices are refused naming the field, and nothing is stored
        assertProblem(client.api("POST", acceptance, mo.token(), "{\"goals\":[{\"competencyKey\":\"" + ADVIES
                + "\",\"level\":\"A\"}]}", seen), 403, null);
        assertProblem(client.api("POST", acceptance, org.coach(), "{\"goals\":[]}", seen), 400, "goals");
        assertProblem(client.api("POST", acceptance, org.coach(), "{\"goals\":[{\"competencyKey\":\"" + ADVIES
                + "\",\"level\":\"D\"}]}", seen), 400, "goals[0].level");
        assertProblem(client.api("POST", acceptance, org.coach(), "{\"goals\":[{\"competencyKey\":\""
                + UUID.randomUUID() + "\",\"level\":\"A\"}]}", seen), 400, "goals[0].competencyKey");
        assertProblem(client.api("POST", acceptance, org.coach(), "{\"goals\":[{\"competencyKey\":\"" + ADVIES
                + "\",\"level\":\"A\",\"itemIds\":[\"" + UUID.randomUUID() + "\"]}]}", seen), 400, "goals[0].itemIds");
        assertThat(ok(client.api("GET", "/api/v1/me/plan", mo.token(), null)).containsKey("id")).as("no plan yet").isFalse();

        // accepted: the first suggestion as it is, the second changed to level B without material
        var accepted = client.api("POST", acceptance, org.coach(), """
                {"goals":[{"competencyKey":"%s","level":"%s","itemIds":[%s]},{"competencyKey":"%s","level":"B"}]}"""
                .formatted(first.getString("competencyKey"), first.getString("level"),
                        itemIds.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",")),
                        VEILIG), seen);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        var planId = ToolClient.json(accepted).getString("planId");
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/plans/" + planId);

        var plan = ok(client.api("GET", "/api/v1/me/plan", mo.token(), null));
        var goals = plan.getJsonArray("goals").getValuesAs(JsonObject.class);
        assertThat(goals).extracting(g -> g.getString("competencyKey")).containsExactly(ADVIES, VEILIG);
        assertThat(goals).extracting(g -> g.getString("level")).containsExactly("A", "B");
        assertThat(goals.getFirst().getString("title")).isEqualTo("Advies vragen en anderen erbij betrekken");
        assertThat(goals.getFirst().getJsonArray("tasks").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("catalogueItemId")).containsExactlyElementsOf(itemIds);
        // A plan made during the working day has something to do today (after 17:00: tomorrow), issue 8 §16.
        var now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"));
        var firstDay = now.getHour() < 17 ? now.toLocalDate() : now.toLocalDate().plusDays(1);
        assertThat(goals.getFirst().getJsonArray("tasks").getJsonObject(0).getString("day")).isEqualTo(firstDay.toString());
        assertThat(goals.get(1).getJsonArray("tasks")).isEmpty();
        var afterAcceptance = ok(client.api("GET", intakes(org, mo) + "/" + intakeId, org.coach(), null));
        assertThat(afterAcceptance.containsKey("acceptedAt")).isTrue();

        // the same suggestions as read before cannot be planned twice; read again, they can be added to the same plan
        assertProblem(client.api("POST", acceptance, org.coach(), "{\"goals\":[{\"competencyKey\":\"" + VEILIG
                + "\",\"level\":\"C\"}]}", seen), 412, "stale-version");
        var again = client.api("POST", acceptance, org.coach(), "{\"goals\":[{\"competencyKey\":\"" + VEILIG
                + "\",\"level\":\"C\"}]}", afterAcceptance.getInt("version"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(ToolClient.json(again).getString("planId")).isEqualTo(planId);
        assertThat(ok(client.api("GET", "/api/v1/me/plan", mo.token(), null)).getJsonArray("goals")).hasSize(3);
    }

    @Test
    void acceptingTheSameSuggestionsTwiceAtOnceOrAgainNeverDuplicatesAGoal() throws Exception {
        var org = north();
        var kim = participant(org);
        var intakeId = ToolClient.json(client.api("POST", intakes(org, kim), org.coach(),
                "{\"competencyKeys\":[\"" + ADVIES + "\",\"" + VEILIG + "\"]}")).getString("id");
        var ids = questions(ok(client.api("GET", MINE, kim.token(), null))).stream().map(q -> q.getString("indicatorId")).toList();
        ids.forEach(id -> ok(answer(kim, id, "not-yet")));
        var read = ok(client.api("GET", intakes(org, kim) + "/" + intakeId, org.coach(), null));
        var seen = read.getInt("version");
        var first = read.getJsonObject("suggestions").getJsonArray("focus").getValuesAs(JsonObject.class).getFirst();
        var itemIds = first.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> "\"" + i.getString("id") + "\"").collect(java.util.stream.Collectors.joining(","));
        var body = """
                {"goals":[{"competencyKey":"%s","level":"%s","itemIds":[%s]},{"competencyKey":"%s","level":"B"}]}"""
                .formatted(first.getString("competencyKey"), first.getString("level"), itemIds, VEILIG);
        var acceptance = intakes(org, kim) + "/" + intakeId + "/suggestions/acceptance";

        // a double click: two requests at the same moment, with the same version
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var answers = java.util.stream.IntStream.range(0, 2).mapToObj(n -> pool.submit(() -> {
                start.await();
                return new ToolClient(Deployments.base()).api("POST", acceptance, org.coach(), body, seen);
            })).toList();
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var answer : answers) {
                var response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    var same = ToolClient.json(response);
                    assertThat(same.getJsonArray("goalIds")).isEmpty();
                    assertThat(same.getJsonArray("alreadyInPlan")).hasSize(2);
                    assertThat(same.getString("message")).startsWith("Deze 2 doelen staan al in het plan");
                }
            }
            assertThat(statuses).as("one plans the goals, the other is told they are in the plan").containsExactlyInAnyOrder(201, 200);
        }
        var plan = ok(client.api("GET", "/api/v1/me/plan", kim.token(), null));
        var goals = plan.getJsonArray("goals").getValuesAs(JsonObject.class);
        assertThat(goals).extracting(g -> g.getString("competencyKey")).containsExactly(first.getString("competencyKey"), VEILIG);
        var tasks = goals.stream().mapToInt(g -> g.getJsonArray("tasks").size()).sum();

        // accepted again later, with a fresh version: still "already in the plan", nothing changes, not even the version
        var now = ok(client.api("GET", intakes(org, kim) + "/" + intakeId, org.coach(), null));
        var again = client.api("POST", acceptance, org.coach(), body, now.getInt("version"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(ToolClient.json(again).getString("planId")).isEqualTo(plan.getString("id"));
        assertThat(ok(client.api("GET", intakes(org, kim) + "/" + intakeId, org.coach(), null)).getInt("version"))
                .isEqualTo(now.getInt("version"));

        // one goal new, one in the plan already: only the new one is added, and the answer says so
        var mixed = client.api("POST", acceptance, org.coach(), """
                {"goals":[{"competencyKey":"%s","level":"B"},{"competencyKey":"%s","level":"C"}]}""".formatted(VEILIG, ADVIES),
                now.getInt("version"));
        assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(201);
        assertThat(ToolClient.json(mixed).getString("message")).isEqualTo("In het plan gezet: 1 doel. 1 doel stond er al in.");
        var after = ok(client.api("GET", "/api/v1/me/plan", kim.token(), null)).getJsonArray("goals").getValuesAs(JsonObject.class);
        assertThat(after).hasSize(3);
        assertThat(after.stream().mapToInt(g -> g.getJsonArray("tasks").size()).sum()).isEqualTo(tasks);

        // nobody else learns anything from the idempotent answer: another participant, another organisation
        assertProblem(client.api("POST", acceptance, kim.token(), body, now.getInt("version")), 403, null);
        assertProblem(client.api("POST", acceptance, south().coach(), body, now.getInt("version")), 404, null);
    }

    // ---- who may see what ---------------------------------------------------------------------------------

    @Test
    void nobodyButTheParticipantAndTheirCoachReachesAnIntake() throws Exception {
        var org = north();
        var ada = participant(org);
        var bo = participant(org);
        var intakeId = ToolClient.json(client.api("POST", intakes(org, ada), org.coach(), null)).getString("id");
        var indicatorId = questions(ok(client.api("GET", MINE, ada.token(), null))).getFirst().getString("indicatorId");
        var adaIntake = intakes(org, ada) + "/" + intakeId;

        // another participant of the same course: the coach's part is not for their role (403, before anything is
        // looked up, so it says nothing of what exists); their own part finds nothing of ada's
        assertProblem(client.api("GET", adaIntake, bo.token(), null), 403, null);
        assertProblem(client.api("GET", intakes(org, ada), bo.token(), null), 403, null);
        assertProblem(client.api("PUT", adaIntake + "/observations/" + indicatorId, bo.token(), "{\"score\":5}"), 403, null);
        var bosOwn = ok(client.api("GET", MINE, bo.token(), null));
        assertThat(bosOwn.getString("status")).as("bo has no intake of their own, and never sees ada's").isEqualTo("none");
        assertThat(bosOwn.containsKey("id")).isFalse();
        assertProblem(answer(bo, indicatorId, "already"), 404, null);
        // the participant on the coach's part of their own intake: not for their role
        assertProblem(client.api("PUT", adaIntake + "/observations/" + indicatorId, ada.token(), "{\"score\":5}"), 403, null);
        assertProblem(client.api("GET", adaIntake, ada.token(), null), 403, null);
        assertProblem(client.api("POST", intakes(org, ada), ada.token(), null), 403, null);
        // a coach on the participant's own part
        assertProblem(client.api("GET", MINE, org.coach(), null), 403, null);
        // the coach: not someone who is no participant of the course, not an unknown intake
        assertProblem(client.api("GET", "/api/v1/courses/" + org.courseId() + "/participants/" + UUID.randomUUID()
                + "/intakes", org.coach(), null), 404, null);
        assertProblem(client.api("GET", intakes(org, bo) + "/" + intakeId, org.coach(), null), 404, null);
        assertProblem(client.api("GET", intakes(org, ada) + "/" + UUID.randomUUID(), org.coach(), null), 404, null);

        // another organisation
        var other = south();
        var otherParticipant = participant(other);
        assertProblem(client.api("GET", adaIntake, other.coach(), null), 404, null);
        assertProblem(client.api("PUT", adaIntake + "/observations/" + indicatorId, other.coach(), "{\"score\":1}"), 404, null);
        assertProblem(client.api("GET", "/api/v1/courses/" + other.courseId() + "/participants/" + ada.id() + "/intakes/"
                + intakeId, other.coach(), null), 404, null);
        assertThat(ok(client.api("GET", MINE, otherParticipant.token(), null)).getString("status"))
                .as("another organisation's participant has only their own (empty) intake").isEqualTo("none");
        assertProblem(answer(otherParticipant, indicatorId, "already"), 404, null);

        // and nothing changed for Ada
        var still = ok(client.api("GET", adaIntake, org.coach(), null));
        assertThat(absent(questions(still).getFirst(), "observation")).isTrue();
        assertThat(absent(questions(still).getFirst(), "answer")).isTrue();
    }

    // ---- bad input -------------------------------------------------------------------------------------------

    @Test
    void badInputIsRefusedWith400NamingTheField() throws Exception {
        var org = north();
        var ray = participant(org);
        var intakeId = ToolClient.json(client.api("POST", intakes(org, ray), org.coach(), null)).getString("id");
        var indicatorId = questions(ok(client.api("GET", MINE, ray.token(), null))).getFirst().getString("indicatorId");
        var observation = intakes(org, ray) + "/" + intakeId + "/observations/" + indicatorId;

        assertProblem(answer(ray, indicatorId, "misschien"), 400, "answer");
        assertProblem(client.api("PUT", MINE + "/answers/" + indicatorId, ray.token(), "{}"), 400, "answer");
        assertProblem(client.api("PUT", MINE + "/answers/" + indicatorId, ray.token(), "niet eens json"), 400, null);
        assertProblem(answer(ray, UUID.randomUUID().toString(), "already"), 404, null);
        assertProblem(client.api("PUT", observation, org.coach(), "{\"score\":7}"), 400, "score");
        assertProblem(client.api("PUT", observation, org.coach(), "{\"note\":\"zonder score\"}"), 400, "score");
        assertProblem(client.api("PUT", observation, org.coach(), "{\"score\":3,\"note\":\"" + "x".repeat(501) + "\"}"),
                400, "note");
        var other = participant(org);
        assertProblem(client.api("POST", intakes(org, other), org.coach(),
                "{\"frameworkVersionId\":\"" + UUID.randomUUID() + "\"}"), 400, "frameworkVersionId");
        assertProblem(client.api("POST", intakes(org, other), org.coach(),
                "{\"competencyKeys\":[\"" + UUID.randomUUID() + "\"]}"), 400, "competencyKeys");
        // the refused starts stored nothing
        assertThat(ok(client.api("GET", MINE, other.token(), null)).getString("status")).isEqualTo("none");
    }
}
