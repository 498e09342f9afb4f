package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.groeipad.it.SelectCount.Statements;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mijn deelnemers" as who needs the coach (issue 8 §7), over real HTTP on MariaDB: an intake handed in waits for
 * review until its suggestions are in the plan, overdue tasks, a note that is new until the coach looks, the count,
 * the sorts, the reopen reason the participant reads; who may not (a participant, another organisation's coach);
 * bad input is 400 naming the field; and the number of SQL statements does not grow with the participants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttentionIT {

    private static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";

    private static final java.util.List<TestPlatform> PLATFORMS = new java.util.ArrayList<>();
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

    record Organisation(TestPlatform platform, String coach, String courseId) {
        String attention() {
            return "/api/v1/courses/" + courseId + "/attention";
        }

        String participant(Person person) {
            return "/api/v1/courses/" + courseId + "/participants/" + person.id();
        }
    }

    record Person(String token, String id, String name) {
    }

    private Organisation register(String name) throws Exception {
        var platform = new TestPlatform();
        PLATFORMS.add(platform);
        var created = client.admin("POST", "/api/v1/admin/registrations", """
                {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(),
                        platform.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "coach-1"));
        var me = ok(client.api("GET", "/api/v1/me", coach, null));
        return new Organisation(platform, coach, me.getJsonObject("course").getString("id"));
    }

    private Person participant(Organisation org, String given, String family) {
        var subject = "learner-" + UUID.randomUUID();
        org.platform().person(subject, given, family, TestPlatform.LEARNER);
        var token = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(org.platform(), subject));
        var me = ok(client.api("GET", "/api/v1/me", token, null));
        return new Person(token, me.getJsonObject("user").getString("id"), given + " " + family);
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

    private static JsonObject row(JsonObject list, Person person) {
        return list.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(person.id())).findFirst().orElseThrow();
    }

    private static List<String> reasons(JsonObject list, Person person) {
        return row(list, person).getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** Starts an intake on one competency and has the participant answer and hand it in. */
    private String handedInIntake(Organisation org, Person person) {
        var intakes = org.participant(person) + "/intakes";
        var started = client.api("POST", intakes, org.coach(), "{\"competencyKeys\":[\"" + ADVIES + "\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var mine = ok(client.api("GET", "/api/v1/me/intake", person.token(), null));
        for (var q : mine.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            ok(client.api("PUT", "/api/v1/me/intake/answers/" + q.getString("indicatorId"), person.token(), "{\"answer\":\"not-yet\"}"));
        }
        ok(client.api("POST", "/api/v1/me/intake/completion", person.token(), null));
        return ToolClient.json(started).getString("id");
    }

    @Test
    void theCoachSeesWhoNeedsThemAndWhyMostPressingFirst() throws Exception {
        var org = register("Leerwerkbedrijf Aandacht");
        var ann = participant(org, "Ann", "Aalders");
        var ben = participant(org, "Ben", "Bakker");
        var cas = participant(org, "Cas", "Claassen");
        var dirk = participant(org, "Dirk", "Dekker");

        // Ann handed in her intake; Ben has a task of three days ago not done; Cas wrote a note on today's task
        var intakeId = handedInIntake(org, ann);
        var today = LocalDate.now();
        ok(client.api("GET", "/api/v1/me", ben.token(), null));
        var benPlan = client.api("POST", org.participant(ben) + "/plan", org.coach(), """
                {"startsOn":"%s","goals":[{"title":"Op tijd","dueOn":"%s","tasks":[{"title":"Wekker","day":"%s"}]}]}"""
                .formatted(today.minusDays(7), today.plusWeeks(2), today.minusDays(3)));
        assertThat(benPlan.statusCode()).as(benPlan.body()).isEqualTo(201);
        var casPlan = client.api("POST", org.participant(cas) + "/plan", org.coach(), """
                {"goals":[{"title":"Hulp vragen","dueOn":"%s","tasks":[{"title":"Vraag Ali","day":"%s"}]}]}"""
                .formatted(today.plusWeeks(2), today));
        assertThat(casPlan.statusCode()).as(casPlan.body()).isEqualTo(201);
        var casTask = ToolClient.json(casPlan).getJsonArray("goals").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("id");
        assertThat(client.api("PUT", "/api/v1/tasks/" + casTask + "/note", cas.token(), "{\"note\":\"Ali deed het voor.\"}").statusCode())
                .isEqualTo(200);

        var list = ok(client.api("GET", org.attention(), org.coach(), null));
        assertThat(reasons(list, ann)).containsExactly("intake-waiting");
        assertThat(row(list, ann).getString("intake")).isEqualTo("waiting");
        assertThat(reasons(list, ben)).containsExactly("overdue");
        assertThat(row(list, ben).getJsonObject("plan").getInt("tasksOverdue")).isEqualTo(1);
        assertThat(reasons(list, cas)).containsExactly("new-note");
        assertThat(reasons(list, dirk)).isEmpty();
        assertThat(list.getInt("needsAttention")).isEqualTo(3);
        assertThat(list.getJsonArray("participants").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("Ann Aalders", "Ben Bakker", "Cas Claassen", "Dirk Dekker");

        // sorted by name (Z..A would be wrong); by longest quiet; a sort that does not exist is 400 naming "sort"
        assertThat(ok(client.api("GET", org.attention() + "?sort=name", org.coach(), null)).getJsonArray("participants")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("Ann Aalders", "Ben Bakker", "Cas Claassen", "Dirk Dekker");
        assertThat(ok(client.api("GET", org.attention() + "?sort=quiet", org.coach(), null)).getJsonArray("participants")).hasSize(4);
        assertProblem(client.api("GET", org.attention() + "?sort=age", org.coach(), null), 400, "sort");

        // the coach looks at Cas: the note is no longer new; a new photo or note after it would be
        assertThat(client.api("PUT", org.participant(cas) + "/visit", org.coach(), null).statusCode()).isEqualTo(204);
        assertThat(client.api("PUT", org.participant(cas) + "/visit", org.coach(), null).statusCode()).as("again").isEqualTo(204);
        assertThat(reasons(ok(client.api("GET", org.attention(), org.coach(), null)), cas)).isEmpty();
        Thread.sleep(1100); // moments are stored to the second: a note in the same second as the look counts as seen
        assertThat(client.api("PUT", "/api/v1/tasks/" + casTask + "/note", cas.token(), "{\"note\":\"Nu kan ik het zelf.\"}").statusCode())
                .isEqualTo(200);
        assertThat(reasons(ok(client.api("GET", org.attention(), org.coach(), null)), cas)).containsExactly("new-note");

        // Ann's suggestions go into the plan: no longer waiting
        var intake = ok(client.api("GET", org.participant(ann) + "/intakes/" + intakeId, org.coach(), null));
        var accepted = client.api("POST", org.participant(ann) + "/intakes/" + intakeId + "/suggestions/acceptance", org.coach(),
                "{\"goals\":[{\"competencyKey\":\"" + ADVIES + "\",\"level\":\"A\"}]}", intake.getInt("version"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(reasons(ok(client.api("GET", org.attention(), org.coach(), null)), ann)).isEmpty();
    }

    @Test
    void afterTheCoachReopensTheIntakeTheParticipantReadsWhy() throws Exception {
        var org = register("Leerwerkbedrijf Heropenen");
        var eva = participant(org, "Eva", "Evers");
        var intakeId = handedInIntake(org, eva);
        var reopening = org.participant(eva) + "/intakes/" + intakeId + "/reopening";

        assertProblem(client.api("POST", reopening, org.coach(), "{\"reason\":\"" + "x".repeat(501) + "\"}"), 400, "reason");
        assertProblem(client.api("POST", reopening, eva.token(), "{\"reason\":\"Zelf?\"}"), 403, null);
        var reopened = ok(client.api("POST", reopening, org.coach(), "{\"reason\":\"Kijk nog eens naar vraag 2.\"}"));
        assertThat(reopened.getString("status")).isEqualTo("in-progress");
        assertThat(reopened.getString("reopenReason")).isEqualTo("Kijk nog eens naar vraag 2.");

        var mine = ok(client.api("GET", "/api/v1/me/intake", eva.token(), null));
        assertThat(mine.getString("reopenReason")).isEqualTo("Kijk nog eens naar vraag 2.");
        ok(client.api("POST", "/api/v1/me/intake/completion", eva.token(), null));
        assertThat(ok(client.api("GET", "/api/v1/me/intake", eva.token(), null)).containsKey("reopenReason"))
                .as("handed in again: the reason has done its work").isFalse();
    }

    @Test
    void nobodyButTheCoachOfTheCourseSeesTheListOrRecordsALook() throws Exception {
        var north = register("Leerwerkbedrijf Noord-Aandacht");
        var south = register("Leerwerkbedrijf Zuid-Aandacht");
        var fay = participant(north, "Fay", "Fransen");
        var gus = participant(north, "Gus", "Gerrits");

        assertProblem(client.api("GET", north.attention(), fay.token(), null), 403, null);
        assertProblem(client.api("PUT", north.participant(gus) + "/visit", fay.token(), null), 403, null);
        assertProblem(client.api("GET", north.attention(), south.coach(), null), 404, null);
        assertProblem(client.api("PUT", north.participant(fay) + "/visit", south.coach(), null), 404, null);
        assertProblem(client.api("PUT", south.participant(fay) + "/visit", south.coach(), null), 404, null);
        assertProblem(client.api("PUT", north.participant(new Person(null, UUID.randomUUID().toString(), "")) + "/visit",
                north.coach(), null), 404, null);
        assertProblem(client.api("GET", "/api/v1/courses/" + UUID.randomUUID() + "/attention", north.coach(), null), 404, null);
        assertThat(ok(client.api("GET", north.attention(), north.coach(), null)).getJsonArray("participants")).hasSize(2);
        assertThat(ok(client.api("GET", south.attention(), south.coach(), null)).getJsonArray("participants")).isEmpty();
    }

    @Test
    void theListTakesAsManySqlStatementsForTwelveParticipantsAsForTwo() throws Exception {
        var small = register("Leerwerkbedrijf Klein-Aandacht");
        var big = register("Leerwerkbedrijf Groot-Aandacht");
        for (var org : List.of(small, big)) {
            for (int i = 0; i < (org == small ? 2 : 12); i++) {
                var person = participant(org, "Deelnemer", "Nummer" + i);
                if (i % 2 == 0) {
                    handedInIntake(org, person);
                }
            }
        }
        // The server's own timers (score outbox, housekeeping) run as the same database user and can add a statement to
        // any window, for a while: so the two lists are counted in turns, six times each, and the quietest of each is
        // compared. A statement per participant (or per handed-in intake) would add 5 or 10; the one allowed is a
        // timer's.
        ok(client.api("GET", small.attention(), small.coach(), null));
        ok(client.api("GET", big.attention(), big.coach(), null));
        var forSmall = Long.MAX_VALUE;
        var forBig = Long.MAX_VALUE;
        // SELECTs and writes: the pool's connection check ("SET autocommit", at most once a second per connection)
        // comes and goes with the timing, not with the number of participants
        try (var count = SelectCount.counting(Statements.READS_AND_WRITES)) {
            // The statistics row is written when a statement ends, which may be just after the answer: on a slow
            // machine a statement of the request before was once counted in the next one (27 against 26). So each
            // count starts and ends on a settled row.
            Thread.sleep(250);
            for (int round = 0; round < 6; round++) {
                forSmall = Math.min(forSmall, count.during(() -> listAndSettle(small)));
                forBig = Math.min(forBig, count.during(() -> listAndSettle(big)));
            }
        }
        assertThat(forBig).as("statements for 12 participants vs for 2").isBetween(forSmall - 1, forSmall + 1);
    }

    private void listAndSettle(Organisation org) throws Exception {
        assertThat(ok(client.api("GET", org.attention(), org.coach(), null)).getJsonArray("participants")).isNotEmpty();
        Thread.sleep(250);
    }
}
