package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interim evaluations (issue 9 §3) over real HTTP on MariaDB: the coach agrees a rhythm (versioned: 428/412), the
 * evaluation becomes due, the participant reflects once, the coach writes feedback and changes it (If-Match,
 * history kept), the coach's list says who has one due; bad input is 400 naming the field; a participant on the
 * coach's part, another participant, another organisation's coach and another course's coach are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationIT {

    private static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";
    private static final List<TestPlatform> PLATFORMS = new ArrayList<>();
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() throws Exception {
        for (var platform : PLATFORMS) {
            platform.close();
        }
    }

    record Person(String id, String token, String courseId) {
    }

    @Test
    void theCoachAgreesARhythmTheParticipantReflectsAndTheCoachGivesFeedback() throws Exception {
        var platform = register("Leerwerkbedrijf Evaluatie");
        var coach = launch(platform, "coach-1");
        var sam = newParticipant(platform);
        var base = "/api/v1/courses/" + coach.courseId() + "/participants/" + sam.id() + "/evaluations";

        // nothing agreed yet: an empty state, not an error
        var empty = ok(client.api("GET", "/api/v1/me/evaluations", sam.token(), null));
        assertThat(empty.getJsonObject("schedule").containsKey("everyWeeks")).as("no rhythm").isFalse();
        assertThat(empty.getBoolean("due")).isFalse();
        assertProblem(client.api("POST", "/api/v1/me/evaluations", sam.token(), reflection(LocalDate.now())), 409, null);

        // the rhythm: first time without If-Match, then a change needs the version
        var schedule = client.api("PUT", base + "/schedule", coach.token(), "{\"everyWeeks\":4}");
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        assertThat(schedule.headers().firstValue("ETag")).contains("\"1\"");
        assertProblem(client.api("PUT", base + "/schedule", coach.token(), "{\"everyWeeks\":2}"), 428, null);
        assertProblem(client.api("PUT", base + "/schedule", coach.token(), "{\"everyWeeks\":2}", 7), 412, null);
        var changed = client.api("PUT", base + "/schedule", coach.token(), "{\"everyWeeks\":2}", 1);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ToolClient.json(changed).getInt("everyWeeks")).isEqualTo(2);
        assertThat(client.api("GET", base + "/schedule", coach.token(), null).headers().firstValue("ETag")).contains("\"2\"");

        // bad input names the field
        assertProblem(client.api("PUT", base + "/schedule", coach.token(), "{\"everyWeeks\":30}", 2), 400, "everyWeeks");
        assertProblem(client.api("PUT", base + "/schedule", coach.token(), "{}", 2), 400, "everyWeeks");

        // not due yet for the participant (two weeks ahead)
        var mine = ok(client.api("GET", "/api/v1/me/evaluations", sam.token(), null));
        var nextDue = LocalDate.parse(mine.getString("nextDueOn"));
        assertThat(mine.getBoolean("due")).isFalse();
        assertProblem(client.api("POST", "/api/v1/me/evaluations", sam.token(), reflection(nextDue)), 409, null);

        // two weeks pass: the rhythm started two weeks ago, so one is due today
        moveScheduleBack(sam.id(), 14);
        mine = ok(client.api("GET", "/api/v1/me/evaluations", sam.token(), null));
        assertThat(mine.getBoolean("due")).isTrue();
        assertThat(mine.getBoolean("canReflect")).isTrue();
        var due = mine.getString("nextDueOn");

        var attention = ok(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/attention", coach.token(), null));
        var row = attention.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(sam.id())).findFirst().orElseThrow();
        assertThat(row.getJsonArray("reasons").toString()).contains("evaluation-due");
        assertThat(row.getString("evaluationDueOn")).isEqualTo(due);

        // the participant reflects: bad answers name the field, then once
        assertProblem(client.api("POST", "/api/v1/me/evaluations", sam.token(),
                "{\"dueOn\":\"" + due + "\",\"work\":\"maybe\",\"learning\":\"good\",\"help\":\"good\"}"), 400, "work");
        assertProblem(client.api("POST", "/api/v1/me/evaluations", sam.token(),
                "{\"dueOn\":\"" + due + "\",\"learning\":\"good\",\"help\":\"good\"}"), 400, "work");
        var reflected = client.api("POST", "/api/v1/me/evaluations", sam.token(), reflection(LocalDate.parse(due)));
        assertThat(reflected.statusCode()).as(reflected.body()).isEqualTo(201);
        assertThat(ToolClient.json(reflected).getJsonObject("reflection").getString("help")).isEqualTo("not-yet");
        assertProblem(client.api("POST", "/api/v1/me/evaluations", sam.token(), reflection(LocalDate.parse(due))), 409, null);

        // the coach's feedback, then a change with If-Match; the history keeps both
        assertProblem(client.api("POST", base, coach.token(), "{\"dueOn\":\"" + due + "\"}"), 400, "goingWell");
        assertProblem(client.api("POST", base, coach.token(), "{\"goingWell\":\"x\"}"), 400, "dueOn");
        var feedback = client.api("POST", base, coach.token(),
                "{\"dueOn\":\"" + due + "\",\"goingWell\":\"Je bent altijd op tijd.\",\"toLearn\":\"Vragen stellen.\"}");
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(201);
        var evaluation = ToolClient.json(feedback);
        var id = evaluation.getString("id");
        var version = evaluation.getInt("version");
        assertThat(evaluation.getBoolean("completed")).isTrue();
        assertProblem(client.api("POST", base, coach.token(),
                "{\"dueOn\":\"" + due + "\",\"goingWell\":\"Nog eens\"}"), 409, null);
        assertProblem(client.api("PUT", base + "/" + id + "/feedback", coach.token(), "{\"toLearn\":\"Anders\"}"), 428, null);
        assertProblem(client.api("PUT", base + "/" + id + "/feedback", coach.token(), "{\"toLearn\":\"Anders\"}",
                version + 5), 412, null);
        var again = client.api("PUT", base + "/" + id + "/feedback", coach.token(),
                "{\"goingWell\":\"Je bent altijd op tijd.\",\"toLearn\":\"Hulp vragen als het druk is.\"}", version);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        var now = ToolClient.json(again);
        assertThat(now.getInt("version")).isGreaterThan(version);
        assertThat(now.getJsonArray("history")).hasSize(2);
        assertThat(now.getJsonObject("feedback").getString("toLearn")).isEqualTo("Hulp vragen als het druk is.");

        // the participant reads it; the next one is two weeks after this one's day
        mine = ok(client.api("GET", "/api/v1/me/evaluations", sam.token(), null));
        assertThat(mine.getJsonArray("evaluations").getJsonObject(0).getJsonObject("feedback").getString("toLearn"))
                .isEqualTo("Hulp vragen als het druk is.");
        assertThat(mine.getString("nextDueOn")).isEqualTo(LocalDate.parse(due).plusWeeks(2).toString());
        assertThat(mine.getBoolean("due")).isFalse();

        // the coach's growth view answers for a participant without observations
        var growth = ok(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants/" + sam.id() + "/growth",
                coach.token(), null));
        assertThat(growth.getJsonArray("competencies")).isEmpty();
    }

    @Test
    void participantsAnotherOrganisationsCoachAndAnotherCoursesCoachAreRefused() {
        var platform = register("Leerwerkbedrijf Evaluatie Twee");
        var coach = launch(platform, "coach-1");
        var sam = newParticipant(platform);
        var other = newParticipant(platform);
        var participantPath = "/api/v1/courses/" + coach.courseId() + "/participants/" + sam.id();
        var base = participantPath + "/evaluations";
        var schedule = client.api("PUT", base + "/schedule", coach.token(), "{\"everyWeeks\":1}");
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        var due = ok(client.api("GET", base, coach.token(), null)).getString("nextDueOn");
        var created = client.api("POST", base, coach.token(), "{\"dueOn\":\"" + due + "\",\"goingWell\":\"Goed\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var evaluation = ToolClient.json(created);

        var stranger = launch(register("Leerwerkbedrijf Evaluatie Vreemd"), "coach-1");
        platform.tamper(claims -> claims.claim(CONTEXT, Map.of("id", "other-course", "label", "X", "title", "Andere cursus",
                "type", List.of("CourseSection"))));
        Person otherCourseCoach;
        try {
            platform.person("coach-9", "Coach", "Negen", TestPlatform.INSTRUCTOR);
            otherCourseCoach = launch(platform, "coach-9");
        } finally {
            platform.tamper(claims -> { });
        }
        assertThat(otherCourseCoach.courseId()).isNotEqualTo(coach.courseId());

        record Call(String method, String path, String json) {
        }
        var calls = List.of(new Call("GET", base, null), new Call("GET", base + "/schedule", null),
                new Call("PUT", base + "/schedule", "{\"everyWeeks\":3}"),
                new Call("POST", base, "{\"dueOn\":\"" + due + "\",\"goingWell\":\"x\"}"),
                new Call("PUT", base + "/" + evaluation.getString("id") + "/feedback", "{\"goingWell\":\"x\"}"),
                new Call("GET", participantPath + "/growth", null));
        for (var call : calls) {
            var version = evaluation.getInt("version");
            assertProblem(client.api(call.method(), call.path(), sam.token(), call.json(), version), 403, null);
            assertProblem(client.api(call.method(), call.path(), other.token(), call.json(), version), 403, null);
            assertProblem(client.api(call.method(), call.path(), stranger.token(), call.json(), version), 404, null);
            assertProblem(client.api(call.method(), call.path(), otherCourseCoach.token(), call.json(), version), 404, null);
            var ownCourse = call.path().replace(coach.courseId(), otherCourseCoach.courseId());
            assertProblem(client.api(call.method(), ownCourse, otherCourseCoach.token(), call.json(), version), 404, null);
        }
        // coaches cannot use the participant's endpoints; another participant sees only their own (nothing)
        assertProblem(client.api("GET", "/api/v1/me/evaluations", coach.token(), null), 403, null);
        var theirs = ok(client.api("GET", "/api/v1/me/evaluations", other.token(), null));
        assertThat(theirs.getJsonArray("evaluations")).isEmpty();
        assertThat(theirs.getJsonObject("schedule").containsKey("everyWeeks")).isFalse();
        // nothing changed
        var after = ok(client.api("GET", base, coach.token(), null));
        assertThat(after.getJsonObject("schedule").getInt("everyWeeks")).isEqualTo(1);
        assertThat(after.getJsonArray("evaluations").getJsonObject(0).getJsonObject("feedback").getString("goingWell"))
                .isEqualTo("Goed");
    }

    private static String reflection(LocalDate dueOn) {
        return "{\"dueOn\":\"" + dueOn + "\",\"work\":\"good\",\"learning\":\"sometimes\",\"help\":\"not-yet\","
                + "\"note\":\"Ik vind het werk leuk.\"}";
    }

    /** Time passes: the rhythm started {@code days} days earlier (the app's own database user, as the app). */
    private static void moveScheduleBack(String participantId, int days) throws Exception {
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url", "jdbc:mysql://127.0.0.1:3306/groeipad_it"),
                System.getProperty("it.db.user", "groeipad_it"), System.getProperty("it.db.password", "groeipad_it"));
             var sql = db.prepareStatement(
                     "UPDATE evaluation_schedule SET starts_on = DATE_SUB(starts_on, INTERVAL ? DAY) WHERE participant_id = ?")) {
            sql.setInt(1, days);
            sql.setString(2, participantId);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
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

    private TestPlatform register(String name) {
        try {
            var platform = TestPlatform.registeredAt(client, name + " " + UUID.randomUUID().toString().substring(0, 8));
            PLATFORMS.add(platform);
            return platform;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
