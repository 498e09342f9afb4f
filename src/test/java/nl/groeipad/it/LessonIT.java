package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starting a lesson from a task ({@code GET /api/v1/tasks/{id}/lesson}, issue 8 §1) over real HTTP: a task made from
 * starter material gives its participant the material's steps (workplace) or its public https address (online); the
 * coach writes instructions on their own material, which the next lesson shows; another participant, another
 * organisation's coach and a task without material find nothing; bad instructions are refused naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
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

    record Person(String id, String token, String courseId) {
    }

    @Test
    void aTaskFromStarterMaterialGivesItsParticipantTheStepsOrThePublicLink() {
        var coach = launch(lms(), "coach-1");
        var participant = newParticipant(lms());
        var workplace = starterItem(coach, "Werk stap voor stap volgens de werkinstructie");
        var online = starterItem(coach, "Oefenen met lezen op het werk");
        var plan = createPlan(coach, participant, """
                {"title":"Stap voor stap","day":"%s","catalogueItemId":"%s","itemTitle":"%s"},
                {"title":"Lezen oefenen","day":"%s","catalogueItemId":"%s","itemTitle":"%s","itemUrl":"%s"},
                {"title":"Zonder leermiddel","day":"%s"}""".formatted(
                today(), workplace.getString("id"), workplace.getString("title"),
                today(), online.getString("id"), online.getString("title"), online.getString("url"), today()));
        var tasks = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getValuesAs(JsonObject.class);

        var steps = ok(client.api("GET", "/api/v1/tasks/" + tasks.get(0).getString("id") + "/lesson", participant.token(), null));
        assertThat(steps.getString("kind")).isEqualTo("workplace-assignment");
        assertThat(steps.getBoolean("online")).isFalse();
        assertThat(steps.getString("title")).isEqualTo("Stap voor stap");
        assertThat(steps.getBoolean("done")).isFalse();
        assertThat(steps.getJsonArray("steps").getValuesAs(JsonString::getString))
                .hasSizeGreaterThanOrEqualTo(4).first().isEqualTo("Pak de werkinstructie van je taak.");

        var link = ok(client.api("GET", "/api/v1/tasks/" + tasks.get(1).getString("id") + "/lesson", participant.token(), null));
        assertThat(link.getString("kind")).isEqualTo("online-lesson");
        assertThat(link.getBoolean("online")).isTrue();
        assertThat(link.getString("url")).isEqualTo("https://www.oefenen.nl/");
        assertThat(link.getString("sourceName")).isEqualTo("Oefenen.nl");

        // Their coach may look at it too (to help); a task without material has no lesson.
        assertThat(client.api("GET", "/api/v1/tasks/" + tasks.get(0).getString("id") + "/lesson", coach.token(), null)
                .statusCode()).isEqualTo(200);
        assertProblem(client.api("GET", "/api/v1/tasks/" + tasks.get(2).getString("id") + "/lesson", participant.token(), null), 404);
        assertProblem(client.api("GET", "/api/v1/tasks/" + UUID.randomUUID() + "/lesson", participant.token(), null), 404);
    }

    @Test
    void nobodyElseFindsTheLesson() {
        var coach = launch(lms(), "coach-1");
        var owner = newParticipant(lms());
        var other = newParticipant(lms());
        var item = starterItem(coach, "Vraag het na: heb ik het goed begrepen?");
        var plan = createPlan(coach, owner, """
                {"title":"Navragen","day":"%s","catalogueItemId":"%s","itemTitle":"Navragen"}"""
                .formatted(today(), item.getString("id")));
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");
        var path = "/api/v1/tasks/" + taskId + "/lesson";

        assertProblem(client.api("GET", path, other.token(), null), 404);
        assertProblem(client.api("GET", path, launch(otherLms(), "coach-1").token(), null), 404);
        assertProblem(client.api("GET", path, newParticipant(otherLms()).token(), null), 404);
        lms().tamper(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/context",
                java.util.Map.of("id", "other-course", "title", "Andere cursus", "type", java.util.List.of("CourseSection"))));
        try {
            var otherCourseCoach = launch(lms(), "coach-1");
            assertThat(otherCourseCoach.courseId()).isNotEqualTo(coach.courseId());
            assertProblem(client.api("GET", path, otherCourseCoach.token(), null), 404);
        } finally {
            lms().tamper(c -> { });
        }
        assertThat(client.api("GET", path, owner.token(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void theCoachWritesInstructionsAndTheLessonShowsThem() {
        var coach = launch(lms(), "coach-1");
        var participant = newParticipant(lms());
        var created = client.api("POST", "/api/v1/catalogue/items", coach.token(), """
                {"title":"Koffie zetten voor het team","kind":"workplace-assignment",
                 "instructions":["Vul de kan met water.","  ","Doe er 8 scheppen koffie in.","Zet de machine aan."]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var item = ToolClient.json(created);
        assertThat(item.getJsonArray("instructions").getValuesAs(JsonString::getString))
                .containsExactly("Vul de kan met water.", "Doe er 8 scheppen koffie in.", "Zet de machine aan.");

        var plan = createPlan(coach, participant, """
                {"title":"Koffie","day":"%s","catalogueItemId":"%s","itemTitle":"Koffie zetten voor het team"}"""
                .formatted(today(), item.getString("id")));
        var taskId = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");

        var revised = client.api("PUT", "/api/v1/catalogue/items/" + item.getString("id"), coach.token(), """
                {"title":"Koffie zetten voor het team","kind":"workplace-assignment",
                 "instructions":["Vul de kan met water.","Doe er 8 scheppen koffie in.","Zet de machine aan.","Zeg: de koffie is klaar!"]}""",
                item.getInt("version"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        var lesson = ok(client.api("GET", "/api/v1/tasks/" + taskId + "/lesson", participant.token(), null));
        assertThat(lesson.getJsonArray("steps").getValuesAs(JsonString::getString)).hasSize(4).last()
                .isEqualTo("Zeg: de koffie is klaar!");

        var thirteen = "[" + String.join(",", java.util.Collections.nCopies(13, "\"Doe iets.\"")) + "]";
        assertField(client.api("POST", "/api/v1/catalogue/items", coach.token(),
                "{\"title\":\"Te lang\",\"kind\":\"conversation\",\"instructions\":" + thirteen + "}"), "instructions");
        assertField(client.api("POST", "/api/v1/catalogue/items", coach.token(),
                "{\"title\":\"Te lang\",\"kind\":\"conversation\",\"instructions\":[\"" + "x".repeat(301) + "\"]}"), "instructions");
        // not a list at all: the body is unreadable (400 problem+json, never a 5xx)
        assertProblem(client.api("POST", "/api/v1/catalogue/items", coach.token(),
                "{\"title\":\"Fout\",\"kind\":\"conversation\",\"instructions\":\"geen lijst\"}"), 400);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JsonObject starterItem(Person coach, String title) {
        var found = ok(client.api("GET", "/api/v1/catalogue/items?q=" + ToolClient.enc(title), coach.token(), null));
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow();
    }

    private JsonObject createPlan(Person coach, Person participant, String tasksJson) {
        var created = client.api("POST", "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/plan",
                coach.token(), "{\"goals\":[{\"title\":\"Doel\",\"dueOn\":\"%s\",\"tasks\":[%s]}]}"
                        .formatted(today().plusWeeks(6), tasksJson));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ToolClient.json(created);
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
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

    private TestPlatform lms() {
        if (lms == null) {
            lms = register("Leerbedrijf Les");
        }
        return lms;
    }

    private TestPlatform otherLms() {
        if (otherLms == null) {
            otherLms = register("Ander leerbedrijf Les");
        }
        return otherLms;
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
