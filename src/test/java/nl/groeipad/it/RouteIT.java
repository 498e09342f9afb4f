package nl.groeipad.it;

import static nl.groeipad.it.CompletionSteps.ok;
import static nl.groeipad.it.ObservationSteps.assertProblemNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import nl.groeipad.it.ObservationSteps.NorthAndSouth;
import nl.groeipad.it.ObservationSteps.Organisation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Development routes over real HTTP, on Payara Micro against MariaDB: two organisations (each its own
 * in-test LMS), each with a coach and two participants. Covers the demo route per organisation, templates
 * with targets, steps and material, personal copies adapted without touching the template, "Mijn route",
 * roles, tenant isolation and problem+json for bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RouteIT {

    private static final String ROUTES = "/api/v1/routes";
    private static final String DEMO_FRAMEWORK_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";
    private static final String SAFETY = "572afc48-5b47-45f7-a167-1103f8709b32";
    private static final String ON_TIME = "a0785b0f-08ce-47af-a0e1-14f2545746cb";

    private static final NorthAndSouth<Organisation> ORGANISATIONS =
            ObservationSteps.organisations("Groenbedrijf Noord", "Hoveniers Zuid");
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        ORGANISATIONS.close();
    }

    private Organisation north() {
        return ORGANISATIONS.north(client);
    }

    private Organisation south() {
        return ORGANISATIONS.south(client);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return ToolClient.json(response);
    }

    /** The id of the published demo framework version of the organisation. */
    private String demoFramework(String coach) {
        var list = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach, null));
        return list.getValuesAs(JsonObject.class).stream().filter(f -> f.getString("key").equals(DEMO_FRAMEWORK_KEY))
                .findFirst().orElseThrow().getJsonObject("published").getString("id");
    }

    private JsonObject catalogueItem(String token, String title) {
        var page = ok(client.api("GET", "/api/v1/catalogue/items?q=" + ToolClient.enc(title), token, null));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow();
    }

    private JsonObject demoRoute(String coach) {
        var list = ToolClient.jsonArray(client.api("GET", ROUTES, coach, null)).getValuesAs(JsonObject.class);
        var demo = list.stream().filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).toList();
        assertThat(demo).hasSize(1);
        return ok(client.api("GET", ROUTES + "/" + demo.getFirst().getString("id"), coach, null));
    }

    /** A template with one target and one step with two items, one of them a suggested workplace assignment. */
    private JsonObject newTemplate(Organisation org, String title) {
        var route = created(client.api("POST", ROUTES, org.coach(), """
                {"title":"%s","description":"Voor de test.","frameworkId":"%s"}""".formatted(title, demoFramework(org.coach()))));
        var id = route.getString("id");
        ok(client.api("PUT", ROUTES + "/" + id + "/targets/" + SAFETY, org.coach(), "{\"level\":\"B\"}", route.getInt("version")));
        var withStep = created(client.api("POST", ROUTES + "/" + id + "/steps", org.coach(), """
                {"title":"Veilig beginnen","description":"Je draagt je beschermende kleding.","competencyKey":"%s","level":"A"}"""
                .formatted(SAFETY)));
        var stepId = withStep.getJsonArray("steps").getJsonObject(0).getString("id");
        var training = catalogueItem(org.coach(), "Training: veilig werken in de werkplaats").getString("id");
        var round = catalogueItem(org.coach(), "Veiligheidsronde: zie jij de gevaren?").getString("id");
        ok(client.api("POST", ROUTES + "/" + id + "/steps/" + stepId + "/items", org.coach(),
                "{\"itemId\":\"" + training + "\"}"));
        return ok(client.api("POST", ROUTES + "/" + id + "/steps/" + stepId + "/items", org.coach(),
                "{\"itemId\":\"" + round + "\",\"suggested\":true}"));
    }

    private String personalRoutePath(Organisation org, String participantId) {
        return "/api/v1/courses/" + org.courseId() + "/participants/" + participantId + "/route";
    }

    // ---- tests -------------------------------------------------------------------------------------

    @Test
    void aFreshOrganisationHasTheDemoRouteOnceWithStepsAndMaterial() throws Exception {
        var coach = north().coach();
        var demo = demoRoute(coach);
        assertThat(demo.getString("kind")).isEqualTo("template");
        assertThat(demo.getJsonObject("framework").getString("key")).isEqualTo(DEMO_FRAMEWORK_KEY);
        assertThat(demo.getJsonArray("targets")).hasSize(4);
        var steps = demo.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps).hasSize(6);
        assertThat(steps).allSatisfy(step -> assertThat(step.getJsonArray("items")).isNotEmpty());
        var suggested = steps.stream().flatMap(s -> s.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getBoolean("suggested")).toList();
        assertThat(suggested).isNotEmpty().allSatisfy(i -> assertThat(i.getString("kind")).isEqualTo("workplace-assignment"));
        demoRoute(coach); // asking again imports nothing new (demoRoute asserts exactly one)
        demoRoute(south().coach()); // and another organisation has its own
    }

    @Test
    void aCoachBuildsATemplateWithTargetsStepsAndMaterial() throws Exception {
        var org = north();
        var route = newTemplate(org, "Veilig in het groen");
        var reloaded = ok(client.api("GET", ROUTES + "/" + route.getString("id"), org.coach(), null));
        assertThat(reloaded.getString("title")).isEqualTo("Veilig in het groen");
        assertThat(reloaded.getJsonArray("targets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("competencyKey"), t -> t.getString("level"), t -> t.getString("competencyTitle"))
                .containsExactly(tuple(SAFETY, "B", "Veilig werken"));
        var step = reloaded.getJsonArray("steps").getJsonObject(0);
        assertThat(step.getString("competencyKey")).isEqualTo(SAFETY);
        assertThat(step.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("title"), i -> i.getBoolean("suggested"))
                .containsExactly(tuple("Training: veilig werken in de werkplaats", false),
                        tuple("Veiligheidsronde: zie jij de gevaren?", true));

        // a second step, moved to the front; then renamed and the first item unlinked
        var second = created(client.api("POST", ROUTES + "/" + route.getString("id") + "/steps", org.coach(), """
                {"title":"Op tijd","competencyKey":"%s","level":"A"}""".formatted(ON_TIME)));
        var secondId = second.getJsonArray("steps").getJsonObject(1).getString("id");
        var moved = ok(client.api("PUT", ROUTES + "/" + route.getString("id") + "/steps/" + secondId + "/position",
                org.coach(), "{\"position\":0}", second.getInt("version")));
        assertThat(moved.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("title"))
                .containsExactly("Op tijd", "Veilig beginnen");
        var itemId = step.getJsonArray("items").getJsonObject(0).getString("id");
        var unlinked = ok(client.api("DELETE", ROUTES + "/" + route.getString("id") + "/steps/" + step.getString("id")
                + "/items/" + itemId, org.coach(), null, moved.getInt("version")));
        assertThat(unlinked.getJsonArray("steps").getJsonObject(1).getJsonArray("items")).hasSize(1);
        var renamed = ok(client.api("PUT", ROUTES + "/" + route.getString("id"), org.coach(),
                "{\"title\":\"Veilig en op tijd\"}", unlinked.getInt("version")));
        assertThat(renamed.getString("title")).isEqualTo("Veilig en op tijd");
        assertThat(ToolClient.jsonArray(client.api("GET", ROUTES, org.coach(), null)).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("title")).contains("Veilig en op tijd", "Starten in de groenvoorziening");
    }

    @Test
    void aPersonalCopyIsAdaptedWithoutChangingTheTemplate() throws Exception {
        var org = north();
        var template = newTemplate(org, "Route om te kopiëren");
        var path = personalRoutePath(org, org.participantId());
        var personal = created(client.api("POST", path, org.coach(),
                "{\"templateId\":\"" + template.getString("id") + "\",\"replace\":true}"));
        assertThat(personal.getString("kind")).isEqualTo("personal");
        assertThat(personal.getString("templateId")).isEqualTo(template.getString("id"));
        assertThat(personal.getString("participantId")).isEqualTo(org.participantId());
        assertThat(personal.getJsonArray("steps")).hasSize(1);

        var personalId = personal.getString("id");
        var stepId = personal.getJsonArray("steps").getJsonObject(0).getString("id");
        var targeted = ok(client.api("PUT", ROUTES + "/" + personalId + "/targets/" + SAFETY, org.coach(), "{\"level\":\"C\"}",
                personal.getInt("version")));
        var withoutStep = ok(client.api("DELETE", ROUTES + "/" + personalId + "/steps/" + stepId, org.coach(), null,
                targeted.getInt("version")));
        ok(client.api("PUT", ROUTES + "/" + personalId, org.coach(), "{\"title\":\"Route van Deelnemer Een\"}",
                withoutStep.getInt("version")));

        var adapted = ok(client.api("GET", path, org.coach(), null));
        assertThat(adapted.getString("title")).isEqualTo("Route van Deelnemer Een");
        assertThat(adapted.getJsonArray("steps")).isEmpty();
        assertThat(adapted.getJsonArray("targets").getJsonObject(0).getString("level")).isEqualTo("C");
        var unchanged = ok(client.api("GET", ROUTES + "/" + template.getString("id"), org.coach(), null));
        assertThat(unchanged.getString("title")).isEqualTo("Route om te kopiëren");
        assertThat(unchanged.getJsonArray("steps")).hasSize(1);
        assertThat(unchanged.getJsonArray("targets").getJsonObject(0).getString("level")).isEqualTo("B");
        assertThat(ToolClient.jsonArray(client.api("GET", ROUTES, org.coach(), null)).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("id")).as("personal routes are not templates").doesNotContain(personalId);

        // one active route per participant per course: a second one needs "replace", then the first is archived
        assertProblemNaming(client.api("POST", path, org.coach(), "{\"templateId\":\"" + template.getString("id") + "\"}"),
                409, null);
        var scratch = created(client.api("POST", path, org.coach(), """
                {"title":"Eigen route","frameworkId":"%s","replace":true}""".formatted(demoFramework(org.coach()))));
        assertThat(scratch.getString("templateId", null)).isNull();
        assertThat(ok(client.api("GET", path, org.coach(), null)).getString("id")).isEqualTo(scratch.getString("id"));
        assertThat(ok(client.api("GET", ROUTES + "/" + personalId, org.coach(), null)).getString("status"))
                .isEqualTo("archived");

        // "Mijn deelnemers" shows each participant's active route, for the coach of the course only
        var courseRoutes = "/api/v1/courses/" + org.courseId() + "/routes";
        var active = ToolClient.jsonArray(client.api("GET", courseRoutes, org.coach(), null)).getValuesAs(JsonObject.class);
        assertThat(active).filteredOn(r -> r.getString("participantId").equals(org.participantId()))
                .extracting(r -> r.getString("routeId"), r -> r.getString("title"))
                .containsExactly(tuple(scratch.getString("id"), "Eigen route"));
        assertProblemNaming(client.api("GET", courseRoutes, org.participant(), null), 403, null);
        assertProblemNaming(client.api("GET", courseRoutes, south().coach(), null), 404, null);
    }

    @Test
    void aParticipantSeesOnlyTheirOwnRoute() throws Exception {
        var org = north();
        var demo = demoRoute(org.coach());
        created(client.api("POST", personalRoutePath(org, org.otherParticipantId()), org.coach(),
                "{\"templateId\":\"" + demo.getString("id") + "\",\"replace\":true}"));
        var mine = ok(client.api("GET", "/api/v1/me/route", org.otherParticipant(), null));
        assertThat(mine.getString("title")).isEqualTo("Starten in de groenvoorziening");
        assertThat(mine.getString("participantId")).isEqualTo(org.otherParticipantId());
        var material = mine.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("items").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(material).anySatisfy(i -> assertThat(i.getString("url", "")).startsWith("https://"));
        assertThat(material).anySatisfy(i -> assertThat(i.getBoolean("online")).isFalse());

        // the other participant of the course sees their own route (or none), never this one
        var theirs = ok(client.api("GET", "/api/v1/me/route", org.participant(), null));
        assertThat(theirs.getString("id", "none")).isNotEqualTo(mine.getString("id"));
        // and cannot ask for it as a coach would
        assertProblemNaming(client.api("GET", personalRoutePath(org, org.otherParticipantId()), org.participant(), null), 403, null);
        assertProblemNaming(client.api("GET", ROUTES + "/" + mine.getString("id"), org.participant(), null), 403, null);
    }

    @Test
    void participantsNeverSeeTemplates() throws Exception {
        var org = north();
        var demo = demoRoute(org.coach());
        assertProblemNaming(client.api("GET", ROUTES, org.participant(), null), 403, null);
        assertProblemNaming(client.api("GET", ROUTES + "/" + demo.getString("id"), org.participant(), null), 403, null);
        assertProblemNaming(client.api("POST", ROUTES, org.participant(), """
                {"title":"Eigen","frameworkId":"%s"}""".formatted(demo.getJsonObject("framework").getString("id"))), 403, null);
        assertProblemNaming(client.api("POST", personalRoutePath(org, org.participantId()), org.participant(),
                "{\"templateId\":\"" + demo.getString("id") + "\"}"), 403, null);
    }

    @Test
    void anotherOrganisationsCoachFindsNeitherTemplatesNorPersonalRoutes() throws Exception {
        var org = north();
        var template = newTemplate(org, "Alleen voor Noord");
        var personal = created(client.api("POST", personalRoutePath(org, org.participantId()), org.coach(),
                "{\"templateId\":\"" + template.getString("id") + "\",\"replace\":true}"));
        var stranger = south().coach();
        assertProblemNaming(client.api("GET", ROUTES + "/" + template.getString("id"), stranger, null), 404, null);
        assertProblemNaming(client.api("PUT", ROUTES + "/" + template.getString("id"), stranger, "{\"title\":\"Van ons\"}"), 404, null);
        assertProblemNaming(client.api("DELETE", ROUTES + "/" + template.getString("id"), stranger, null), 404, null);
        assertProblemNaming(client.api("GET", ROUTES + "/" + personal.getString("id"), stranger, null), 404, null);
        assertProblemNaming(client.api("GET", personalRoutePath(org, org.participantId()), stranger, null), 404, null);
        assertProblemNaming(client.api("POST", personalRoutePath(org, org.participantId()), stranger,
                "{\"templateId\":\"" + template.getString("id") + "\"}"), 404, null);
        assertThat(ToolClient.jsonArray(client.api("GET", ROUTES, stranger, null)).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("title")).doesNotContain("Alleen voor Noord");
        // a participant who is not in the coach's course is unknown too
        assertProblemNaming(client.api("POST", personalRoutePath(org, south().participantId()), org.coach(),
                "{\"templateId\":\"" + template.getString("id") + "\"}"), 404, null);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        var org = north();
        var framework = demoFramework(org.coach());
        assertProblemNaming(client.api("POST", ROUTES, org.coach(), "{\"frameworkId\":\"" + framework + "\"}"), 400, "title");
        assertProblemNaming(client.api("POST", ROUTES, org.coach(), "{\"title\":\"Zonder raamwerk\"}"), 400, "frameworkId");
        assertProblemNaming(client.api("POST", ROUTES, org.coach(), "{\"title\":\"X\",\"frameworkId\":\"nope\"}"), 400, "frameworkId");
        var route = newTemplate(org, "Voor foute invoer");
        var id = route.getString("id");
        var stepId = route.getJsonArray("steps").getJsonObject(0).getString("id");
        assertProblemNaming(client.api("PUT", ROUTES + "/" + id + "/targets/" + SAFETY, org.coach(), "{\"level\":\"D\"}",
                route.getInt("version")), 400, "level");
        assertProblemNaming(client.api("PUT", ROUTES + "/" + id + "/targets/00000000-0000-0000-0000-000000000001", org.coach(),
                "{\"level\":\"A\"}", route.getInt("version")), 400, "competencyKey");
        assertProblemNaming(client.api("POST", ROUTES + "/" + id + "/steps", org.coach(), """
                {"title":"X","competencyKey":"00000000-0000-0000-0000-000000000001","level":"A"}"""), 400, "competencyKey");
        assertProblemNaming(client.api("POST", ROUTES + "/" + id + "/steps", org.coach(), """
                {"competencyKey":"%s","level":"A"}""".formatted(SAFETY)), 400, "title");
        assertProblemNaming(client.api("POST", ROUTES + "/" + id + "/steps/" + stepId + "/items", org.coach(),
                "{\"itemId\":\"00000000-0000-0000-0000-000000000002\"}"), 400, "itemId");
        var video = catalogueItem(org.coach(), "Zo vraag je om hulp op je werk").getString("id");
        assertProblemNaming(client.api("POST", ROUTES + "/" + id + "/steps/" + stepId + "/items", org.coach(),
                "{\"itemId\":\"" + video + "\",\"suggested\":true}"), 400, "suggested");
        assertProblemNaming(client.api("POST", personalRoutePath(org, org.participantId()), org.coach(),
                "{\"templateId\":\"00000000-0000-0000-0000-000000000003\",\"replace\":true}"), 400, "templateId");
        assertProblemNaming(client.api("GET", ROUTES + "/00000000-0000-0000-0000-000000000004", org.coach(), null), 404, null);
    }

    @Test
    void aCoachMakesAPlanFromTheRouteThatTheParticipantSees() throws Exception {
        var org = south();
        var demo = demoRoute(org.coach());
        var path = personalRoutePath(org, org.participantId());
        var personal = created(client.api("POST", path, org.coach(),
                "{\"templateId\":\"" + demo.getString("id") + "\",\"replace\":true}"));
        var steps = personal.getJsonArray("steps").getValuesAs(JsonObject.class);
        var first = steps.get(0);
        var firstItems = first.getJsonArray("items").getValuesAs(JsonObject.class);
        var chosenItem = firstItems.get(0).getString("id");

        // the participant cannot do this, another organisation's coach does not find the route
        assertProblemNaming(client.api("POST", path + "/plan", org.participant(), "{}"), 403, null);
        assertProblemNaming(client.api("POST", path + "/plan", north().coach(), "{}"), 404, null);
        assertProblemNaming(client.api("POST", path + "/plan", org.coach(), "{\"stepIds\":[\"nope\"]}"), 400, "stepIds");
        assertProblemNaming(client.api("POST", path + "/plan", org.coach(), "{\"everyDays\":0}"), 400, "everyDays");

        var plan = created(client.api("POST", path + "/plan", org.coach(), """
                {"stepIds":["%s","%s"],"startsOn":"2030-03-04","everyDays":1,
                 "days":[{"stepId":"%s","itemId":"%s","day":"2030-03-15"}]}"""
                .formatted(first.getString("id"), steps.get(1).getString("id"), first.getString("id"), chosenItem)));
        var goals = plan.getJsonArray("goals").getValuesAs(JsonObject.class);
        assertThat(goals).extracting(g -> g.getString("title"))
                .containsExactly(first.getString("title"), steps.get(1).getString("title"));
        assertThat(goals.getFirst().getString("competencyKey")).isEqualTo(first.getString("competencyKey"));
        assertThat(goals.getFirst().getString("competencyTitle")).isEqualTo(first.getString("competencyTitle"));
        assertThat(goals.getFirst().getString("level")).isEqualTo(first.getString("level"));
        var tasks = goals.getFirst().getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertThat(tasks).hasSize(firstItems.size());
        assertThat(tasks).anySatisfy(task -> {
            assertThat(task.getString("catalogueItemId")).isEqualTo(chosenItem);
            assertThat(task.getString("day")).isEqualTo("2030-03-15");
        });
        assertThat(tasks).extracting(task -> task.getString("day")).contains("2030-03-04"); // a Monday

        // the participant sees the goals and tasks in their own plan
        var mine = ok(client.api("GET", "/api/v1/me/plan", org.participant(), null));
        assertThat(mine.getString("id")).isEqualTo(plan.getString("id"));
        assertThat(mine.getJsonArray("goals").getValuesAs(JsonObject.class)).extracting(g -> g.getString("title"))
                .containsExactly(first.getString("title"), steps.get(1).getString("title"));

        // a second time adds the next step's goal to the same plan
        var more = created(client.api("POST", path + "/plan", org.coach(), """
                {"stepIds":["%s"],"startsOn":"2030-03-18"}""".formatted(steps.get(2).getString("id"))));
        assertThat(more.getString("id")).isEqualTo(plan.getString("id"));
        assertThat(more.getJsonArray("goals")).hasSize(3);
    }
}
