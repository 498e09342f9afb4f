package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Test steps over HTTP that bring a participant's route or goal to a recorded passed completion, the way a coach
 * does: observations of every target at its level (every behaviour scored 4 in two situations, concluded with a
 * reason because the period cannot pass within a test), a completion moment, the outcome "passed".
 */
final class CompletionSteps {

    private CompletionSteps() {
    }

    static String participantPath(String courseId, String participantId) {
        return "/api/v1/courses/" + courseId + "/participants/" + participantId;
    }

    /** Observes every target of the participant's active route at its level, reaching it. */
    static void observeRouteTargets(ToolClient client, String coach, String participantPath) {
        var route = ok(client.api("GET", participantPath + "/route", coach, null));
        var byLevel = new LinkedHashMap<String, List<String>>();
        route.getJsonArray("targets").getValuesAs(JsonObject.class).forEach(t ->
                byLevel.computeIfAbsent(t.getString("level"), k -> new ArrayList<>()).add(t.getString("competencyKey")));
        var frameworkVersionId = route.getJsonObject("framework").getString("id");
        byLevel.forEach((level, keys) -> observe(client, coach, participantPath, frameworkVersionId, keys, level, 4));
    }

    /** One observation of these competencies at this level, every behaviour scored {@code score} in two situations. */
    static String observe(ToolClient client, String coach, String participantPath, String frameworkVersionId,
                          List<String> competencyKeys, String level, int score) {
        var keys = String.join("\",\"", competencyKeys);
        var observation = created(client.api("POST", participantPath + "/observations", coach, """
                {"frameworkVersionId":"%s","competencyKeys":["%s"],"level":"%s","periodDays":1,
                 "situations":["magazijn","kantine"],"guideConfirmed":true}""".formatted(frameworkVersionId, keys, level)));
        var id = observation.getString("id");
        var version = observation.getInt("version");
        for (var c : observation.getJsonArray("competencies").getValuesAs(JsonObject.class)) {
            for (var i : c.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
                for (var s : observation.getJsonArray("situations").getValuesAs(JsonObject.class)) {
                    var recorded = created(client.api("POST", participantPath + "/observations/" + id + "/scores", coach,
                            "{\"indicatorId\":\"%s\",\"situationId\":\"%s\",\"score\":%d}".formatted(i.getString("id"),
                                    s.getString("id"), score)));
                    version = recorded.getInt("version");
                }
            }
        }
        ok(client.api("POST", participantPath + "/observations/" + id + "/conclusion", coach,
                "{\"guideConfirmed\":true,\"reason\":\"De periode loopt nog, maar alles is gezien.\"}", version));
        return id;
    }

    /** Plans the completion moment of the route (or goal, when {@code goalId} is given): the created moment. */
    static JsonObject planMoment(ToolClient client, String coach, String participantPath, String goalId) {
        var body = goalId == null
                ? "{\"subject\":\"route\",\"date\":\"" + java.time.LocalDate.now() + "\",\"assessor\":\"Anna de Vries\"}"
                : "{\"subject\":\"goal\",\"goalId\":\"" + goalId + "\",\"date\":\"" + java.time.LocalDate.now() + "\"}";
        return created(client.api("POST", participantPath + "/completion/moments", coach, body));
    }

    /** Records the outcome "passed" of a moment. */
    static JsonObject pass(ToolClient client, String coach, String participantPath, JsonObject moment) {
        return created(client.api("POST", participantPath + "/completion/moments/" + moment.getString("id") + "/outcomes",
                coach, "{\"outcome\":\"passed\",\"note\":\"Alles laten zien.\"}", moment.getInt("version")));
    }

    /** The whole way for the participant's active route: observed, planned, passed. */
    static void completeRoute(ToolClient client, String coach, String courseId, String participantId) {
        var path = participantPath(courseId, participantId);
        observeRouteTargets(client, coach, path);
        pass(client, coach, path, planMoment(client, coach, path, null));
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }

    static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ToolClient.json(response);
    }
}
