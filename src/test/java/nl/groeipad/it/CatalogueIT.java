package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalogue of learning material over real HTTP, on Payara Micro against MariaDB: two organisations
 * (each its own in-test LMS) with a coach and a participant each. Covers CRUD with problem+json, roles,
 * tenant isolation, the starter catalogue, search and filters, sharing between organisations, and the
 * "Leermateriaal" page in headless Chromium at 360 px with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

    private static final String ITEMS = "/api/v1/catalogue/items";
    private static final String SHARED = "/api/v1/catalogue/shared";

    private static Organisation north;
    private static Organisation south;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var organisation : new Organisation[] {north, south}) {
            if (organisation != null) {
                organisation.platform.close();
            }
        }
    }

    /** An organisation: its LMS registered by the operator, and session tokens of its coach and participant. */
    record Organisation(TestPlatform platform, String coach, String participant) {
    }

    private Organisation north() throws Exception {
        if (north == null) {
            north = register("Leerbedrijf Noord");
        }
        return north;
    }

    private Organisation south() throws Exception {
        if (south == null) {
            south = register("Werkbedrijf Zuid");
        }
        return south;
    }

    private Organisation register(String name) throws Exception {
        var platform = new TestPlatform();
        var created = client.admin("POST", "/api/v1/admin/registrations", """
                {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(name, platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(),
                        platform.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "coach-1"));
        var participant = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "learner-1"));
        return new Organisation(platform, coach, participant);
    }

    private static JsonObjectBuilder item(String title) {
        return Json.createObjectBuilder().add("title", title)
                .add("description", "Vraag je collega hoe de machine veilig stilgezet wordt.")
                .add("kind", "workplace-assignment")
                .add("competencyTitle", "Veilig werken")
                .add("levels", Json.createArrayBuilder().add("A").add("B"))
                .add("learningStyles", Json.createArrayBuilder().add("doing"))
                .add("durationMinutes", 20)
                .add("language", "nl");
    }

    private HttpResponse<String> create(String token, JsonObjectBuilder body) {
        return client.api("POST", ITEMS, token, body.build().toString());
    }

    private String createdId(String token, JsonObjectBuilder body) {
        var response = create(token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ToolClient.json(response).getString("id");
    }

    private JsonObject search(String token, String path, String query) {
        var response = client.api("GET", path + "?" + query, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ToolClient.json(response);
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList();
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = ToolClient.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        if (field != null) {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }

    // ---- CRUD -------------------------------------------------------------------------------------

    @Test
    void aCoachAddsReadsRevisesAndRemovesMaterial() throws Exception {
        var coach = north().coach();
        var created = create(coach, item("Machine veilig stilzetten").addNull("url"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var location = created.headers().firstValue("Location").orElseThrow();
        var id = ToolClient.json(created).getString("id");
        assertThat(location).endsWith(ITEMS + "/" + id);

        var read = ToolClient.json(client.api("GET", location, coach, null));
        assertThat(read.getString("title")).isEqualTo("Machine veilig stilzetten");
        assertThat(read.getString("kind")).isEqualTo("workplace-assignment");
        assertThat(read.getBoolean("online")).isFalse();
        assertThat(read.getJsonArray("levels").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("A", "B");
        assertThat(read.getJsonArray("learningStyles").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("doing");
        assertThat(read.getString("source")).isEqualTo("own");
        assertThat(read.getBoolean("readOnly")).isFalse();

        var revised = client.api("PUT", location, coach, item("Machine veilig stilzetten en melden")
                .add("kind", "video").add("url", "https://video.example.org/stilzetten")
                .add("levels", Json.createArrayBuilder().add("C")).build().toString(), read.getInt("version"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        var reread = ToolClient.json(client.api("GET", location, coach, null));
        assertThat(reread.getString("title")).isEqualTo("Machine veilig stilzetten en melden");
        assertThat(reread.getBoolean("online")).isTrue();
        assertThat(reread.getString("url")).isEqualTo("https://video.example.org/stilzetten");
        assertThat(reread.getJsonArray("levels").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("C");

        assertThat(client.api("DELETE", location, coach, null, reread.getInt("version")).statusCode()).isEqualTo(204);
        assertProblem(client.api("GET", location, coach, null), 404, null);
        assertProblem(client.api("DELETE", location, coach, null, reread.getInt("version")), 404, null);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        var coach = north().coach();
        assertProblem(create(coach, item("x").add("title", "  ")), 400, "title");
        assertProblem(create(coach, item("Zonder soort").add("kind", "podcast")), 400, "kind");
        assertProblem(create(coach, item("Onveilige link").add("kind", "online-lesson").add("url", "http://example.org/")), 400, "url");
        assertProblem(create(coach, item("Link bij werkplekopdracht").add("url", "https://example.org/")), 400, "url");
        assertProblem(create(coach, item("Niveau D").add("levels", Json.createArrayBuilder().add("D"))), 400, "levels");
        assertProblem(create(coach, item("Geen niveau").add("levels", Json.createArrayBuilder())), 400, "levels");
        assertProblem(create(coach, item("Te lang").add("durationMinutes", 0)), 400, "durationMinutes");
        assertProblem(create(coach, item("Taal").add("language", "nederlands")), 400, "language");
        assertProblem(create(coach, item("Stijl").add("learningStyles", Json.createArrayBuilder().add("dansen"))), 400, "learningStyles");
        assertProblem(create(coach, item("Extern zonder naam").add("kind", "online-lesson").add("url", "https://www.oefenen.nl/")
                .add("source", "external")), 400, "sourceName");
        assertProblem(client.api("POST", ITEMS, coach, "{not json"), 400, null);

        assertProblem(client.api("GET", ITEMS + "?level=D", coach, null), 400, "level");
        assertProblem(client.api("GET", ITEMS + "?kind=podcast", coach, null), 400, "kind");
        assertProblem(client.api("GET", ITEMS + "?limit=abc", coach, null), 400, "limit");
        assertProblem(client.api("GET", ITEMS + "?limit=1000", coach, null), 400, "limit");
        assertProblem(client.api("GET", ITEMS + "/" + UUID.randomUUID(), coach, null), 404, null);
        assertProblem(client.api("PUT", ITEMS + "/" + UUID.randomUUID(), coach, item("Onbekend").build().toString()), 404, null);
    }

    @Test
    void aParticipantReadsTheCatalogueButCannotChangeIt() throws Exception {
        var organisation = north();
        var id = createdId(organisation.coach(), item("Leesbaar voor deelnemers"));

        assertProblem(create(organisation.participant(), item("Door deelnemer")), 403, null);
        assertProblem(client.api("PUT", ITEMS + "/" + id, organisation.participant(), item("Anders").build().toString()), 403, null);
        assertProblem(client.api("DELETE", ITEMS + "/" + id, organisation.participant(), null), 403, null);
        assertProblem(client.api("PUT", ITEMS + "/" + id + "/sharing", organisation.participant(), null), 403, null);
        assertProblem(client.api("GET", SHARED, organisation.participant(), null), 403, null);

        assertThat(client.api("GET", ITEMS + "/" + id, organisation.participant(), null).statusCode()).isEqualTo(200);
        assertThat(search(organisation.participant(), ITEMS, "q=leesbaar+deelnemers").getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(client.api("GET", ITEMS, null, null).statusCode()).isEqualTo(401);
    }

    // ---- tenant isolation -------------------------------------------------------------------------

    @Test
    void anotherOrganisationCannotReadChangeRemoveOrFindAnItem() throws Exception {
        var mark = marker();
        var id = createdId(north().coach(), item("Geheim van Noord " + mark));
        var stranger = south().coach();

        assertProblem(client.api("GET", ITEMS + "/" + id, stranger, null), 404, null);
        assertProblem(client.api("PUT", ITEMS + "/" + id, stranger, item("Overgenomen door Zuid").build().toString()), 404, null);
        assertProblem(client.api("DELETE", ITEMS + "/" + id, stranger, null), 404, null);
        assertProblem(client.api("PUT", ITEMS + "/" + id + "/sharing", stranger, null), 404, null);
        assertProblem(client.api("POST", ITEMS + "/" + id + "/duplicate", stranger, null), 404, null);
        assertThat(search(stranger, ITEMS, "q=" + mark).getJsonNumber("total").longValue()).isZero();
        assertProblem(client.api("GET", ITEMS + "/" + id, south().participant(), null), 404, null);

        var still = ToolClient.json(client.api("GET", ITEMS + "/" + id, north().coach(), null));
        assertThat(still.getString("title")).isEqualTo("Geheim van Noord " + mark);
    }

    // ---- starter catalogue and search ---------------------------------------------------------------

    @Test
    void eachOrganisationStartsWithTheDemoCatalogueImportedOnce() throws Exception {
        for (var organisation : List.of(north(), south())) {
            var first = search(organisation.coach(), ITEMS, "source=own&competencyTitle=" + ToolClient.enc("Veilig werken")
                    + "&q=" + ToolClient.enc("veiligheidsronde"));
            assertThat(titles(first)).containsExactly("Veiligheidsronde: zie jij de gevaren?");
            var external = search(organisation.coach(), ITEMS, "source=external&limit=100");
            assertThat(external.getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(i -> i.getString("sourceName")).contains("Oefenen.nl", "WERK-portal", "Steffie");
        }
        var coach = north().coach();
        var competencies = ToolClient.jsonArray(client.api("GET", ITEMS + "/competencies", coach, null));
        assertThat(competencies.getValuesAs(JsonObject.class)).extracting(c -> c.getString("title"))
                .contains("Advies vragen en anderen erbij betrekken", "Werk afstemmen met anderen", "Instructies opvolgen",
                        "Veilig werken", "Letten op kwaliteit", "Terugkijken op het eigen werk", "Op tijd komen en afmelden",
                        "Praten met collega's");
        var demoOnly = "competencyTitle=" + ToolClient.enc("Terugkijken op het eigen werk");
        long before = search(coach, ITEMS, demoOnly).getJsonNumber("total").longValue();
        long again = search(coach, ITEMS, demoOnly).getJsonNumber("total").longValue();
        assertThat(before).isEqualTo(2).isEqualTo(again);
    }

    @Test
    void searchFiltersSortsAndPages() throws Exception {
        var coach = north().coach();
        var mark = marker();
        createdId(coach, item("Gesprek over pauzes " + mark).add("kind", "conversation")
                .add("levels", Json.createArrayBuilder().add("C")).add("learningStyles", Json.createArrayBuilder().add("feeling")));
        createdId(coach, item("Video: tillen zonder rugpijn " + mark).add("kind", "video").add("url", "https://video.example.org/tillen")
                .add("levels", Json.createArrayBuilder().add("A")).add("learningStyles", Json.createArrayBuilder().add("watching")));
        createdId(coach, item("Oefenen op een site " + mark).add("kind", "online-lesson").add("url", "https://www.oefenen.nl/")
                .add("source", "external").add("sourceName", "Oefenen.nl").add("language", "en"));
        createdId(coach, item("Aanwijzingen lezen").add("description", "Lees de instructie " + mark + " over pauzes.")
                .add("competencyKey", "3f1c9d2e-0000-4000-8000-00000000c0de"));

        assertThat(search(coach, ITEMS, "q=" + mark).getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(titles(search(coach, ITEMS, "q=" + mark + "&kind=video"))).containsExactly("Video: tillen zonder rugpijn " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + mark + "&level=C"))).containsExactly("Gesprek over pauzes " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + mark + "&style=kijken"))).containsExactly("Video: tillen zonder rugpijn " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + mark + "&place=online")))
                .containsExactly("Oefenen op een site " + mark, "Video: tillen zonder rugpijn " + mark);
        assertThat(search(coach, ITEMS, "q=" + mark + "&place=offline").getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(titles(search(coach, ITEMS, "q=" + mark + "&language=en"))).containsExactly("Oefenen op een site " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + mark + "&source=external"))).containsExactly("Oefenen op een site " + mark);
        assertThat(titles(search(coach, ITEMS, "competency=3f1c9d2e-0000-4000-8000-00000000c0de"))).containsExactly("Aanwijzingen lezen");
        // relevance: more of the words in the title comes first
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc(mark + " pauzes"))))
                .containsExactly("Gesprek over pauzes " + mark, "Aanwijzingen lezen");
        // accents and case do not matter
        assertThat(search(coach, ITEMS, "q=" + ToolClient.enc("GESPRÉK " + mark)).getJsonNumber("total").longValue()).isEqualTo(1);

        var first = search(coach, ITEMS, "q=" + mark + "&sort=title&limit=3&offset=0");
        var second = search(coach, ITEMS, "q=" + mark + "&sort=title&limit=3&offset=3");
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(titles(first)).hasSize(3);
        assertThat(titles(second)).containsExactly("Video: tillen zonder rugpijn " + mark);
    }

    @Test
    void searchFindsDutchCompoundsAndTheirPartsToleratesATypoAndStaysInTheOrganisation() throws Exception {
        var coach = north().coach();
        var mark = marker();
        var compound = createdId(coach, item("Ziekmelden bij je werkgever " + mark).add("competencyTitle", "Op tijd komen en afmelden"));
        var parts = createdId(coach, item("Zo kun je je ziek melden " + mark).add("competencyTitle", "Op tijd komen en afmelden"));
        createdId(coach, item("Veilig tillen in het magazijn " + mark));

        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("ziekmelden " + mark))))
                .containsExactlyInAnyOrder("Ziekmelden bij je werkgever " + mark, "Zo kun je je ziek melden " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("je ziek melden " + mark))))
                .containsExactlyInAnyOrder("Ziekmelden bij je werkgever " + mark, "Zo kun je je ziek melden " + mark);
        // a typo, and relevance: the title with the word itself before the sound-alike
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("ziekmleden " + mark))))
                .containsExactlyInAnyOrder("Ziekmelden bij je werkgever " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("magazein " + mark))))
                .containsExactly("Veilig tillen in het magazijn " + mark);
        assertThat(search(coach, ITEMS, "q=" + ToolClient.enc("schoonmaakrooster " + mark)).getJsonNumber("total").longValue()).isZero();
        // a typo no phonetic key catches (a consonant of another sound group left out): one edit away
        createdId(coach, item("Lees de instructie " + mark));
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("instuctie " + mark))))
                .containsExactly("Lees de instructie " + mark);
        // relevance: the compound in the title first, then its parts in the title; filters hold with the text
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("ziekmelden " + mark))))
                .containsExactly("Ziekmelden bij je werkgever " + mark, "Zo kun je je ziek melden " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("ziekmelden " + mark) + "&kind=video"))).isEmpty();

        // correct right after a change and a removal (every search checks the organisation's catalogue stamp first)
        var read = ToolClient.json(client.api("GET", ITEMS + "/" + parts, coach, null));
        var revised = client.api("PUT", ITEMS + "/" + parts, coach,
                item("Het schoonmaakrooster invullen " + mark).build().toString(), read.getInt("version"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("ziek melden " + mark))))
                .containsExactly("Ziekmelden bij je werkgever " + mark);
        assertThat(titles(search(coach, ITEMS, "q=" + ToolClient.enc("rooster " + mark))))
                .containsExactly("Het schoonmaakrooster invullen " + mark);
        var stored = ToolClient.json(client.api("GET", ITEMS + "/" + compound, coach, null));
        assertThat(client.api("DELETE", ITEMS + "/" + compound, coach, null, stored.getInt("version")).statusCode()).isEqualTo(204);
        assertThat(search(coach, ITEMS, "q=" + ToolClient.enc("ziekmelden " + mark)).getJsonNumber("total").longValue()).isZero();

        // another organisation finds none of it, neither by the compound nor by the typo
        var stranger = south().coach();
        assertThat(search(stranger, ITEMS, "q=" + ToolClient.enc("schoonmaakrooster " + mark)).getJsonNumber("total").longValue()).isZero();
        assertThat(search(stranger, ITEMS, "q=" + ToolClient.enc("magazein " + mark)).getJsonNumber("total").longValue()).isZero();
        assertThat(search(south().participant(), ITEMS, "q=" + ToolClient.enc("rooster " + mark)).getJsonNumber("total").longValue()).isZero();

        // shared material is found by the same analysis, by others only
        var shared = ToolClient.json(client.api("GET", ITEMS + "/" + parts, coach, null));
        assertThat(client.api("PUT", ITEMS + "/" + parts + "/sharing", coach, null, shared.getInt("version")).statusCode()).isEqualTo(200);
        assertThat(titles(search(stranger, "/api/v1/catalogue/shared", "q=" + ToolClient.enc("schoonmaak rooster " + mark))))
                .containsExactly("Het schoonmaakrooster invullen " + mark);
        assertThat(search(coach, "/api/v1/catalogue/shared", "q=" + ToolClient.enc("schoonmaakrooster " + mark))
                .getJsonNumber("total").longValue()).isZero();
    }

    // ---- sharing between organisations ---------------------------------------------------------------

    @Test
    void sharedMaterialIsCopiedReadOnlyAndTheCopySurvivesUnsharing() throws Exception {
        var mark = marker();
        var noord = north().coach();
        var zuid = south().coach();
        var id = createdId(noord, item("Samen de werkplek opruimen " + mark));

        var shared = client.api("PUT", ITEMS + "/" + id + "/sharing", noord, null);
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        assertThat(ToolClient.json(shared).getBoolean("shared")).isTrue();
        assertThat(search(noord, SHARED, "q=" + mark).getJsonNumber("total").longValue()).as("own shares are not listed").isZero();

        var found = search(zuid, SHARED, "q=" + mark);
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        var snapshot = found.getJsonArray("items").getJsonObject(0);
        assertThat(snapshot.getString("organisation")).isEqualTo("Leerbedrijf Noord");
        assertThat(snapshot.containsKey("createdBy")).isFalse();
        assertThat(snapshot.containsKey("copyId")).as("not copied yet").isFalse();
        var sharedId = snapshot.getString("id");
        assertProblem(client.api("POST", SHARED + "/" + sharedId + "/copy", noord, null), 422, null);

        var copied = client.api("POST", SHARED + "/" + sharedId + "/copy", zuid, null);
        assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
        var copyLocation = copied.headers().firstValue("Location").orElseThrow();
        var copy = ToolClient.json(client.api("GET", copyLocation, zuid, null));
        assertThat(copy.getString("source")).isEqualTo("shared-copy");
        assertThat(copy.getString("sourceName")).isEqualTo("Leerbedrijf Noord");
        assertThat(copy.getBoolean("readOnly")).isTrue();
        assertThat(copy.getString("originSharedId")).isEqualTo(sharedId);
        assertThat(search(zuid, SHARED, "q=" + mark).getJsonArray("items").getJsonObject(0).getString("copyId"))
                .isEqualTo(copy.getString("id"));

        assertProblem(client.api("PUT", copyLocation, zuid, item("Aangepast door Zuid").build().toString(), copy.getInt("version")),
                422, null);
        assertProblem(client.api("PUT", copyLocation + "/sharing", zuid, null), 422, null);
        assertProblem(client.api("POST", SHARED + "/" + sharedId + "/copy", zuid, null), 409, null);

        // the owner revises: the shared list follows, the copy keeps what was copied
        assertThat(client.api("PUT", ITEMS + "/" + id, noord, item("Samen de werkplek netjes opruimen " + mark).build().toString(),
                ToolClient.json(shared).getInt("version")).statusCode()).isEqualTo(200);
        assertThat(titles(search(zuid, SHARED, "q=" + mark))).containsExactly("Samen de werkplek netjes opruimen " + mark);

        var unshared = client.api("DELETE", ITEMS + "/" + id + "/sharing", noord, null);
        assertThat(ToolClient.json(unshared).getBoolean("shared")).isFalse();
        assertThat(search(zuid, SHARED, "q=" + mark).getJsonNumber("total").longValue()).isZero();
        assertProblem(client.api("GET", SHARED + "/" + sharedId, zuid, null), 404, null);
        assertThat(ToolClient.json(client.api("GET", copyLocation, zuid, null)).getString("title"))
                .isEqualTo("Samen de werkplek opruimen " + mark);

        var duplicate = client.api("POST", copyLocation + "/duplicate", zuid, null);
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(201);
        var own = ToolClient.json(duplicate);
        assertThat(own.getString("source")).isEqualTo("own");
        assertThat(own.getBoolean("readOnly")).isFalse();
        assertThat(client.api("PUT", ITEMS + "/" + own.getString("id"), zuid,
                item("Onze versie van opruimen " + mark).build().toString(), own.getInt("version")).statusCode()).isEqualTo(200);
        assertProblem(client.api("GET", ITEMS + "/" + own.getString("id"), noord, null), 404, null);
    }

    // ---- the page in a real browser ----------------------------------------------------------------

    @Test
    void aCoachSearchesFiltersAndAddsMaterialOnAPhone() throws Exception {
        var lms = north().platform();
        WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.waitOn(browser);
            var base = Deployments.base();
            browser.get(base + "/lti/login?iss=" + ToolClient.enc(lms.issuer()) + "&login_hint=coach-1&target_link_uri="
                    + ToolClient.enc(base + "/lti/launch") + "&client_id=" + ToolClient.enc(lms.clientId())
                    + "&lti_deployment_id=" + lms.deploymentId());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn deelnemers"));
            browser.findElement(By.linkText("Leermateriaal")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Leermateriaal"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".catalogue-item")));
            Browsers.assertAccessibleAt360(browser);

            var searchBox = browser.findElement(By.id("cat-q"));
            searchBox.sendKeys("collega");
            searchBox.submit();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Vraag een collega om uitleg"));
            browser.findElement(By.cssSelector(".filters summary")).click();
            new Select(browser.findElement(By.id("cat-filter-kind"))).selectByValue("conversation");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Vraag een collega om uitleg")));
            assertThat(browser.findElements(By.cssSelector(".catalogue-item__title")))
                    .extracting(e -> e.getText()).allSatisfy(title -> assertThat(title).isNotEqualTo("Vraag een collega om uitleg"));
            Browsers.assertAccessibleAt360(browser);

            browser.findElement(By.linkText("Nieuw leermateriaal")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Nieuw leermateriaal"));
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            // the marks come from the one helper of every form (shared/form-errors.js): message under the field, focus
            var titleNote = Browsers.assertMarkedAndFocused(browser, "cat-title");
            assertThat(titleNote).isEqualTo("Geef het leermateriaal een titel.");
            assertThat(browser.findElement(By.id("cat-title")).getDomAttribute("data-field-error")).isEqualTo("title");
            assertThat(browser.findElement(By.cssSelector(".form-summary")).getText())
                    .isEqualTo("Kijk naar de 2 gemarkeerde velden. Het gaat om: Titel, Wat voor leermateriaal is het?");
            Browsers.assertAccessibleAt360(browser);

            // A refused web address: marked at the field. The field goes with another kind and comes back drawn
            // from scratch (a new element) — and is marked again, its message next to it.
            browser.findElement(By.id("cat-title")).sendKeys("Samen de lunchpauze plannen");
            browser.findElement(By.xpath("//label[.//input[@id='cat-kind-video']]")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cat-url"))).sendKeys("http://voorbeeld.nl/lunch");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(Browsers.assertMarkedAndFocused(browser, "cat-url")).isEqualTo("Vul een webadres in dat begint met https://.");
            assertThat(browser.findElement(By.id("cat-title")).getDomAttribute("aria-invalid")).as("sent again: the old mark went").isEqualTo("false");
            var firstUrl = browser.findElement(By.id("cat-url"));
            browser.findElement(By.xpath("//label[.//input[@id='cat-kind-conversation']]")).click();
            wait.until(ExpectedConditions.stalenessOf(firstUrl));
            browser.findElement(By.xpath("//label[.//input[@id='cat-kind-video']]")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("cat-url"), "aria-invalid", "true"));
            assertThat(browser.findElement(By.id("cat-url-problem")).getText()).isEqualTo("Vul een webadres in dat begint met https://.");
            assertThat(browser.findElement(By.id("cat-url")).getDomAttribute("aria-describedby")).contains("cat-url-problem");
            assertThat(browser.findElement(By.cssSelector(".form-summary")).getText()).contains("Webadres");
            Browsers.assertAccessibleAt360(browser);

            browser.findElement(By.xpath("//label[.//input[@id='cat-kind-workplace-assignment']]")).click();
            browser.findElement(By.id("cat-competencyTitle")).sendKeys("Werk afstemmen met anderen");
            browser.findElement(By.id("cat-durationMinutes")).sendKeys("15");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            // the rule: a named competency needs a level — the message stands next to the levels
            assertThat(Browsers.assertMarkedAndFocused(browser, "cat-levels-A")).isEqualTo("Kies op welk niveau (A, B of C) dit leermateriaal past.");
            browser.findElement(By.xpath("//label[contains(., 'Niveau B')]")).click();
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Samen de lunchpauze plannen"));
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Niveau B", "15 min", "Werkplekopdracht");
            Browsers.assertAccessibleAt360(browser);

            browser.findElement(By.linkText("Terug naar het overzicht")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Gedeeld door andere organisaties"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-count")));
            Browsers.assertAccessibleAt360(browser);
        } finally {
            browser.quit();
        }
    }


}
