package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input over real HTTP (issue 6 §3 and the CSV part of §4): a null inside any list of a request body, imports
 * thousands of levels deep or larger than the limits, a participant naming another organisation's framework, and a
 * title that a spreadsheet would run as a formula. Every answer is a 4xx problem naming what is wrong, never a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String PROBLEM = "application/problem+json";
    private static TestPlatform north;
    private static TestPlatform south;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {north, south}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    /** A coach and a participant of one course of an organisation. */
    record People(TestPlatform platform, String coach, String participant, String courseId, String participantId) {
    }

    private People north() throws Exception {
        if (north == null) {
            north = TestPlatform.registeredAt(client, "Hostile Noord " + UUID.randomUUID());
        }
        return people(north);
    }

    private People south() throws Exception {
        if (south == null) {
            south = TestPlatform.registeredAt(client, "Hostile Zuid " + UUID.randomUUID());
        }
        return people(south);
    }

    private People people(TestPlatform platform) {
        var coach = ToolClient.sessionToken(client.freshBrowser().launch(platform, "coach-1"));
        var subject = "learner-" + UUID.randomUUID();
        platform.person(subject, "Sam", "Deelnemer", TestPlatform.LEARNER);
        var participant = ToolClient.sessionToken(client.freshBrowser().launch(platform, subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", participant, null));
        return new People(platform, coach, participant, me.getJsonObject("course").getString("id"),
                me.getJsonObject("user").getString("id"));
    }

    // ---- null inside a list --------------------------------------------------------------------

    @Test
    void aNullInsideAnyListOfARequestBodyIsA400NamingThePlace() throws Exception {
        var org = north();
        var day = LocalDate.now().plusDays(1).toString();
        var participantPath = "/api/v1/courses/" + org.courseId() + "/participants/" + org.participantId();
        var plan = client.api("POST", participantPath + "/plan", org.coach(), "{\"goals\":[null]}");
        assertField(plan, "goals[0]");

        var created = client.api("POST", participantPath + "/plan", org.coach(), """
                {"goals":[{"title":"Op tijd","dueOn":"%s","tasks":[{"title":"Wekker","day":"%s"}]}]}""".formatted(day, day));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var planId = ToolClient.json(created).getString("id");
        assertField(client.api("POST", participantPath + "/plan", org.coach(),
                "{\"goals\":[{\"title\":\"x\",\"dueOn\":\"" + day + "\",\"tasks\":[null]}]}"), "goals[0].tasks[0]");
        assertField(client.api("POST", "/api/v1/plans/" + planId + "/goals", org.coach(),
                "{\"title\":\"x\",\"dueOn\":\"" + day + "\",\"tasks\":[null]}"), "tasks[0]");

        var routePlan = participantPath + "/route/plan";
        assertField(client.api("POST", routePlan, org.coach(), "{\"stepIds\":[null]}"), "stepIds[0]");
        assertField(client.api("POST", routePlan, org.coach(), "{\"days\":[null]}"), "days[0]");

        assertField(client.admin("POST", "/api/v1/admin/registrations", """
                {"issuer":"https://lms.example.org","clientId":"c","authUrl":"https://lms.example.org/auth",
                 "jwksUrl":"https://lms.example.org/jwks","deploymentIds":[null]}"""), "deploymentIds[0]");
        assertField(client.api("POST", "/api/v1/catalogue/items", org.coach(),
                "{\"title\":\"x\",\"kind\":\"video\",\"levels\":[null]}"), "levels[0]");
        assertField(client.api("POST", "/api/v1/catalogue/items", org.coach(),
                "{\"title\":\"x\",\"kind\":\"video\",\"learningStyles\":[\"doing\",null]}"), "learningStyles[1]");
        assertField(client.api("POST", "/api/v1/frameworks", org.coach(),
                "{\"title\":\"x\",\"scale\":[\"a\",\"b\",null,\"d\",\"e\"]}"), "scale[2]");
        assertField(client.api("POST", participantPath + "/intakes", org.coach(), "{\"competencyKeys\":[null]}"),
                "competencyKeys[0]");
    }

    // ---- imports -------------------------------------------------------------------------------

    @Test
    void importsThousandsOfLevelsDeepAreRefusedNamingTheItemAndOversizedOnesAreTooLarge() throws Exception {
        var coach = north().coach();

        var deepCase = client.upload("POST", "/api/v1/frameworks/imports/case", coach, "application/json",
                caseChain(2_000).getBytes(StandardCharsets.UTF_8));
        assertField(deepCase, "CFItems[20]");

        var deepCsv = client.upload("POST", "/api/v1/frameworks/imports/moodle-csv", coach, "text/csv",
                moodleChain(5_000).getBytes(StandardCharsets.UTF_8));
        assertField(deepCsv, "lines[23].parentidnumber");

        var huge = new byte[8 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        var tooLarge = client.upload("POST", "/api/v1/frameworks/imports/case", coach, "application/json", huge);
        assertProblem(tooLarge, 413);
        assertThat(ToolClient.json(tooLarge).getString("type")).endsWith("/too-large");

        var twentyDeep = client.upload("POST", "/api/v1/frameworks/imports/moodle-csv", coach, "text/csv",
                moodleChain(20).getBytes(StandardCharsets.UTF_8));
        assertThat(twentyDeep.statusCode()).as(twentyDeep.body()).isEqualTo(201);
    }

    // ---- a framework of another organisation ---------------------------------------------------

    @Test
    void aParticipantWhoNamesAnotherOrganisationsFrameworkGets404AndNoIntake() throws Exception {
        var sam = north();
        var elsewhere = publishedFramework(south().coach());
        var own = publishedFramework(sam.coach());

        var refused = client.api("POST", "/api/v1/me/intake", sam.participant(),
                "{\"frameworkVersionId\":\"" + elsewhere + "\"}");
        assertProblem(refused, 404);
        // no intake was made: my intake is still the empty state (issue 8 §16: 200 with status none, not a 404)
        var none = client.api("GET", "/api/v1/me/intake", sam.participant(), null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(ToolClient.json(none).getString("status")).isEqualTo("none");
        assertProblem(client.api("POST", "/api/v1/me/intake", sam.participant(),
                "{\"frameworkVersionId\":\"" + UUID.randomUUID() + "\"}"), 404);

        var started = client.api("POST", "/api/v1/me/intake", sam.participant(), "{\"frameworkVersionId\":\"" + own + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(ToolClient.json(started).getJsonObject("framework").getString("id")).isEqualTo(own);
    }

    // ---- CSV injection -------------------------------------------------------------------------

    @Test
    void theMoodleCsvExportNeutralisesAFormulaInATitle() throws Exception {
        var coach = north().coach();
        var title = "=HYPERLINK(\"http://x\",\"y\")";
        var created = client.api("POST", "/api/v1/frameworks", coach,
                "{\"title\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = ToolClient.json(created).getString("id");

        var csv = new RawHttp(Deployments.base()).send("GET", "/api/v1/frameworks/" + id + "/export/moodle-csv",
                java.util.Map.of("Authorization", "Bearer " + coach, "Accept", "text/csv"), (String) null);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        var text = csv.body();
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .doesNotContain(",\"=HYPERLINK").doesNotContain("," + title);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String publishedFramework(String coach) {
        var list = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach, null));
        return list.getValuesAs(JsonObject.class).stream()
                .filter(f -> f.containsKey("published") && !f.isNull("published"))
                .findFirst().orElseThrow().getJsonObject("published").getString("id");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 400);
        assertThat(ToolClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }

    /** A CASE package whose items form one chain below the document. */
    private static String caseChain(int length) {
        var doc = UUID.randomUUID().toString();
        var items = new ArrayList<String>();
        var links = new ArrayList<String>();
        var previous = doc;
        for (var i = 0; i < length; i++) {
            var id = UUID.randomUUID().toString();
            items.add("{\"identifier\":\"%s\",\"uri\":\"urn:uuid:%s\",\"fullStatement\":\"Item %d\"}".formatted(id, id, i));
            links.add(("{\"identifier\":\"%s\",\"uri\":\"urn:uuid:%s\",\"associationType\":\"isChildOf\","
                    + "\"originNodeURI\":{\"identifier\":\"%s\",\"uri\":\"urn:uuid:%s\",\"title\":\"x\"},"
                    + "\"destinationNodeURI\":{\"identifier\":\"%s\",\"uri\":\"urn:uuid:%s\",\"title\":\"x\"}}")
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), id, id, previous, previous));
            previous = id;
        }
        return "{\"CFDocument\":{\"identifier\":\"%s\",\"uri\":\"urn:uuid:%s\",\"title\":\"Diep\",\"creator\":\"x\"},"
                .formatted(doc, doc) + "\"CFItems\":[" + String.join(",", items) + "],\"CFAssociations\":["
                + String.join(",", links) + "]}";
    }

    /** A Moodle CSV whose rows form one chain below the framework row (line 3 is the top). */
    private static String moodleChain(int length) {
        var csv = new StringBuilder("\"Parent id number\",\"Id number\",Shortname,Description,\"Description format\","
                + "\"Scale values\",\"Scale configuration\",\"Rule type (optional)\",\"Rule outcome (optional)\","
                + "\"Rule config (optional)\",\"Cross referenced competency id numbers\",\"Exported id (optional)\","
                + "\"Is framework\",Taxonomy\n");
        var fw = "FW-" + UUID.randomUUID();
        csv.append(",").append(fw).append(",Diep raamwerk,,2,,,,,,,,1,\n");
        for (var i = 0; i < length; i++) {
            csv.append(i == 0 ? "" : fw + "-" + (i - 1)).append(",").append(fw).append("-").append(i)
                    .append(",Competentie ").append(i).append(",,2,,,,,,,,,\n");
        }
        return csv.toString();
    }
}
