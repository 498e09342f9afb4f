package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan van aanpak and the "Vandaag" task board over real HTTP, on Payara Micro against MariaDB: a coach
 * builds a participant's plan, the participant works through today's tasks (tick, undo, note, photo) and
 * the coach sees it; everyone else — another participant, another organisation — finds nothing, and the
 * participant cannot change the plan. Participants exist because in-test LMSs launched them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanIT {

    /** Groeipad's default time zone, in which "today" is counted. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    private static TestPlatform lms;
    private static TestPlatform otherLms;
    private static TestPlatform bigLms;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {lms, otherLms, bigLms}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    record Person(String id, String token, String courseId) {
    }

    @Test
    void theCoachBuildsAPlanAndTheParticipantWorksThroughToday() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var today = today();

        var created = client.api("POST", planPath(coach, participant), coach.token(), """
                {"goals":[{"title":"Ik vraag om hulp als ik iets niet weet","competencyKey":"%s",
                  "competencyTitle":"Anderen raadplegen","level":"B","dueOn":"%s",
                  "tasks":[{"title":"Vraag Ali hoe de machine werkt","day":"%s",
                            "itemTitle":"Filmpje: hulp vragen","itemUrl":"https://example.org/hulp"},
                           {"title":"Vertel wat je geleerd hebt","day":"%s"}]}]}"""
                .formatted(UUID.randomUUID(), today.plusWeeks(4), today, today.plusDays(2)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var planId = ToolClient.json(created).getString("id");
        assertThat(created.headers().firstValue("Location")).hasValue(Deployments.base() + "/api/v1/plans/" + planId);

        var myPlan = ToolClient.json(client.api("GET", "/api/v1/me/plan", participant.token(), null));
        assertThat(myPlan.getString("id")).isEqualTo(planId);
        var goal = myPlan.getJsonArray("goals").getJsonObject(0);
        assertThat(goal.getString("title")).isEqualTo("Ik vraag om hulp als ik iets niet weet");
        assertThat(goal.getString("competencyTitle")).isEqualTo("Anderen raadplegen");
        assertThat(goal.getString("level")).isEqualTo("B");
        assertThat(goal.getString("status")).isEqualTo("open");
        assertThat(goal.getJsonArray("tasks")).hasSize(2);

        var board = ToolClient.json(client.api("GET", "/api/v1/me/today", participant.token(), null));
        assertThat(board.getBoolean("hasPlan")).isTrue();
        assertThat(board.getString("date")).isEqualTo(today.toString());
        var group = board.getJsonArray("today").getJsonObject(0);
        assertThat(group.getString("goalTitle")).isEqualTo("Ik vraag om hulp als ik iets niet weet");
        var task = group.getJsonArray("tasks").getJsonObject(0);
        assertThat(task.getString("title")).isEqualTo("Vraag Ali hoe de machine werkt");
        assertThat(task.getString("timing")).isEqualTo("today");
        assertThat(task.getString("itemUrl")).isEqualTo("https://example.org/hulp");
        assertThat(board.getJsonArray("upcoming").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("title")).containsExactly("Vertel wat je geleerd hebt");
        var taskId = task.getString("id");

        var ticked = client.api("POST", "/api/v1/tasks/" + taskId + "/done", participant.token(), null);
        assertThat(ticked.statusCode()).as(ticked.body()).isEqualTo(200);
        assertThat(ToolClient.json(ticked).getBoolean("done")).isTrue();
        assertThat(ToolClient.json(ticked).getString("timing")).isEqualTo("done");

        var noted = client.api("PUT", "/api/v1/tasks/" + taskId + "/note", participant.token(),
                "{\"note\":\"Ali legde het twee keer uit. Nu snap ik het.\"}");
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);

        var undone = client.api("DELETE", "/api/v1/tasks/" + taskId + "/done", participant.token(), null);
        assertThat(ToolClient.json(undone).getBoolean("done")).isFalse();
        assertThat(ToolClient.json(undone).getString("note")).isEqualTo("Ali legde het twee keer uit. Nu snap ik het.");
        client.api("POST", "/api/v1/tasks/" + taskId + "/done", participant.token(), null);

        var photo = client.upload("PUT", "/api/v1/tasks/" + taskId + "/photo", participant.token(), "image/png", PNG);
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(200);
        assertThat(ToolClient.json(photo).getBoolean("hasPhoto")).isTrue();
        var mine = client.download("/api/v1/tasks/" + taskId + "/photo", participant.token());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(PNG);

        // The coach sees the tick, the note and the photo.
        var seen = client.api("GET", planPath(coach, participant), coach.token(), null);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        var seenTask = ToolClient.json(seen).getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("id").equals(taskId)).findFirst().orElseThrow();
        assertThat(seenTask.getBoolean("done")).isTrue();
        assertThat(seenTask.getString("doneAt")).isNotBlank();
        assertThat(seenTask.getString("note")).startsWith("Ali legde");
        assertThat(seenTask.getBoolean("hasPhoto")).isTrue();
        var coachPhoto = client.download("/api/v1/tasks/" + taskId + "/photo", coach.token());
        assertThat(coachPhoto.statusCode()).isEqualTo(200);
        assertThat(coachPhoto.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        assertThat(coachPhoto.body()).isEqualTo(PNG);
        var byId = ToolClient.json(client.api("GET", "/api/v1/plans/" + planId, coach.token(), null));
        assertThat(byId.getString("participantId")).isEqualTo(participant.id());
    }

    @Test
    void overdueAndUpcomingTasksAreToldApartFromToday() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var today = today();
        createPlan(coach, participant, today.minusDays(10), List.of(
                task("Gisteren vergeten", today.minusDays(1)), task("Nu doen", today), task("Overmorgen", today.plusDays(2)),
                task("Over een maand", today.plusDays(30))));

        var board = ToolClient.json(client.api("GET", "/api/v1/me/today", participant.token(), null));

        assertThat(titles(board.getJsonArray("today").getJsonObject(0).getJsonArray("tasks").getValuesAs(JsonObject.class)))
                .containsExactly("Nu doen");
        var overdue = board.getJsonArray("overdue").getValuesAs(JsonObject.class);
        assertThat(titles(overdue)).containsExactly("Gisteren vergeten");
        assertThat(overdue.getFirst().getString("timing")).isEqualTo("overdue");
        assertThat(titles(board.getJsonArray("upcoming").getValuesAs(JsonObject.class))).containsExactly("Overmorgen");

        var overdueId = overdue.getFirst().getString("id");
        client.api("POST", "/api/v1/tasks/" + overdueId + "/done", participant.token(), null);
        var after = ToolClient.json(client.api("GET", "/api/v1/me/today", participant.token(), null));
        assertThat(after.getJsonArray("overdue")).isEmpty();
    }

    @Test
    void aParticipantWithoutAPlanHasAnEmptyBoard() {
        var participant = newParticipant(lms());

        var board = ToolClient.json(client.api("GET", "/api/v1/me/today", participant.token(), null));
        assertThat(board.getBoolean("hasPlan")).isFalse();
        assertThat(board.getJsonArray("today")).isEmpty();
        // No plan yet is an empty state, not an error (issue 8 §16); an unknown plan id stays a 404.
        var none = client.api("GET", "/api/v1/me/plan", participant.token(), null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(absent(ToolClient.json(none), "id")).isTrue();
        assertThat(ToolClient.json(none).getJsonArray("goals")).isEmpty();
        assertProblem(client.api("GET", "/api/v1/plans/" + UUID.randomUUID(), participant.token(), null), 404);
    }

    @Test
    void anotherParticipantOfTheSameCourseFindsNothingOfIt() {
        var coach = coach(lms());
        var owner = newParticipant(lms());
        var other = newParticipant(lms());
        var plan = createPlan(coach, owner, today(), List.of(task("Mijn taak", today())));
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");
        client.upload("PUT", "/api/v1/tasks/" + taskId + "/photo", owner.token(), "image/png", PNG);

        assertProblem(client.api("GET", "/api/v1/plans/" + plan.getString("id"), other.token(), null), 404);
        assertProblem(client.api("POST", "/api/v1/tasks/" + taskId + "/done", other.token(), null), 404);
        assertProblem(client.api("DELETE", "/api/v1/tasks/" + taskId + "/done", other.token(), null), 404);
        assertProblem(client.api("PUT", "/api/v1/tasks/" + taskId + "/note", other.token(), "{\"note\":\"hoi\"}"), 404);
        assertProblem(client.upload("PUT", "/api/v1/tasks/" + taskId + "/photo", other.token(), "image/png", PNG), 404);
        assertThat(client.download("/api/v1/tasks/" + taskId + "/photo", other.token()).statusCode()).isEqualTo(404);
        // a coach's action: not for a participant's role (403, before anything is looked up)
        assertProblem(client.api("POST", "/api/v1/goals/" + goalId + "/tasks", other.token(),
                "{\"title\":\"x\",\"day\":\"" + today() + "\"}"), 403);
        assertProblem(client.api("GET", planPath(other, owner), other.token(), null), 403);
        var othersOwn = ToolClient.json(client.api("GET", "/api/v1/me/plan", other.token(), null));
        assertThat(absent(othersOwn, "id")).as("the other participant has no plan, and never sees this one").isTrue();
        // Nothing changed.
        var reloaded = ToolClient.json(client.api("GET", "/api/v1/me/plan", owner.token(), null));
        var task = reloaded.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0);
        assertThat(task.getBoolean("done")).isFalse();
        assertThat(absent(task, "note")).isTrue();
    }

    @Test
    void aDutchAndAnEnglishRequestEachReadOneLanguage() throws Exception {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var planId = createPlan(coach, participant, today(), List.of(task("Taak", today()))).getString("id");
        var invalidGoal = "{\"title\":\" \",\"competencyTitle\":\"" + "x".repeat(301) + "\"}";

        var dutch = inLanguage("nl-NL,nl;q=0.9,en;q=0.5", "POST", "/api/v1/plans/" + planId + "/goals", coach.token(), invalidGoal);
        var english = inLanguage("en-GB,en;q=0.9,nl;q=0.5", "POST", "/api/v1/plans/" + planId + "/goals", coach.token(), invalidGoal);

        assertThat(dutch.statusCode()).as(dutch.body()).isEqualTo(400);
        var nl = ToolClient.json(dutch);
        assertThat(nl.getString("title")).isEqualTo("Ongeldige invoer");
        assertThat(nl.getString("detail")).isEqualTo("Controleer de gemarkeerde velden.");
        assertThat(messages(nl)).containsEntry("title", "Vul het doel in, in gewone woorden.")
                .containsEntry("dueOn", "Kies de datum waarop het doel gehaald moet zijn.")
                .containsEntry("competencyTitle", "Hoogstens 300 tekens.");
        assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
        var en = ToolClient.json(english);
        assertThat(en.getString("title")).isEqualTo("Invalid request");
        assertThat(en.getString("detail")).isEqualTo("Please check the marked fields.");
        assertThat(messages(en)).containsEntry("title", "Fill in the goal in plain words.")
                .containsEntry("dueOn", "Choose the due date.")
                .containsEntry("competencyTitle", "At most 300 characters.");
        assertThat(dutch.body() + english.body()).doesNotContain(" / ");

        var unknownPlan = "/api/v1/plans/" + UUID.randomUUID();
        assertThat(ToolClient.json(inLanguage("nl", "GET", unknownPlan, coach.token(), null)).getString("detail"))
                .isEqualTo("Dit plan is niet gevonden.");
        assertThat(ToolClient.json(inLanguage("en", "GET", unknownPlan, coach.token(), null)).getString("detail"))
                .isEqualTo("This plan was not found.");
        assertThat(ToolClient.json(inLanguage("en", "GET", "/api/v1/me/plan", "not-a-token", null)).getString("detail"))
                .isEqualTo("Your session has expired. Open Groeipad again from your course.");
        // Dutch first wins over English later in the list; a language Groeipad does not speak gives Dutch
        assertThat(ToolClient.json(inLanguage("nl, en;q=0.8", "GET", unknownPlan, coach.token(), null)).getString("title"))
                .isEqualTo("Niet gevonden");
        assertThat(ToolClient.json(inLanguage("de", "GET", unknownPlan, coach.token(), null)).getString("title"))
                .isEqualTo("Niet gevonden");
    }

    private HttpResponse<String> inLanguage(String acceptLanguage, String method, String path, String token, String json)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.base() + path))
                .header("Accept", "application/json").header("Accept-Language", acceptLanguage)
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static java.util.Map<String, String> messages(JsonObject problem) {
        var byField = new java.util.TreeMap<String, String>();
        problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> byField.put(e.getString("field"), e.getString("message")));
        return byField;
    }

    @Test
    void anotherOrganisationsCoachFindsNothingOfIt() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var plan = createPlan(coach, participant, today(), List.of(task("Taak", today())));
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");
        var stranger = coach(otherLms());

        assertProblem(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/plan",
                stranger.token(), null), 404);
        assertProblem(client.api("GET", "/api/v1/courses/" + stranger.courseId() + "/participants/" + participant.id() + "/plan",
                stranger.token(), null), 404);
        assertProblem(client.api("POST", "/api/v1/courses/" + stranger.courseId() + "/participants/" + participant.id() + "/plan",
                stranger.token(), "{}"), 404);
        assertProblem(client.api("GET", "/api/v1/plans/" + plan.getString("id"), stranger.token(), null), 404);
        assertProblem(client.api("POST", "/api/v1/plans/" + plan.getString("id") + "/goals", stranger.token(),
                "{\"title\":\"x\",\"dueOn\":\"" + today() + "\"}"), 404);
        assertProblem(client.api("PUT", "/api/v1/goals/" + goalId, stranger.token(), "{\"title\":\"x\",\"dueOn\":\"" + today() + "\"}"), 404);
        assertProblem(client.api("POST", "/api/v1/goals/" + goalId + "/achieved", stranger.token(), null), 404);
        assertProblem(client.api("DELETE", "/api/v1/tasks/" + taskId, stranger.token(), null), 404);
        assertThat(client.download("/api/v1/tasks/" + taskId + "/photo", stranger.token()).statusCode()).isEqualTo(404);
        assertThat(client.api("GET", planPath(coach, participant), coach.token(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void theParticipantCannotChangeThePlanAndTheCoachCannotTickForThem() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var plan = createPlan(coach, participant, today(), List.of(task("Taak", today())));
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");

        assertProblem(client.api("POST", "/api/v1/plans/" + plan.getString("id") + "/goals", participant.token(),
                "{\"title\":\"Zelf verzonnen\",\"dueOn\":\"" + today() + "\"}"), 403);
        assertProblem(client.api("PUT", "/api/v1/goals/" + goalId, participant.token(),
                "{\"title\":\"Anders\",\"dueOn\":\"" + today() + "\"}"), 403);
        assertProblem(client.api("POST", "/api/v1/goals/" + goalId + "/achieved", participant.token(), null), 403);
        assertProblem(client.api("POST", "/api/v1/goals/" + goalId + "/tasks", participant.token(),
                "{\"title\":\"x\",\"day\":\"" + today() + "\"}"), 403);
        assertProblem(client.api("PUT", "/api/v1/tasks/" + taskId, participant.token(),
                "{\"title\":\"x\",\"day\":\"" + today() + "\"}"), 403);
        assertProblem(client.api("DELETE", "/api/v1/tasks/" + taskId, participant.token(), null), 403);
        assertProblem(client.api("DELETE", "/api/v1/goals/" + goalId, participant.token(), null), 403);
        assertProblem(client.api("POST", planPath(participant, participant), participant.token(), "{}"), 403);
        assertProblem(client.api("GET", "/api/v1/courses/" + participant.courseId() + "/participants", participant.token(), null), 403);

        assertProblem(client.api("POST", "/api/v1/tasks/" + taskId + "/done", coach.token(), null), 403);

        var reloaded = ToolClient.json(client.api("GET", "/api/v1/me/plan", participant.token(), null));
        assertThat(reloaded.getJsonArray("goals")).hasSize(1);
        assertThat(reloaded.getJsonArray("goals").getJsonObject(0).getString("title")).isEqualTo("Doel");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var plan = createPlan(coach, participant, today(), List.of(task("Taak", today())));
        var planId = plan.getString("id");
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");

        assertField(client.api("POST", "/api/v1/plans/" + planId + "/goals", coach.token(), "{\"dueOn\":\"" + today() + "\"}"), "title");
        assertField(client.api("POST", "/api/v1/plans/" + planId + "/goals", coach.token(), "{\"title\":\"x\",\"dueOn\":\"2026-13-45\"}"), "dueOn");
        assertField(client.api("POST", "/api/v1/plans/" + planId + "/goals", coach.token(),
                "{\"title\":\"x\",\"dueOn\":\"" + today().plusYears(2) + "\"}"), "dueOn");
        assertField(client.api("POST", "/api/v1/plans/" + planId + "/goals", coach.token(),
                "{\"title\":\"x\",\"level\":\"D\",\"dueOn\":\"" + today() + "\"}"), "level");
        assertField(client.api("POST", "/api/v1/goals/" + goalId + "/tasks", coach.token(),
                "{\"title\":\"x\",\"day\":\"" + today().minusDays(1) + "\"}"), "day");
        assertField(client.api("POST", "/api/v1/goals/" + goalId + "/tasks", coach.token(),
                "{\"title\":\"x\",\"day\":\"" + today() + "\",\"itemTitle\":\"Les\",\"itemUrl\":\"javascript:alert(1)\"}"), "itemUrl");
        assertField(client.api("PUT", "/api/v1/tasks/" + taskId + "/note", participant.token(),
                "{\"note\":\"" + "x".repeat(501) + "\"}"), "note");
        assertField(client.upload("PUT", "/api/v1/tasks/" + taskId + "/photo", participant.token(), "image/png",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)), "photo");
        assertField(client.upload("PUT", "/api/v1/tasks/" + taskId + "/photo", participant.token(), "image/jpeg",
                new byte[2 * 1024 * 1024 + 10]), "photo");
        assertField(client.api("POST", planPath(coach, newParticipant(lms())), coach.token(),
                "{\"startsOn\":\"" + today() + "\",\"endsOn\":\"" + today().minusDays(1) + "\"}"), "endsOn");
    }

    @Test
    void theCoachRecordsWorkAlreadyDoneWithAPastDay() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var plan = createPlan(coach, participant, today(), List.of(task("Taak", today())));
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        var tasks = "/api/v1/goals/" + goalId + "/tasks";

        var recorded = client.api("POST", tasks, coach.token(),
                "{\"title\":\"Zelf de bus genomen\",\"day\":\"%s\",\"done\":true}".formatted(today().minusDays(5)));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(ToolClient.json(recorded).getBoolean("done")).isTrue();
        assertField(client.api("POST", tasks, coach.token(),
                "{\"title\":\"Later\",\"day\":\"%s\",\"done\":true}".formatted(today().plusDays(1))), "day");
        assertField(client.api("POST", tasks, coach.token(),
                "{\"title\":\"Lang geleden\",\"day\":\"%s\",\"done\":true}".formatted(today().minusYears(2))), "day");
        assertField(client.api("POST", tasks, coach.token(),
                "{\"title\":\"Open in het verleden\",\"day\":\"%s\",\"done\":false}".formatted(today().minusDays(5))), "day");
        assertProblem(client.api("POST", tasks, coach(otherLms()).token(),
                "{\"title\":\"x\",\"day\":\"%s\",\"done\":true}".formatted(today())), 404);
        assertProblem(client.api("POST", tasks, newParticipant(lms()).token(),
                "{\"title\":\"x\",\"day\":\"%s\",\"done\":true}".formatted(today())), 403);
        assertProblem(client.api("POST", tasks, participant.token(),
                "{\"title\":\"x\",\"day\":\"%s\",\"done\":true}".formatted(today())), 403);

        var seen = ToolClient.json(client.api("GET", "/api/v1/me/plan", participant.token(), null));
        var stored = seen.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getValuesAs(JsonObject.class);
        // Tasks are listed by day: the work done five days ago comes first.
        assertThat(stored).extracting(t -> t.getString("title")).containsExactly("Zelf de bus genomen", "Taak");
        assertThat(stored.get(0).getBoolean("done")).isTrue();
        assertThat(stored.get(0).getString("day")).isEqualTo(today().minusDays(5).toString());
        assertThat(stored.get(0).getString("timing")).isEqualTo("done");
        assertThat(stored.get(0).getBoolean("recorded")).as("recorded by the coach").isTrue();
        assertThat(stored.get(1).getBoolean("done")).isFalse();
        assertThat(stored.get(1).getBoolean("recorded")).isFalse();
    }

    @Test
    void oneParticipantHasOnePlanPerCourseAndOnlyParticipantsGetOne() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        createPlan(coach, participant, today(), List.of());

        assertProblem(client.api("POST", planPath(coach, participant), coach.token(), "{}"), 409);
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/participants/" + coach.id() + "/plan",
                coach.token(), "{}"), 404);
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/participants/" + UUID.randomUUID() + "/plan",
                coach.token(), "{}"), 404);
    }

    @Test
    void theCoachMarksAGoalAchievedAndMayReopenIt() {
        var coach = coach(lms());
        var participant = newParticipant(lms());
        var plan = createPlan(coach, participant, today(), List.of(task("Taak", today())));
        var goalId = plan.getJsonArray("goals").getJsonObject(0).getString("id");
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");
        client.api("POST", "/api/v1/tasks/" + taskId + "/done", participant.token(), null);

        var goal = ToolClient.json(client.api("GET", planPath(coach, participant), coach.token(), null))
                .getJsonArray("goals").getJsonObject(0);
        assertThat(goal.getBoolean("allTasksDone")).isTrue();
        assertThat(goal.getString("status")).isEqualTo("open");

        var achieved = client.api("POST", "/api/v1/goals/" + goalId + "/achieved", coach.token(), null);
        assertThat(ToolClient.json(achieved).getString("status")).isEqualTo("achieved");
        assertProblem(client.api("POST", "/api/v1/goals/" + goalId + "/tasks", coach.token(),
                "{\"title\":\"Nog een\",\"day\":\"" + today() + "\"}"), 409);
        var reopened = client.api("DELETE", "/api/v1/goals/" + goalId + "/achieved", coach.token(), null);
        assertThat(ToolClient.json(reopened).getString("status")).isEqualTo("open");

        var added = client.api("POST", "/api/v1/goals/" + goalId + "/tasks", coach.token(),
                "{\"title\":\"Nog een\",\"day\":\"" + today().plusDays(1) + "\",\"catalogueItemId\":\"" + UUID.randomUUID()
                        + "\",\"itemTitle\":\"Les uit de catalogus\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        var newTaskId = ToolClient.json(added).getString("id");
        assertThat(added.headers().firstValue("Location")).hasValue(Deployments.base() + "/api/v1/tasks/" + newTaskId);
        var changed = client.api("PUT", "/api/v1/tasks/" + newTaskId, coach.token(),
                "{\"title\":\"Nog een, anders\",\"day\":\"" + today().plusDays(2) + "\"}", ToolClient.json(added).getInt("version"));
        assertThat(ToolClient.json(changed).getString("day")).isEqualTo(today().plusDays(2).toString());
        assertThat(client.api("DELETE", "/api/v1/tasks/" + newTaskId, coach.token(), null, ToolClient.json(changed).getInt("version"))
                .statusCode()).isEqualTo(204);
        var changedGoal = client.api("PUT", "/api/v1/goals/" + goalId, coach.token(),
                "{\"title\":\"Ander doel\",\"competencyTitle\":\"Veilig werken\",\"level\":\"c\",\"dueOn\":\"" + today().plusDays(5) + "\"}",
                ToolClient.json(reopened).getInt("version"));
        assertThat(ToolClient.json(changedGoal).getString("level")).isEqualTo("C");
        assertThat(client.api("DELETE", "/api/v1/goals/" + goalId, coach.token(), null, ToolClient.json(changedGoal).getInt("version"))
                .statusCode()).isEqualTo(204);
        assertThat(ToolClient.json(client.api("GET", "/api/v1/me/plan", participant.token(), null)).getJsonArray("goals")).isEmpty();
    }

    @Test
    void theParticipantListShowsEachPlanWithoutAQueryPerParticipant() throws Exception {
        var coach = coach(bigLms());
        var today = today();
        var people = new ArrayList<Person>();
        for (int i = 0; i < 30; i++) {
            var participant = newParticipant(bigLms());
            people.add(participant);
            if (i % 3 != 2) { // every third participant has no plan yet
                createPlan(coach, participant, today.minusDays(5), List.of(
                        task("Eerste taak van " + i, i % 3 == 0 ? today.minusDays(1) : today.plusDays(1)),
                        task("Tweede taak van " + i, today.plusDays(3))));
            }
        }

        var response = client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants", coach.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("30");
        var list = ToolClient.jsonArray(response).getValuesAs(JsonObject.class);
        assertThat(list).hasSize(30);
        IntStream.range(0, 30).forEach(i -> {
            var row = list.stream().filter(r -> r.getString("id").equals(people.get(i).id())).findFirst().orElseThrow();
            var plan = row.getJsonObject("plan");
            switch (i % 3) {
                case 0 -> {
                    assertThat(plan.getString("state")).isEqualTo("behind");
                    assertThat(plan.getInt("tasksOverdue")).isEqualTo(1);
                    assertThat(plan.getString("nextTaskTitle")).isEqualTo("Eerste taak van " + i);
                    assertThat(plan.getString("nextTaskOn")).isEqualTo(today.minusDays(1).toString());
                }
                case 1 -> {
                    assertThat(plan.getString("state")).isEqualTo("on-track");
                    assertThat(plan.getInt("tasks")).isEqualTo(2);
                    assertThat(plan.getString("nextTaskTitle")).isEqualTo("Eerste taak van " + i);
                }
                default -> {
                    assertThat(plan.getString("state")).isEqualTo("none");
                    assertThat(absent(plan, "nextTaskTitle")).isTrue();
                }
            }
            assertThat(row.getString("lastActivity")).isNotBlank();
        });

        var page = client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants?offset=28&limit=5", coach.token(), null);
        assertThat(ToolClient.jsonArray(page)).hasSize(2);
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("30");
        assertField(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants?limit=0", coach.token(), null), "limit");

        // A summary is kept per plan version: the list shows each change at once, also one made after it was read.
        var first = people.get(0);
        var overdueId = ToolClient.json(client.api("GET", "/api/v1/me/today", first.token(), null))
                .getJsonArray("overdue").getJsonObject(0).getString("id");
        assertThat(client.api("POST", "/api/v1/tasks/" + overdueId + "/done", first.token(), null).statusCode()).isEqualTo(200);
        var afterTick = planOf(coach, first);
        assertThat(afterTick.getString("state")).isEqualTo("on-track");
        assertThat(afterTick.getInt("tasksDone")).isEqualTo(1);
        assertThat(afterTick.getString("nextTaskTitle")).isEqualTo("Tweede taak van 0");
        assertThat(client.api("DELETE", "/api/v1/tasks/" + overdueId + "/done", first.token(), null).statusCode()).isEqualTo(200);
        assertThat(planOf(coach, first).getString("state")).isEqualTo("behind");

        // The same number of SELECTs for 2 participants as for 30.
        var few = selectsFor("/api/v1/courses/" + coach.courseId() + "/participants?limit=2", coach);
        var many = selectsFor("/api/v1/courses/" + coach.courseId() + "/participants?limit=30", coach);
        // a statement per participant would add 28; the server's timers run as the same database user and may add
        // one to a request on a loaded machine
        assertThat(many).as("SELECT statements for 30 participants vs 2").isBetween(few - 1, few + 1).isLessThanOrEqualTo(5);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The participant's plan as the coach's list shows it. */
    private JsonObject planOf(Person coach, Person participant) {
        return ToolClient.jsonArray(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants", coach.token(), null))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("id").equals(participant.id())).findFirst()
                .orElseThrow().getJsonObject("plan");
    }

    private long selectsFor(String path, Person coach) throws Exception { // see SelectCount
        return SelectCount.perRequest(client, path, coach.token());
    }

    record TaskSpec(String title, LocalDate day) {
    }

    static TaskSpec task(String title, LocalDate day) {
        return new TaskSpec(title, day);
    }

    /** A plan with one goal "Doel" holding these tasks. */
    private JsonObject createPlan(Person coach, Person participant, LocalDate startsOn, List<TaskSpec> tasks) {
        var taskJson = String.join(",", tasks.stream()
                .map(t -> "{\"title\":\"%s\",\"day\":\"%s\"}".formatted(t.title(), t.day())).toList());
        var body = tasks.isEmpty() ? "{\"startsOn\":\"%s\"}".formatted(startsOn)
                : "{\"startsOn\":\"%s\",\"goals\":[{\"title\":\"Doel\",\"dueOn\":\"%s\",\"tasks\":[%s]}]}"
                        .formatted(startsOn, today().plusWeeks(6), taskJson);
        var created = client.api("POST", planPath(coach, participant), coach.token(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ToolClient.json(created);
    }

    private static String planPath(Person coach, Person participant) {
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/plan";
    }

    private static List<String> titles(List<JsonObject> tasks) {
        return tasks.stream().map(t -> t.getString("title")).toList();
    }

    /** JSON-B leaves out null values. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
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
        return new Person(me.getJsonObject("user").getString("id"), token, me.getJsonObject("course").getString("id"));
    }

    private TestPlatform lms() throws RuntimeException {
        if (lms == null) {
            lms = register("Leerbedrijf De Groei");
        }
        return lms;
    }

    private TestPlatform otherLms() {
        if (otherLms == null) {
            otherLms = register("Ander leerbedrijf");
        }
        return otherLms;
    }

    private TestPlatform bigLms() {
        if (bigLms == null) {
            bigLms = register("Groot leerbedrijf");
        }
        return bigLms;
    }

    private TestPlatform register(String name) {
        try {
            var platform = new TestPlatform();
            var created = client.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(),
                            platform.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return platform;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
