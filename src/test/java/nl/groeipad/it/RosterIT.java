package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The whole course in "Mijn deelnemers" from NRPS context membership: a coach's launch reads the roster in the
 * background (all pages, following Link rel="next"), people who never launched show as not started, Inactive members
 * are left out, names from the LMS win; a coach can refresh on request and sees when it was last read; an LMS
 * without NRPS still works; participants and other organisations are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterIT {

    private static TestPlatform lms;
    private static TestPlatform plainLms;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {lms, plainLms}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    record Person(String id, String token, String courseId) {
    }

    @Test
    void aCoachsLaunchBringsInEveryoneEnrolledAcrossPagesAndTheLmsNamesWin() {
        var platform = lms();
        var launchedSubject = "learner-" + UUID.randomUUID();
        platform.person(launchedSubject, "Oude", "Naam", TestPlatform.LEARNER);
        var launched = launch(platform, launchedSubject);
        var services = platform.services();
        services.pageSize(2);
        services.member(launchedSubject, "Nieuwe", "Naam", "Learner", "Active");
        services.member("nrps-a-" + UUID.randomUUID(), "Anna", "Nooitgestart", "Learner", "Active");
        services.member("nrps-b-" + UUID.randomUUID(), "Bram", "Nooitgestart", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", "Active");
        services.member("nrps-c-" + UUID.randomUUID(), "Cor", "Vertrokken", "Learner", "Inactive");
        services.member("coach-1", "Coach", "Eén", "Instructor", "Active");

        var coach = launch(platform, "coach-1"); // starts reading the roster in the background

        var list = awaitParticipants(coach, people -> people.size() == 3);
        assertThat(list).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder("Nieuwe Naam", "Anna Nooitgestart", "Bram Nooitgestart");
        var annaAndBram = list.stream().filter(p -> p.getString("name").endsWith("Nooitgestart")).toList();
        assertThat(annaAndBram).allSatisfy(p -> assertThat(p.containsKey("lastSeen") && !p.isNull("lastSeen")).isFalse());
        assertThat(list.stream().filter(p -> p.getString("id").equals(launched.id())).findFirst().orElseThrow()
                .getString("lastSeen", null)).isNotNull();

        var roster = ToolClient.json(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/roster", coach.token(), null));
        assertThat(roster.getBoolean("available")).isTrue();
        assertThat(roster.getString("refreshedAt")).isNotBlank();

        // Someone who joins the course later appears when the coach asks for the list again.
        services.member("nrps-d-" + UUID.randomUUID(), "Dewi", "Later", "Learner", "Active");
        var refreshed = client.api("POST", "/api/v1/courses/" + coach.courseId() + "/roster/refresh", coach.token(), null);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(ToolClient.json(refreshed).getInt("members")).isEqualTo(6);
        assertThat(participants(coach)).extracting(p -> p.getString("name")).contains("Dewi Later").hasSize(4);

        // A member who never launched can be coached: the coach opens their (empty) plan page.
        var anna = annaAndBram.getFirst();
        var detail = client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants/" + anna.getString("id"), coach.token(), null);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    }

    @Test
    void anLmsWithoutNrpsStillWorksWithThePeopleWhoLaunched() {
        var platform = plainLms();
        var participant = launch(platform, "learner-1");
        var coach = launch(platform, "coach-1");

        var roster = ToolClient.json(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/roster", coach.token(), null));
        assertThat(roster.getBoolean("available")).isFalse();
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/roster/refresh", coach.token(), null), 409);
        assertThat(participants(coach)).extracting(p -> p.getString("id")).containsExactly(participant.id());
    }

    @Test
    void participantsAndOtherOrganisationsAreRefused() {
        var own = GradesIT.register(client, "Leerbedrijf Rooster Toegang");
        try {
            refused(own);
        } finally {
            own.close();
        }
    }

    private void refused(TestPlatform platform) {
        var coach = launch(platform, "coach-1");
        var participant = launch(platform, "learner-1");
        assertProblem(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/roster", participant.token(), null), 403);
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/roster/refresh", participant.token(), null), 403);

        var stranger = launch(plainLms(), "coach-1");
        assertProblem(client.api("GET", "/api/v1/courses/" + coach.courseId() + "/roster", stranger.token(), null), 404);
        assertProblem(client.api("POST", "/api/v1/courses/" + coach.courseId() + "/roster/refresh", stranger.token(), null), 404);
    }

    private List<JsonObject> awaitParticipants(Person coach, java.util.function.Predicate<List<JsonObject>> condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonObject> last = List.of();
        while (System.nanoTime() < deadline) {
            last = participants(coach);
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the roster did not arrive; the list is " + last);
    }

    private List<JsonObject> participants(Person coach) {
        var response = client.api("GET", "/api/v1/courses/" + coach.courseId() + "/participants", coach.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.jsonArray(response).getValuesAs(JsonObject.class);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private Person launch(TestPlatform platform, String subject) {
        var token = ToolClient.sessionToken(client.freshBrowser().launch(platform, subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Person(me.getJsonObject("user").getString("id"), token, me.getJsonObject("course").getString("id"));
    }

    private TestPlatform lms() {
        if (lms == null) {
            lms = GradesIT.register(client, "Leerbedrijf Rooster");
        }
        return lms;
    }

    private TestPlatform plainLms() {
        if (plainLms == null) {
            try {
                plainLms = TestPlatform.registeredAt(client, "Leerbedrijf Zonder Rooster");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return plainLms;
    }
}
