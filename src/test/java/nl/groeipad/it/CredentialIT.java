package nl.groeipad.it;

import static nl.groeipad.it.CompletionSteps.ok;
import static nl.groeipad.it.ObservationSteps.assertProblemNaming;
import static nl.groeipad.it.ObservationSteps.giveStarterRoute;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import nl.groeipad.SharedFolder;
import nl.groeipad.it.ObservationSteps.NorthAndSouth;
import nl.groeipad.it.ObservationSteps.Organisation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates over real HTTP, on Payara Micro against MariaDB: a coach issues a certificate for a participant's
 * route; a third party verifies the Open Badges 3.0 credential independently of our code (plain Nimbus against the
 * JWKS fetched over HTTP, the official OB 3.0 JSON schema), reads the OB 2.0 assertion, badge class, issuer and baked
 * image, sees a revocation on the page, the JSON, the status and the assertion; roles, other participants and
 * another organisation are refused on every endpoint with a session, and guessing ids finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CredentialIT {

    private static final NorthAndSouth<Organisation> ORGANISATIONS =
            ObservationSteps.organisations("Certificaten Noord", "Certificaten Zuid");
    private static JsonObject issued;
    private final ToolClient client = new ToolClient(Deployments.base());
    private final HttpClient http = HttpClient.newHttpClient();

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

    private static String credentials(Organisation org, String participantId) {
        return "/api/v1/courses/" + org.courseId() + "/participants/" + participantId + "/credentials";
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The PDF as a browser's download asks for it, with the session token. */
    private HttpResponse<byte[]> pdf(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.base() + path)).header("Accept", "application/pdf, */*")
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> fetchBytes(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(1)
    void aCoachIssuesACertificateForTheParticipantsRoute() throws Exception {
        var org = north();
        // no route yet: 400 naming the field
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()), org.coach(), "{\"message\":\"Top\"}"),
                400, "routeId");
        giveStarterRoute(client, org.coach(), org.courseId(), org.participantId());
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()), org.coach(),
                "{\"message\":\"" + "x".repeat(1001) + "\"}"), 400, "message");
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()), org.coach(), null), 400, null);
        // no recorded passed completion yet: 409
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()), org.coach(), "{}"), 409, null);
        CompletionSteps.completeRoute(client, org.coach(), org.courseId(), org.participantId());

        var response = client.api("POST", credentials(org, org.participantId()), org.coach(),
                "{\"message\":\"Wat goed dat je dit hebt laten zien!\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        issued = ToolClient.json(response);
        assertThat(issued.getString("id")).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.getString("state")).isEqualTo("valid");
        assertThat(issued.getBoolean("issuedByUs")).isTrue();
        assertThat(issued.getString("title")).isEqualTo("Starten in de groenvoorziening");
        assertThat(issued.getString("message")).isEqualTo("Wat goed dat je dit hebt laten zien!");
        assertThat(issued.getJsonArray("achieved")).isNotEmpty();
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/credentials/" + issued.getString("id"));

        // the participant sees it in "Mijn diploma's en bewijzen", the coach in the participant's list
        var mine = ToolClient.jsonArray(client.api("GET", "/api/v1/me/credentials", org.participant(), null));
        assertThat(mine.getValuesAs(JsonObject.class)).extracting(c -> c.getString("id")).containsExactly(issued.getString("id"));
        var listed = ToolClient.jsonArray(client.api("GET", credentials(org, org.participantId()), org.coach(), null));
        assertThat(listed.getValuesAs(JsonObject.class)).extracting(c -> c.getString("id")).contains(issued.getString("id"));
        assertThat(ToolClient.jsonArray(client.api("GET", "/api/v1/me/credentials", org.otherParticipant(), null))).isEmpty();
    }

    @Test
    @Order(2)
    void theOpenBadge3VerifiesWithPlainNimbusAgainstTheJwksFetchedOverHttpAndMeetsTheOfficialSchema() throws Exception {
        var jwtResponse = fetch(issued.getJsonObject("links").getString("ob3"));
        assertThat(jwtResponse.statusCode()).isEqualTo(200);
        assertThat(jwtResponse.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
        var jwt = SignedJWT.parse(jwtResponse.body().strip());
        var kid = jwt.getHeader().getKeyID();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(kid).startsWith(Deployments.base()).contains("/jwks#");
        var jwks = JWKSet.parse(fetch(kid.substring(0, kid.indexOf('#'))).body());
        var key = (RSAKey) jwks.getKeyByKeyId(kid);
        assertThat(key).as("the kid names a key in the JWKS at its address").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        var payload = jwt.getPayload().toString();
        var schemaFile = SharedFolder.file("schemas/openbadges/ob_v3p0_achievementcredential.schema.json");
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(Files.readString(schemaFile), InputFormat.JSON);
        assertThat(schema.validate(payload, InputFormat.JSON)).isEmpty();
        var credential = jwt.getPayload().toJSONObject();
        assertThat(credential.get("@context").toString()).contains("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(payload).contains("/ims/case/v1p0/CFItems/", "\"resultType\":\"RubricCriterionLevel\"",
                "\"achievedLevel\"", "\"credentialStatus\"");

        // a tampered credential is refused by the same check
        var parts = jwtResponse.body().strip().split("\\.");
        var changed = payload.replace("Niveau A", "Niveau C").replace("Niveau B", "Niveau C");
        var tampered = SignedJWT.parse(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        assertThat(tampered.verify(new RSASSAVerifier(key))).isFalse();
    }

    @Test
    @Order(3)
    void theOpenBadge2AssertionBadgeClassIssuerAndBakedImageAreHosted() throws Exception {
        var links = issued.getJsonObject("links");
        var assertion = ToolClient.json(fetch(links.getString("assertion")));
        assertThat(assertion.getString("@context")).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.getString("type")).isEqualTo("Assertion");
        assertThat(assertion.getString("id")).isEqualTo(links.getString("assertion"));
        assertThat(assertion.getJsonObject("verification").getString("type")).isEqualTo("hosted");
        assertThat(assertion.getJsonObject("recipient").getString("type")).isNotBlank();
        assertThat(assertion.getString("issuedOn")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        var badge = ToolClient.json(fetch(assertion.getString("badge")));
        assertThat(badge.getString("type")).isEqualTo("BadgeClass");
        assertThat(badge.getString("name")).isEqualTo("Starten in de groenvoorziening");
        assertThat(badge.getJsonObject("criteria").getString("narrative")).isNotBlank();
        var issuer = ToolClient.json(fetch(badge.getString("issuer")));
        assertThat(issuer.getString("type")).isEqualTo("Issuer");
        assertThat(issuer.getString("name")).isEqualTo("Certificaten Noord");
        assertThat(issuer.getString("url")).isNotBlank();
        var png = fetchBytes(badge.getString("image"));
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(new String(png.body(), StandardCharsets.ISO_8859_1)).contains("iTXtopenbadges\0")
                .contains(links.getString("assertion"));
    }

    @Test
    @Order(4)
    void theVerificationPageAndJsonSayValidAndWhatWasAchieved() throws Exception {
        var links = issued.getJsonObject("links");
        var page = fetch(links.getString("verify"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-state=\"valid\"", "Certificaten Noord", "Starten in de groenvoorziening");
        var english = fetch(links.getString("verify") + "?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "genuine and valid");
        var json = ToolClient.json(fetch(links.getString("verify") + "/verification"));
        assertThat(json.getString("state")).isEqualTo("valid");
        assertThat(json.getBoolean("valid")).isTrue();
        assertThat(json.getString("issuer")).isEqualTo("Certificaten Noord");
        assertThat(json.getJsonArray("achieved")).isNotEmpty();
        // nothing of the participant beyond what the credential holds
        assertThat(json.toString()).doesNotContain(north().participantId()).doesNotContain(north().courseId());
    }

    @Test
    @Order(5)
    void thePdfIsForTheParticipantAndTheirCoachOnly() throws Exception {
        var org = north();
        var id = issued.getString("id");
        var pdf = pdf("/api/v1/credentials/" + id + "/pdf", org.participant());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(new PDFTextStripper().getText(document)).contains("Certificaat", "Starten in de groenvoorziening",
                    "Handtekening", issued.getJsonObject("links").getString("verify"));
        }
        var english = pdf("/api/v1/credentials/" + id + "/pdf?lang=en", org.coach());
        assertThat(english.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(english.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(pdf("/api/v1/credentials/" + id + "/pdf", org.otherParticipant()).statusCode()).isEqualTo(404);
        assertThat(pdf("/api/v1/credentials/" + id + "/pdf", south().coach()).statusCode()).isEqualTo(404);
        assertThat(pdf("/api/v1/credentials/" + id + "/pdf", south().participant()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void othersAreRefusedOnEveryEndpointWithASession() throws Exception {
        var org = north();
        var other = south();
        var id = issued.getString("id");
        // a participant may not issue or revoke (403), not even for themselves
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()), org.participant(), "{}"), 403, null);
        assertProblemNaming(client.api("POST", "/api/v1/credentials/" + id + "/revocation", org.participant(),
                "{\"reason\":\"Nee\"}"), 403, null);
        // another participant does not learn it exists
        assertProblemNaming(client.api("GET", "/api/v1/credentials/" + id, org.otherParticipant(), null), 404, null);
        // another organisation's coach: the course, the participant and the certificate are unknown
        assertProblemNaming(client.api("GET", credentials(org, org.participantId()), other.coach(), null), 404, null);
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()), other.coach(), "{}"), 404, null);
        assertProblemNaming(client.api("GET", "/api/v1/credentials/" + id, other.coach(), null), 404, null);
        assertProblemNaming(client.api("POST", "/api/v1/credentials/" + id + "/revocation", other.coach(),
                "{\"reason\":\"Weg ermee\"}"), 404, null);
        // the coach's course list names only participants of the course
        assertProblemNaming(client.api("GET", credentials(org, other.participantId()), org.coach(), null), 404, null);
        // no session
        assertThat(client.api("GET", "/api/v1/me/credentials", null, null).statusCode()).isEqualTo(401);
        // the public addresses under another organisation's id know nothing of it
        var southTenant = tenantOf(other);
        var northTenant = URI.create(issued.getJsonObject("links").getString("verify")).getPath().split("/")[2];
        assertThat(fetch(Deployments.base() + "/credentials/" + southTenant + "/" + id + "/verification").statusCode())
                .isEqualTo(404);
        assertThat(fetch(Deployments.base() + "/credentials/" + southTenant + "/" + id).statusCode()).isEqualTo(404);
        // guessing ids finds nothing
        var random = new SecureRandom();
        for (int i = 0; i < 20; i++) {
            var bytes = new byte[32];
            random.nextBytes(bytes);
            var guess = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            assertThat(fetch(Deployments.base() + "/credentials/" + northTenant + "/" + guess + "/verification")
                    .statusCode()).isEqualTo(404);
        }
        for (var malformed : new String[] {"1", "..%2F..", "x".repeat(300)}) {
            assertThat(fetch(Deployments.base() + "/credentials/" + northTenant + "/" + malformed + "/status")
                    .statusCode()).isEqualTo(404);
        }
        assertThat(fetch(Deployments.base() + "/credentials/not-a-tenant/issuer").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void aRevocationWithAReasonShowsOnThePageTheJsonTheStatusAndTheAssertion() throws Exception {
        var org = north();
        var id = issued.getString("id");
        assertProblemNaming(client.api("POST", "/api/v1/credentials/" + id + "/revocation", org.coach(), "{\"reason\":\"\"}"),
                400, "reason");
        var revoked = ok(client.api("POST", "/api/v1/credentials/" + id + "/revocation", org.coach(),
                "{\"reason\":\"Per vergissing uitgegeven\"}"));
        assertThat(revoked.getString("state")).isEqualTo("revoked");
        assertThat(revoked.getString("revocationReason")).isEqualTo("Per vergissing uitgegeven");
        assertProblemNaming(client.api("POST", "/api/v1/credentials/" + id + "/revocation", org.coach(),
                "{\"reason\":\"Nog een keer\"}"), 409, null);

        var links = issued.getJsonObject("links");
        var json = ToolClient.json(fetch(links.getString("verify") + "/verification"));
        assertThat(json.getString("state")).isEqualTo("revoked");
        assertThat(json.getBoolean("valid")).isFalse();
        assertThat(json.getString("revocationReason")).isEqualTo("Per vergissing uitgegeven");
        assertThat(json.getString("revokedAt")).isNotBlank();
        var page = fetch(links.getString("verify"));
        assertThat(page.body()).contains("data-state=\"revoked\"", "Per vergissing uitgegeven", "ingetrokken");
        var status = ToolClient.json(fetch(links.getString("verify") + "/status"));
        assertThat(status.getBoolean("revoked")).isTrue();
        var assertion = fetch(links.getString("assertion"));
        assertThat(assertion.statusCode()).isEqualTo(410);
        assertThat(ToolClient.json(assertion).getBoolean("revoked")).isTrue();
        // the list shows it revoked too
        var mine = ToolClient.jsonArray(client.api("GET", "/api/v1/me/credentials", org.participant(), null));
        assertThat(mine.getValuesAs(JsonObject.class)).filteredOn(c -> c.getString("id").equals(id))
                .extracting(c -> c.getString("state")).containsExactly("revoked");
    }

    @Test
    @Order(8)
    void externalProofIsRegisteredWithItsDocumentAndMarkedAsNotIssuedByUs() throws Exception {
        var org = north();
        var mine = "/api/v1/me/credentials/registered";
        var body = """
                {"kind":"mbo-praktijkverklaring","institution":"Da Vinci College","qualification":"Medewerker groen",
                 "crebo":"%s","number":"PV-2026-17","obtainedOn":"%s"}""";
        assertProblemNaming(client.api("POST", mine, org.participant(), body.formatted("123", "2026-06-01")), 400, "crebo");
        assertProblemNaming(client.api("POST", mine, org.participant(), body.formatted("25460", "2999-01-01")), 400, "obtainedOn");
        assertProblemNaming(client.api("POST", mine, org.participant(), body.formatted("25460", "1 juni")), 400, null);
        assertProblemNaming(client.api("POST", mine, org.participant(),
                "{\"kind\":\"own\",\"institution\":\"x\",\"qualification\":\"y\",\"obtainedOn\":\"2026-06-01\"}"), 400, "kind");
        assertProblemNaming(client.api("POST", mine, org.participant(),
                "{\"kind\":\"diploma\",\"qualification\":\"y\",\"obtainedOn\":\"2026-06-01\"}"), 400, "institution");
        assertProblemNaming(client.api("POST", mine, org.coach(), body.formatted("25460", "2026-06-01")), 403, null);

        var created = client.api("POST", mine, org.participant(), body.formatted("25460", "2026-06-01"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var proof = ToolClient.json(created);
        var id = proof.getString("id");
        assertThat(proof.getBoolean("issuedByUs")).isFalse();
        assertThat(proof.getString("kind")).isEqualTo("mbo-praktijkverklaring");
        assertThat(!proof.containsKey("links") || proof.isNull("links")).as("no public links").isTrue();
        assertThat(proof.getJsonObject("external").getString("crebo")).isEqualTo("25460");
        assertThat(proof.getJsonObject("external").getBoolean("hasDocument")).isFalse();

        // the document: checked by its first bytes, once
        var document = "/api/v1/credentials/" + id + "/document";
        assertProblemNaming(client.upload("PUT", document, org.participant(), "application/pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)), 400, "document");
        assertProblemNaming(client.upload("PUT", document, org.otherParticipant(), "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)), 404, null);
        var uploaded = client.upload("PUT", document, org.participant(), "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(ToolClient.json(uploaded).getJsonObject("external").getBoolean("hasDocument")).isTrue();
        assertProblemNaming(client.upload("PUT", document, org.coach(), "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)), 409, null);
        var read = pdf(document, org.coach());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf(document, org.otherParticipant()).statusCode()).isEqualTo(404);
        assertThat(pdf(document, south().coach()).statusCode()).isEqualTo(404);

        // the coach registers too; both are listed, newest first, registered ones marked
        var byCoach = client.api("POST", credentials(org, org.participantId()) + "/registered", org.coach(), """
                {"kind":"diploma","institution":"ROC Midden","qualification":"Entree","obtainedOn":"2025-07-01"}""");
        assertThat(byCoach.statusCode()).as(byCoach.body()).isEqualTo(201);
        assertProblemNaming(client.api("POST", credentials(org, org.participantId()) + "/registered", org.participant(), """
                {"kind":"diploma","institution":"ROC Midden","qualification":"Entree","obtainedOn":"2025-07-01"}"""), 403, null);
        var list = ToolClient.jsonArray(client.api("GET", "/api/v1/me/credentials", org.participant(), null))
                .getValuesAs(JsonObject.class);
        // newest first: sorted by when it was recorded, the coach's (the last one) on top — or level with it when two
        // were recorded in the same second
        assertThat(list).extracting(c -> java.time.Instant.parse(c.getString("issuedAt")))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(java.time.Instant.parse(list.getFirst().getString("issuedAt"))).as(list.toString())
                .isAfterOrEqualTo(java.time.Instant.parse(ToolClient.json(byCoach).getString("issuedAt"))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)); // the stored time keeps whole seconds
        assertThat(list).extracting(c -> c.getString("id")).contains(ToolClient.json(byCoach).getString("id"));
        assertThat(list).extracting(c -> c.getString("id")).contains(id);

        // registered proof is not ours to verify or revoke, and has no PDF of ours
        var tenant = URI.create(issued.getJsonObject("links").getString("verify")).getPath().split("/")[2];
        assertThat(fetch(Deployments.base() + "/credentials/" + tenant + "/" + id + "/verification").statusCode()).isEqualTo(404);
        assertProblemNaming(client.api("POST", "/api/v1/credentials/" + id + "/revocation", org.coach(),
                "{\"reason\":\"Niet van ons\"}"), 400, "credential");
        assertThat(pdf("/api/v1/credentials/" + id + "/pdf", org.participant()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void theAdminSeesTheIssuingRegisterWithRevocationsAndAsCsv() throws Exception {
        var org = north();
        org.platform().person("admin-1", "Ada", "Beheer", "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator");
        var admin = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(org.platform(), "admin-1"));
        var entries = ToolClient.jsonArray(client.api("GET", "/api/v1/organisation/credentials", admin, null))
                .getValuesAs(JsonObject.class);
        var revoked = entries.stream().filter(e -> e.getString("id").equals(issued.getString("id"))).findFirst().orElseThrow();
        assertThat(revoked.getString("revocationReason")).isEqualTo("Per vergissing uitgegeven");
        assertThat(entries).anyMatch(e -> !e.getBoolean("issuedByUs"));
        var csv = http.send(HttpRequest.newBuilder(URI.create(Deployments.base() + "/api/v1/organisation/credentials/export/csv"))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("datum,soort,titel,deelnemer,door,ingetrokken op,reden,ingetrokken door,id\r\n")
                .contains("Per vergissing uitgegeven", "mbo-praktijkverklaring");
        assertProblemNaming(client.api("GET", "/api/v1/organisation/credentials", org.coach(), null), 403, null);
        assertProblemNaming(client.api("GET", "/api/v1/organisation/credentials", org.participant(), null), 403, null);
        // another organisation's admin sees only its own
        var other = south();
        other.platform().person("admin-1", "Ada", "Zuid", "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator");
        var otherAdmin = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(other.platform(), "admin-1"));
        var theirs = ToolClient.jsonArray(client.api("GET", "/api/v1/organisation/credentials", otherAdmin, null))
                .getValuesAs(JsonObject.class);
        assertThat(theirs).extracting(e -> e.getString("id")).doesNotContain(issued.getString("id"));
    }

    /** The organisation's id, as its public addresses name it: from a certificate issued there. */
    private String tenantOf(Organisation org) throws Exception {
        giveStarterRoute(client, org.coach(), org.courseId(), org.participantId());
        CompletionSteps.completeRoute(client, org.coach(), org.courseId(), org.participantId());
        var response = client.api("POST", credentials(org, org.participantId()), org.coach(), "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var verify = ToolClient.json(response).getJsonObject("links").getString("verify");
        var path = URI.create(verify).getPath().split("/");
        return path[2];
    }
}
