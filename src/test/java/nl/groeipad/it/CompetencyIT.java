package nl.groeipad.it;

import static nl.groeipad.competency.control.CaseComparison.associations;
import static nl.groeipad.competency.control.CaseComparison.childOf;
import static nl.groeipad.competency.control.CaseComparison.items;
import static nl.groeipad.competency.control.CaseComparison.normalized;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.groeipad.competency.control.CaseComparison;
import nl.groeipad.competency.control.SharedFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Competency frameworks over real HTTP on Payara Micro against MariaDB: the demo framework in a fresh tenant,
 * the CASE REST binding, CASE and Moodle CSV round trips, all-or-nothing imports, versions, tenant isolation
 * and role rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompetencyIT {

    static final String DEMO_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";
    static final String DEMO_TITLE = "Werknemersvaardigheden (WPO-stijl)";

    private static final List<TestPlatform> platforms = new ArrayList<>();
    private static Tenant a;
    private static Tenant b;
    private final ToolClient client = new ToolClient(Deployments.base());
    private final HttpClient http = HttpClient.newHttpClient();

    record Tenant(TestPlatform platform, String coach, String learner) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        platforms.forEach(TestPlatform::close);
    }

    private Tenant tenantA() throws Exception {
        if (a == null) {
            a = newTenant("Leerbedrijf A");
        }
        return a;
    }

    private Tenant tenantB() throws Exception {
        if (b == null) {
            b = newTenant("Leerbedrijf B");
        }
        return b;
    }

    private Tenant newTenant(String name) throws Exception {
        var platform = new TestPlatform();
        platforms.add(platform);
        var created = client.admin("POST", "/api/v1/admin/registrations", """
                {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(), platform.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Tenant(platform, token(platform, "coach-1"), token(platform, "learner-1"));
    }

    private String token(TestPlatform platform, String who) {
        return ToolClient.sessionToken(client.freshBrowser().launch(platform, who));
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        return client.api(method, path, token, json);
    }

    private HttpResponse<String> post(String path, String token, String body, String contentType) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.base() + path)).header("Accept", "application/json")
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getCsv(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.base() + path)).header("Accept", "text/csv")
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ToolClient.json(response);
    }

    private JsonObject demoVersion(String token) {
        var list = ToolClient.jsonArray(api("GET", "/api/v1/frameworks", token, null)).getValuesAs(JsonObject.class);
        var demo = list.stream().filter(f -> f.getString("key").equals(DEMO_KEY)).findFirst().orElseThrow();
        return json(api("GET", "/api/v1/frameworks/" + demo.getJsonObject("published").getString("id"), token, null));
    }

    private int frameworkCount(String token) {
        return ToolClient.jsonArray(api("GET", "/api/v1/frameworks", token, null)).size();
    }

    // ---- the demo framework -----------------------------------------------------------------

    @Test
    void aFreshTenantHasTheDemoFrameworkPublished() throws Exception {
        var demo = demoVersion(tenantA().coach());

        assertThat(demo.getString("title")).isEqualTo(DEMO_TITLE);
        assertThat(demo.getString("status")).isEqualTo("published");
        assertThat(demo.getInt("version")).isEqualTo(1);
        assertThat(demo.getJsonArray("scale").getString(0)).isEqualTo("Nog niet");
        var competencies = demo.getJsonArray("competencies").getValuesAs(JsonObject.class);
        assertThat(competencies).hasSizeGreaterThanOrEqualTo(8);
        assertThat(competencies).allSatisfy(c -> assertThat(c.getJsonArray("indicators")).hasSizeGreaterThanOrEqualTo(2));
        var indicator = competencies.getFirst().getJsonArray("indicators").getJsonObject(0);
        assertThat(indicator.getString("levelA")).isNotBlank();
        assertThat(indicator.getString("levelC")).isNotBlank();
    }

    @Test
    void concurrentFirstRequestsOfATenantImportTheDemoFrameworkOnce() throws Exception {
        var fresh = newTenant("Gelijktijdig");
        try (var pool = Executors.newFixedThreadPool(4)) {
            var calls = new ArrayList<Callable<Integer>>();
            for (var i = 0; i < 4; i++) {
                calls.add(() -> api("GET", "/api/v1/frameworks", fresh.coach(), null).statusCode());
            }
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(200);
            }
        }

        var list = ToolClient.jsonArray(api("GET", "/api/v1/frameworks", fresh.coach(), null)).getValuesAs(JsonObject.class);
        assertThat(list).filteredOn(f -> f.getString("key").equals(DEMO_KEY)).singleElement()
                .satisfies(f -> assertThat(f.getInt("versions")).isEqualTo(1));
    }

    // ---- CASE REST binding --------------------------------------------------------------------

    @Test
    void theCaseRestPathsServeTheFrameworks() throws Exception {
        var coach = tenantA().coach();
        var demo = demoVersion(coach);
        var competencyKey = demo.getJsonArray("competencies").getJsonObject(0).getString("key");

        var documents = json(api("GET", "/ims/case/v1p0/CFDocuments", coach, null)).getJsonArray("CFDocuments")
                .getValuesAs(JsonObject.class);
        assertThat(documents).anySatisfy(d -> assertThat(d.getString("identifier")).isEqualTo(DEMO_KEY));
        var document = api("GET", "/ims/case/v1p0/CFDocuments/" + DEMO_KEY, coach, null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(json(document).getString("title")).isEqualTo(DEMO_TITLE);
        assertThat(json(document).getJsonObject("CFPackageURI").getString("uri")).endsWith("/ims/case/v1p0/CFPackages/" + DEMO_KEY);
        var pkg = api("GET", "/ims/case/v1p0/CFPackages/" + DEMO_KEY, coach, null);
        assertThat(pkg.statusCode()).isEqualTo(200);
        assertThat(json(pkg).getJsonArray("CFItems")).hasSize(3 + 8 + 16);
        assertThat(SharedFiles.caseSchemaErrors(pkg.body())).isEmpty();
        var item = json(api("GET", "/ims/case/v1p0/CFItems/" + competencyKey, coach, null));
        assertThat(item.getString("CFItemType")).isEqualTo("Competency");
        assertThat(item.getJsonObject("CFDocumentURI").getString("identifier")).isEqualTo(DEMO_KEY);

        assertThat(api("GET", "/ims/case/v1p0/CFItems/00000000-0000-4000-8000-000000000000", coach, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/ims/case/v1p0/CFDocuments", null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/ims/case/v1p0/CFDocuments", tenantA().learner(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void aRealCasePackageImportsAndExportsAgainWithoutLossOverHttp() throws Exception {
        var coach = tenantA().coach();
        var original = SharedFiles.read("fixtures/case/opensalt-sample-framework.json");

        var imported = post("/api/v1/frameworks/imports/case", coach, original, "application/json");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        var draft = json(imported);
        assertThat(imported.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(draft.getString("id")));
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getString("title")).isEqualTo("What Standards Could Be");

        var exported = api("GET", "/api/v1/frameworks/" + draft.getString("id") + "/export/case", coach, null);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        var source = normalized(original);
        var pkg = CaseComparison.parse(exported.body());
        assertThat(SharedFiles.caseSchemaErrors(exported.body())).isEmpty();
        assertThat(items(pkg)).isEqualTo(items(source));
        assertThat(childOf(pkg)).isEqualTo(childOf(source));
        assertThat(associations(pkg)).isEqualTo(associations(source));

        var published = api("POST", "/api/v1/frameworks/" + draft.getString("id") + "/publication", coach, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        var served = CaseComparison.parse(api("GET", "/ims/case/v1p0/CFPackages/20c5134f-423d-4097-a971-3dd5152bf507", coach, null).body());
        assertThat(items(served)).isEqualTo(items(source));
    }

    @Test
    void theSmartLevelPackageRoundTripsOverHttpAndAReimportBecomesTheNextVersion() throws Exception {
        var coach = tenantB().coach();
        var original = SharedFiles.read("fixtures/case/smart-level-framework.json");
        var first = json(post("/api/v1/frameworks/imports/case", coach, original, "application/json"));
        api("POST", "/api/v1/frameworks/" + first.getString("id") + "/publication", coach, null);

        var exported = api("GET", "/api/v1/frameworks/" + first.getString("id") + "/export/case", coach, null).body();
        var second = post("/api/v1/frameworks/imports/case", coach, exported, "application/json");

        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(second).getString("key")).isEqualTo(first.getString("key"));
        assertThat(json(second).getInt("version")).isEqualTo(2);
        var again = CaseComparison.parse(api("GET", "/api/v1/frameworks/" + json(second).getString("id") + "/export/case",
                coach, null).body());
        assertThat(items(again)).isEqualTo(items(normalized(original)));
        assertThat(childOf(again)).isEqualTo(childOf(normalized(original)));
    }

    // ---- Moodle CSV -------------------------------------------------------------------------

    @Test
    void theDemoFrameworkGoesToMoodleCsvAndComesBackTheSame() throws Exception {
        var coach = tenantA().coach();
        var demo = demoVersion(coach);

        var csv = getCsv("/api/v1/frameworks/" + demo.getString("id") + "/export/moodle-csv", coach);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        var imported = post("/api/v1/frameworks/imports/moodle-csv", coach, csv.body(), "text/csv");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        var again = json(imported);
        assertThat(again.getString("key")).isEqualTo(DEMO_KEY); // the same framework: its next version, as a draft
        assertThat(again.getString("status")).isEqualTo("draft");
        assertThat(again.getString("title")).isEqualTo(demo.getString("title"));
        assertThat(again.getJsonArray("scale")).isEqualTo(demo.getJsonArray("scale"));
        assertThat(shape(again)).isEqualTo(shape(demo));
        assertThat(client.api("DELETE", "/api/v1/frameworks/" + again.getString("id"), coach, null, again.getInt("revision"))
                .statusCode()).isEqualTo(204);
    }

    /** Groups, competencies and indicators with keys, texts and levels, without row ids. */
    private static List<String> shape(JsonObject framework) {
        var lines = new ArrayList<String>();
        framework.getJsonArray("groups").getValuesAs(JsonObject.class)
                .forEach(g -> lines.add(g.getString("key") + " " + g.getString("title")));
        for (var c : framework.getJsonArray("competencies").getValuesAs(JsonObject.class)) {
            lines.add(c.getString("key") + " " + c.get("groupKey") + " " + c.get("code") + " " + c.getString("title") + " "
                    + c.get("description"));
            for (var i : c.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
                lines.add(i.getString("key") + " " + i.get("code") + " " + i.getString("description") + " " + i.get("levelA")
                        + " " + i.get("levelB") + " " + i.get("levelC"));
            }
        }
        return lines;
    }

    // ---- all or nothing ---------------------------------------------------------------------

    @Test
    void aBadCasePackageStoresNothingAndNamesTheField() throws Exception {
        var coach = tenantA().coach();
        var before = frameworkCount(coach);
        var broken = SharedFiles.read("fixtures/case/smart-level-framework.json")
                .replace("\"00000000-0000-0000-0000-000000000004\"", "\"item-4\"");

        var response = post("/api/v1/frameworks/imports/case", coach, broken, "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("CFItems[3].identifier");
        assertThat(json(response).getString("detail")).contains("CFItems[3].identifier");
        assertThat(frameworkCount(coach)).isEqualTo(before);
    }

    @Test
    void aPackageThatFailsWhileBeingStoredIsRolledBackWhole() throws Exception {
        var coach = tenantA().coach();
        var before = frameworkCount(coach);
        var demoCompetencyKey = demoVersion(coach).getJsonArray("competencies").getJsonObject(0).getString("key");
        // a new document whose last item claims a key of the demo framework: found only when storing
        var clashing = SharedFiles.read("fixtures/case/smart-level-framework.json")
                .replace("d0000000-0000-0000-0000-000000000000", "d0000000-0000-4000-8000-0000000000ab")
                .replace("00000000-0000-0000-0000-000000000014", demoCompetencyKey);

        var response = post("/api/v1/frameworks/imports/case", coach, clashing, "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(json(response).getString("detail")).contains(demoCompetencyKey);
        assertThat(frameworkCount(coach)).isEqualTo(before);
        assertThat(api("GET", "/ims/case/v1p0/CFDocuments/d0000000-0000-4000-8000-0000000000ab", coach, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aBadMoodleFileStoresNothingAndNamesTheLineAndField() throws Exception {
        var coach = tenantA().coach();
        var before = frameworkCount(coach);
        var csv = "parentidnumber,idnumber,shortname,description,descriptionformat,scalevalues,scaleconfiguration,"
                + "ruletype,ruleoutcome,ruleconfig,relatedidnumbers,exportid,isframework,taxonomy\n"
                + ",F-1,Raamwerk,,2,,,,,,,,1,\n"
                + ",C-1,,,2,,,,0,null,,1,,\n";

        var response = post("/api/v1/frameworks/imports/moodle-csv", coach, csv, "text/csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lines[3].shortname");
        assertThat(json(response).getString("detail")).startsWith("Regel 3, shortname");
        assertThat(frameworkCount(coach)).isEqualTo(before);
    }

    // ---- writing and versions ---------------------------------------------------------------

    @Test
    void aCoachWritesPublishesAndRevisesAFrameworkAndTheOldVersionStaysAsItWas() throws Exception {
        var coach = tenantA().coach();
        var created = api("POST", "/api/v1/frameworks", coach, "{\"title\":\"Magazijnwerk\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var v1 = json(created).getString("id");
        var group = json(api("POST", "/api/v1/frameworks/" + v1 + "/groups", coach, "{\"title\":\"Samen werken\"}"));
        var competency = api("POST", "/api/v1/frameworks/" + v1 + "/competencies", coach,
                "{\"title\":\"Orders klaarzetten\",\"code\":\"1\",\"groupKey\":\"" + group.getString("key") + "\"}");
        assertThat(competency.statusCode()).as(competency.body()).isEqualTo(201);
        var competencyId = json(competency).getString("id");
        var indicator = api("POST", "/api/v1/frameworks/" + v1 + "/competencies/" + competencyId + "/indicators", coach,
                "{\"description\":\"Pakt de goede producten.\",\"levelA\":\"Met hulp.\",\"levelB\":\"Met een lijst.\",\"levelC\":\"Zelf.\"}");
        assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(201);
        var published = api("POST", "/api/v1/frameworks/" + v1 + "/publication", coach, null);
        assertThat(published.statusCode()).isEqualTo(200);

        var changeV1 = client.api("PUT", "/api/v1/frameworks/" + v1, coach, "{\"title\":\"Anders\"}", json(published).getInt("revision"));
        assertThat(changeV1.statusCode()).isEqualTo(409);
        assertThat(json(changeV1).getString("type")).endsWith("/framework-not-draft");

        var v2 = json(api("POST", "/api/v1/frameworks/" + v1 + "/drafts", coach, null));
        assertThat(v2.getInt("version")).isEqualTo(2);
        var v2Competency = v2.getJsonArray("competencies").getJsonObject(0);
        var v2Indicator = v2Competency.getJsonArray("indicators").getJsonObject(0);
        var revised = client.api("PUT", "/api/v1/frameworks/" + v2.getString("id") + "/competencies/" + v2Competency.getString("id")
                + "/indicators/" + v2Indicator.getString("id"), coach,
                "{\"description\":\"Pakt de goede producten in de goede aantallen.\",\"levelA\":\"Met hulp.\",\"levelB\":\"Met een lijst.\",\"levelC\":\"Zelf.\"}",
                v2.getInt("revision"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(api("POST", "/api/v1/frameworks/" + v2.getString("id") + "/publication", coach, null).statusCode()).isEqualTo(200);

        var old = json(api("GET", "/api/v1/frameworks/" + v1, coach, null));
        var current = json(api("GET", "/api/v1/frameworks/" + v2.getString("id"), coach, null));
        assertThat(old.getString("status")).isEqualTo("superseded");
        assertThat(old.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators").getJsonObject(0)
                .getString("description")).isEqualTo("Pakt de goede producten.");
        assertThat(current.getString("status")).isEqualTo("published");
        assertThat(current.getJsonArray("competencies").getJsonObject(0).getString("key"))
                .isEqualTo(old.getJsonArray("competencies").getJsonObject(0).getString("key"));
        assertThat(ToolClient.jsonArray(api("GET", "/api/v1/frameworks/" + v1 + "/versions", coach, null))).hasSize(2);
    }

    @Test
    void anInvalidRequestNamesTheField() throws Exception {
        var response = api("POST", "/api/v1/frameworks", tenantA().coach(), "{\"title\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("title");
    }

    // ---- who may do what --------------------------------------------------------------------

    @Test
    void anotherTenantsCoachCannotReadOrExportThisTenantsFramework() throws Exception {
        var coachA = tenantA().coach();
        var coachB = tenantB().coach();
        var own = json(api("POST", "/api/v1/frameworks", coachA, "{\"title\":\"Alleen van A\"}"));
        var competency = json(api("POST", "/api/v1/frameworks/" + own.getString("id") + "/competencies", coachA,
                "{\"title\":\"Geheim\"}"));
        var id = own.getString("id");
        var key = own.getString("key");

        for (var path : List.of("/api/v1/frameworks/" + id, "/api/v1/frameworks/" + id + "/versions",
                "/api/v1/frameworks/" + id + "/export/case",
                "/ims/case/v1p0/CFDocuments/" + key, "/ims/case/v1p0/CFPackages/" + key,
                "/ims/case/v1p0/CFItems/" + competency.getString("key"))) {
            assertThat(api("GET", path, coachB, null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(getCsv("/api/v1/frameworks/" + id + "/export/moodle-csv", coachB).statusCode()).isEqualTo(404);
        assertThat(api("PUT", "/api/v1/frameworks/" + id, coachB, "{\"title\":\"Overgenomen\"}").statusCode()).isEqualTo(404);
        assertThat(api("POST", "/api/v1/frameworks/" + id + "/publication", coachB, null).statusCode()).isEqualTo(404);
        assertThat(json(api("GET", "/ims/case/v1p0/CFDocuments", coachB, null)).getJsonArray("CFDocuments")
                .getValuesAs(JsonObject.class)).noneSatisfy(d -> assertThat(d.getString("identifier")).isEqualTo(key));
        assertThat(json(api("GET", "/api/v1/frameworks/" + id, coachA, null)).getString("title")).isEqualTo("Alleen van A");
    }

    @Test
    void aParticipantReadsPublishedFrameworksButCannotEdit() throws Exception {
        var learner = tenantA().learner();
        var coach = tenantA().coach();
        var draft = json(api("POST", "/api/v1/frameworks", coach, "{\"title\":\"Nog geheim concept\"}"));
        var demo = demoVersion(learner);

        assertThat(api("POST", "/api/v1/frameworks", learner, "{\"title\":\"Van mij\"}").statusCode()).isEqualTo(403);
        assertThat(api("PUT", "/api/v1/frameworks/" + draft.getString("id"), learner, "{\"title\":\"Van mij\"}").statusCode())
                .isEqualTo(403);
        assertThat(api("POST", "/api/v1/frameworks/" + demo.getString("id") + "/drafts", learner, null).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/frameworks/imports/case", learner, "{}", "application/json").statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/frameworks/" + demo.getString("id") + "/export/case", learner, null).statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/frameworks/" + draft.getString("id"), learner, null).statusCode()).isEqualTo(404);
        assertThat(ToolClient.jsonArray(api("GET", "/api/v1/frameworks", learner, null)).getValuesAs(JsonObject.class))
                .noneSatisfy(f -> assertThat(f.getString("title")).isEqualTo("Nog geheim concept"));
        assertThat(demo.getString("title")).isEqualTo(DEMO_TITLE);
    }
}
