package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new participant, before the coach did anything (issue 8 §16): "my" intake, plan and route are empty states —
 * 200 with nothing in them, no id — not 404s that fill the browser's console; unknown ids stay 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmptyStatesIT {

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

    @Test
    void aNewParticipantsIntakePlanAndRouteAreEmptyStates() throws Exception {
        lms = TestPlatform.registeredAt(client, "Leerbedrijf Leeg");
        var subject = "learner-" + UUID.randomUUID();
        lms.person(subject, "Sam", "Nieuw", TestPlatform.LEARNER);
        var token = ToolClient.sessionToken(client.freshBrowser().launch(lms, subject));

        var intake = ok(client.api("GET", "/api/v1/me/intake", token, null));
        assertThat(intake.getString("status")).isEqualTo("none");
        assertThat(intake.containsKey("id")).isFalse();
        assertThat(intake.getJsonArray("questions")).isEmpty();

        var plan = ok(client.api("GET", "/api/v1/me/plan", token, null));
        assertThat(plan.containsKey("id")).isFalse();
        assertThat(plan.getJsonArray("goals")).isEmpty();
        assertThat(plan.getString("today")).isNotBlank();

        var route = ok(client.api("GET", "/api/v1/me/route", token, null));
        assertThat(route.getString("status")).isEqualTo("none");
        assertThat(route.containsKey("id")).isFalse();
        assertThat(route.getJsonArray("steps")).isEmpty();

        var today = ok(client.api("GET", "/api/v1/me/today", token, null));
        assertThat(today.getBoolean("hasPlan")).isFalse();

        // Unknown ids are still not found.
        for (var path : new String[] {"/api/v1/plans/", "/api/v1/routes/", "/api/v1/tasks/"}) {
            var unknown = client.api("GET", path + UUID.randomUUID() + (path.contains("tasks") ? "/lesson" : ""), token, null);
            assertThat(unknown.statusCode()).as(path + " " + unknown.body()).isIn(403, 404);
        }
        assertThat(client.api("GET", "/api/v1/plans/" + UUID.randomUUID(), token, null).statusCode()).isEqualTo(404);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }
}
