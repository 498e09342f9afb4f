package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8 §15: one organisation, several registrations. A manual registration ("first") has a plan for a
 * participant; a second registration of the same course (dynamic, a re-registration) is linked to the first one's
 * organisation by the operator, and the same course launched through it shows the same person and the same plan.
 * A registration nobody linked stays isolated; bad links are refused naming the field, without If-Match 428, on a
 * stale version 412; an organisation with linked registrations is neither linked elsewhere nor removed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationLinkIT {

    private static final String REGISTRATIONS = "/api/v1/admin/registrations";
    private static TestPlatform first;
    private static TestPlatform second;
    private static TestPlatform unlinked;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {first, second, unlinked}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    /** The registration of this platform as the operator sees it. */
    private JsonObject registration(TestPlatform platform) {
        var all = ToolClient.jsonArray(client.admin("GET", REGISTRATIONS, null)).getValuesAs(JsonObject.class);
        return all.stream().filter(r -> r.getString("issuer").equals(platform.issuer())
                && r.getString("clientId").equals(platform.clientId())).findFirst().orElseThrow();
    }

    private TestPlatform dynamicallyRegistered() throws Exception {
        var platform = new TestPlatform();
        var page = client.get("/lti/register?openid_configuration=" + ToolClient.enc(platform.openidConfigurationUrl())
                + "&registration_token=" + ToolClient.enc(platform.registrationToken()));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return platform;
    }

    private String token(TestPlatform platform, String subject) {
        return ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, subject));
    }

    private JsonObject me(String token) {
        var me = client.api("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return ToolClient.json(me);
    }

    private HttpResponse<String> link(String id, String organisationId, Object version) {
        return client.admin("PUT", REGISTRATIONS + "/" + id + "/organisation",
                organisationId == null ? "{}" : "{\"organisationId\":\"" + organisationId + "\"}", version);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(ToolClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }

    @Test
    void theSameCourseThroughALinkedRegistrationShowsTheSamePlanAndAnUnlinkedOneStaysApart() throws Exception {
        first = TestPlatform.registeredAt(client, "Leerbedrijf Eén (eerste registratie)");
        second = dynamicallyRegistered();
        unlinked = TestPlatform.registeredAt(client, "Leerbedrijf Drie (los)");

        // Through the first registration: a coach makes a plan for learner-1.
        var coach = token(first, "coach-1");
        var learner = token(first, "learner-1");
        var courseId = me(coach).getJsonObject("course").getString("id");
        var learnerId = me(learner).getJsonObject("user").getString("id");
        var created = client.api("POST", "/api/v1/courses/" + courseId + "/participants/" + learnerId + "/plan", coach, """
                {"goals":[{"title":"Ik vraag om hulp","dueOn":"%s",
                  "tasks":[{"title":"Vraag je collega om uitleg","day":"%s"}]}]}"""
                .formatted(LocalDate.now().plusWeeks(4), LocalDate.now()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var planId = ToolClient.json(created).getString("id");

        // The operator links the second registration to the first one's organisation.
        var firstId = registration(first).getString("id");
        var secondView = registration(second);
        assertThat(secondView.getString("organisationId")).isEqualTo(secondView.getString("id"));
        var linked = link(secondView.getString("id"), firstId, secondView.getInt("version"));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(ToolClient.json(linked).getString("organisationId")).isEqualTo(firstId);
        assertThat(ToolClient.json(linked).getString("clientId")).isEqualTo(second.clientId());

        // The same course launched through the second registration: same person, same course, same plan.
        var viaSecond = token(second, "learner-1");
        assertThat(me(viaSecond).getJsonObject("user").getString("id")).isEqualTo(learnerId);
        assertThat(me(viaSecond).getJsonObject("course").getString("id")).isEqualTo(courseId);
        var plan = client.api("GET", "/api/v1/me/plan", viaSecond, null);
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        assertThat(ToolClient.json(plan).getString("id")).isEqualTo(planId);
        var coachViaSecond = token(second, "coach-1");
        assertThat(client.api("GET", "/api/v1/plans/" + planId, coachViaSecond, null).statusCode()).isEqualTo(200);

        // A registration nobody linked: another person, no plan, and the plan's id is unknown there.
        var viaUnlinked = token(unlinked, "learner-1");
        assertThat(me(viaUnlinked).getJsonObject("user").getString("id")).isNotEqualTo(learnerId);
        var noPlan = client.api("GET", "/api/v1/me/plan", viaUnlinked, null);
        assertThat(noPlan.body()).doesNotContain(planId);
        var otherCoach = token(unlinked, "coach-1");
        assertThat(client.api("GET", "/api/v1/plans/" + planId, otherCoach, null).statusCode()).isEqualTo(404);

        // Unlinked again: the second registration's launches enter its own organisation; the plan stays with the first.
        var current = registration(second);
        var unlinkedAgain = client.admin("DELETE", REGISTRATIONS + "/" + current.getString("id") + "/organisation", null,
                current.getInt("version"));
        assertThat(unlinkedAgain.statusCode()).as(unlinkedAgain.body()).isEqualTo(200);
        assertThat(ToolClient.json(unlinkedAgain).getString("organisationId")).isEqualTo(current.getString("id"));
        var ownAgain = token(second, "learner-1");
        assertThat(me(ownAgain).getJsonObject("user").getString("id")).isNotEqualTo(learnerId);
        assertThat(client.api("GET", "/api/v1/me/plan", ownAgain, null).body()).doesNotContain(planId);
        assertThat(client.api("GET", "/api/v1/me/plan", token(first, "learner-1"), null).body()).contains(planId);
    }

    @Test
    void badLinksAreRefused() throws Exception {
        var a = TestPlatform.registeredAt(client, "Organisatie A (koppelen)");
        var b = TestPlatform.registeredAt(client, "Organisatie B (koppelen)");
        var c = TestPlatform.registeredAt(client, "Organisatie C (koppelen)");
        try {
            var aView = registration(a);
            var aId = aView.getString("id");
            var bView = registration(b);
            var bId = bView.getString("id");
            var cId = registration(c).getString("id");

            assertProblem(link(aId, aId, aView.getInt("version")), 400, "organisationId");
            assertProblem(link(aId, "00000000-0000-0000-0000-000000000000", aView.getInt("version")), 400, "organisationId");
            assertProblem(link(aId, "not an id", aView.getInt("version")), 400, "organisationId");
            assertProblem(link(aId, null, aView.getInt("version")), 400, "organisationId");
            assertProblem(link(aId, bId, null), 428, null);
            assertProblem(link(aId, bId, aView.getInt("version") + 7), 412, null);
            assertThat(client.admin("PUT", REGISTRATIONS + "/00000000-0000-0000-0000-000000000000/organisation",
                    "{\"organisationId\":\"" + bId + "\"}", 1).statusCode()).isEqualTo(404);
            var withoutSecret = new ToolClient(Deployments.base()).api("PUT", REGISTRATIONS + "/" + aId + "/organisation",
                    null, "{\"organisationId\":\"" + bId + "\"}", aView.getInt("version"));
            assertThat(withoutSecret.statusCode()).isEqualTo(401);

            // B joins A's organisation.
            assertThat(link(bId, aId, bView.getInt("version")).statusCode()).isEqualTo(200);
            // A now has B linked: A cannot join C, and cannot be removed.
            assertProblem(link(aId, cId, registration(a).getInt("version")), 409, null);
            assertProblem(client.admin("DELETE", REGISTRATIONS + "/" + aId, null, registration(a).getInt("version")), 409, null);
            // C cannot join B, which is itself linked: it names the field.
            assertProblem(link(cId, bId, registration(c).getInt("version")), 400, "organisationId");

            // Removing the linked registration B is fine and leaves A alone.
            assertThat(client.admin("DELETE", REGISTRATIONS + "/" + bId, null, registration(b).getInt("version")).statusCode())
                    .isEqualTo(204);
            assertThat(client.admin("GET", REGISTRATIONS + "/" + aId, null).statusCode()).isEqualTo(200);
        } finally {
            a.close();
            b.close();
            c.close();
        }
    }
}
