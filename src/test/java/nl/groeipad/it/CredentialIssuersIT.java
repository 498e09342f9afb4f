package nl.groeipad.it;

import static nl.groeipad.it.CompletionSteps.ok;
import static nl.groeipad.it.ObservationSteps.assertProblemNaming;
import static nl.groeipad.it.ObservationSteps.giveStarterRoute;
import static nl.groeipad.it.ObservationSteps.me;
import static nl.groeipad.it.ObservationSteps.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import nl.groeipad.SharedFolder;
import nl.groeipad.it.ObservationSteps.NorthAndSouth;
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
 * Branch issuers, the organisation's logo on certificates and the 1EdTech revocation lists over real HTTP (Payara
 * Micro, MariaDB): an admin configures a branch issuer (a coach and a participant hear 403, another organisation's
 * admin 404 and cannot issue under it), bad input and bad uploads are 400/413/428/412 problem+json; a coach issues a
 * branch certificate; a third party verifies it with plain Nimbus against the JWKS its {@code kid} names and with the
 * official OB 3.0 schema, also after a key rotation; a revocation shows in the branch issuer's revocation list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CredentialIssuersIT {

    static final String ADMIN_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator";
    static final String ISSUERS = "/api/v1/organisation/credential-issuers";

    record Organisation(TestPlatform platform, String admin, String coach, String participant, String courseId,
                        String participantId) {
    }

    private static final NorthAndSouth<Organisation> ORGANISATIONS =
            new NorthAndSouth<>("Branche Noord", "Branche Zuid", CredentialIssuersIT::register, Organisation::platform);
    private static JsonObject branch;
    private static JsonObject branchCertificate;
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

    /** A new organisation with its admin ("admin-1"), coach ("coach-1") and participant ("learner-1"). */
    private static Organisation register(ToolClient client, String name) {
        var platform = ObservationSteps.register(client, name);
        platform.person("admin-1", "Ada", "Beheer", ADMIN_ROLE);
        var coach = token(platform, "coach-1");
        var participant = token(platform, "learner-1");
        var admin = token(platform, "admin-1");
        return new Organisation(platform, admin, coach, participant, me(client, coach).getJsonObject("course").getString("id"),
                me(client, participant).getJsonObject("user").getString("id"));
    }

    private HttpResponse<String> upload(String path, String token, String contentType, byte[] body, String ifMatch)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Deployments.base() + path)).header("Accept", "application/json")
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> fetchBytes(String url, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] png(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1F5AA6));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String credentials(Organisation org) {
        return "/api/v1/courses/" + org.courseId() + "/participants/" + org.participantId() + "/credentials";
    }

    @Test
    @Order(1)
    void anAdminConfiguresABranchIssuerAndNobodyElseCan() throws Exception {
        var org = north();
        var body = "{\"name\":\"Branchevereniging Groen\",\"url\":\"https://www.branche-groen.example\"}";
        assertProblemNaming(client.api("POST", ISSUERS, org.coach(), body), 403, null);
        assertProblemNaming(client.api("POST", ISSUERS, org.participant(), body), 403, null);
        assertProblemNaming(client.api("GET", ISSUERS, org.coach(), null), 403, null);
        assertProblemNaming(client.api("POST", ISSUERS, org.admin(), "{\"name\":\" \",\"url\":\"https://x.example\"}"), 400, "name");
        assertProblemNaming(client.api("POST", ISSUERS, org.admin(), "{\"name\":\"B\",\"url\":\"http://x.example\"}"), 400, "url");
        assertProblemNaming(client.api("POST", ISSUERS, org.admin(), "{\"name\":\"B\",\"url\":\"javascript:alert(1)\"}"), 400, "url");
        assertProblemNaming(client.api("POST", ISSUERS, org.admin(), null), 400, null);

        var created = client.api("POST", ISSUERS, org.admin(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        branch = ToolClient.json(created);
        assertThat(branch.getString("name")).isEqualTo("Branchevereniging Groen");
        assertThat(branch.getJsonArray("keys")).hasSize(1);
        assertThat(branch.getJsonArray("keys").getJsonObject(0).getBoolean("active")).isTrue();
        assertThat(branch.getString("jwks")).endsWith("/issuers/" + branch.getString("id") + "/jwks");
        var id = branch.getString("id");

        var read = client.api("GET", ISSUERS + "/" + id, org.admin(), null);
        assertThat(ToolClient.etag(read)).isEqualTo(ok(read).getInt("version"));
        assertThat(ToolClient.jsonArray(client.api("GET", ISSUERS, org.admin(), null)).getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("id")).containsExactly(id);

        // another organisation's admin and coach: unknown
        var other = south();
        assertProblemNaming(client.api("GET", ISSUERS + "/" + id, other.admin(), null), 404, null);
        assertProblemNaming(client.api("PUT", ISSUERS + "/" + id, other.admin(), body, 0), 404, null);
        assertProblemNaming(client.api("POST", ISSUERS + "/" + id + "/key-rotation", other.admin(), null, 0), 404, null);
        assertProblemNaming(upload(ISSUERS + "/" + id + "/logo", other.admin(), "image/png", png(10, 10), "\"0\""), 404, null);
        assertThat(ToolClient.jsonArray(client.api("GET", ISSUERS, other.admin(), null))).isEmpty();
        assertThat(ToolClient.jsonArray(client.api("GET", "/api/v1/credential-issuers", other.coach(), null))).isEmpty();
        // a coach of this organisation may choose it, but not change it
        assertThat(ToolClient.jsonArray(client.api("GET", "/api/v1/credential-issuers", org.coach(), null))
                .getValuesAs(JsonObject.class)).extracting(b -> b.getString("name")).containsExactly("Branchevereniging Groen");
        assertProblemNaming(client.api("GET", "/api/v1/credential-issuers", org.participant(), null), 403, null);
        assertProblemNaming(client.api("PUT", ISSUERS + "/" + id, org.coach(), body, 0), 403, null);
        assertProblemNaming(client.api("POST", ISSUERS + "/" + id + "/key-rotation", org.coach(), null, 0), 403, null);
        assertProblemNaming(upload(ISSUERS + "/" + id + "/logo", org.coach(), "image/png", png(10, 10), "\"0\""), 403, null);

        // a change names the version it was made on
        assertProblemNaming(client.api("PUT", ISSUERS + "/" + id, org.admin(), body), 428, null);
        assertProblemNaming(client.api("PUT", ISSUERS + "/" + id, org.admin(), body, 99), 412, null);
        var renamed = ok(client.api("PUT", ISSUERS + "/" + id, org.admin(),
                "{\"name\":\"Branchevereniging Groen en Tuin\",\"url\":\"https://www.branche-groen.example\"}",
                branch.getInt("version")));
        assertThat(renamed.getInt("version")).isGreaterThan(branch.getInt("version"));
        branch = renamed;
    }

    @Test
    @Order(2)
    void logosAreCheckedPngOrJpegOfAtMost512Kilobytes() throws Exception {
        var org = north();
        var path = ISSUERS + "/" + branch.getString("id") + "/logo";
        var version = "\"" + branch.getInt("version") + "\"";
        assertProblemNaming(upload(path, org.admin(), "image/png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(), version),
                400, "logo");
        assertProblemNaming(upload(path, org.admin(), "image/png", new byte[0], version), 400, "logo");
        assertProblemNaming(upload(path, org.admin(), "image/png", new byte[600 * 1024], version), 413, null);
        assertProblemNaming(upload(path, org.admin(), "image/png", png(60, 30), null), 428, null);
        assertProblemNaming(upload(path, org.admin(), "image/png", png(60, 30), "\"99\""), 412, null);
        var stored = upload(path, org.admin(), "image/png", png(60, 30), version);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        branch = ToolClient.json(stored);
        assertThat(branch.getBoolean("hasLogo")).isTrue();
        var logo = fetchBytes(branch.getString("logo"), null);
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(logo.body())).getWidth()).isEqualTo(60);

        // the organisation's own logo for certificates
        assertProblemNaming(upload("/api/v1/organisation/credential-logo", org.coach(), "image/png", png(90, 30), "\"0\""), 403, null);
        assertProblemNaming(upload("/api/v1/organisation/credential-logo", org.admin(), "image/png", png(90, 30), null), 428, null);
        var orgLogo = upload("/api/v1/organisation/credential-logo", org.admin(), "image/png", png(90, 30), "\"0\"");
        assertThat(orgLogo.statusCode()).as(orgLogo.body()).isEqualTo(200);
        assertThat(ToolClient.json(orgLogo).getBoolean("present")).isTrue();
        var view = client.api("GET", "/api/v1/organisation/credential-logo", org.admin(), null);
        assertThat(ToolClient.etag(view)).isEqualTo(ok(view).getInt("version"));
        assertProblemNaming(upload("/api/v1/organisation/credential-logo", org.admin(), "image/png", png(90, 30), "\"0\""), 412, null);
        assertThat(ok(client.api("GET", "/api/v1/organisation/credential-logo", south().admin(), null)).getBoolean("present"))
                .as("another organisation has no logo of ours").isFalse();
    }

    @Test
    @Order(3)
    void aCoachIssuesABranchCertificateThatVerifiesIndependentlyAgainstTheBranchKey() throws Exception {
        var org = north();
        giveStarterRoute(client, org.coach(), org.courseId(), org.participantId());
        CompletionSteps.completeRoute(client, org.coach(), org.courseId(), org.participantId());
        var path = credentials(org);
        assertProblemNaming(client.api("POST", path, org.coach(), "{\"kind\":\"branch\"}"), 400, "branchIssuerId");
        assertProblemNaming(client.api("POST", path, org.coach(), "{\"kind\":\"guild\"}"), 400, "kind");
        // another organisation's branch issuer cannot be used
        var southBranch = ToolClient.json(client.api("POST", ISSUERS, south().admin(),
                "{\"name\":\"Zuidbranche\",\"url\":\"https://zuid.example\"}"));
        assertProblemNaming(client.api("POST", path, org.coach(), "{\"kind\":\"branch\",\"branchIssuerId\":\""
                + southBranch.getString("id") + "\"}"), 400, "branchIssuerId");

        var response = client.api("POST", path, org.coach(),
                "{\"kind\":\"branch\",\"branchIssuerId\":\"" + branch.getString("id") + "\",\"message\":\"Knap gedaan\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        branchCertificate = ToolClient.json(response);
        assertThat(branchCertificate.getString("kind")).isEqualTo("branch");
        assertThat(branchCertificate.getBoolean("issuedByUs")).isTrue();

        var payload = verify(branchCertificate);
        assertThat(payload.getJsonObject("issuer").getString("id")).isEqualTo(branch.getString("profile"));
        assertThat(payload.getJsonObject("issuer").getString("name")).isEqualTo("Branchevereniging Groen en Tuin");
        assertThat(payload.getJsonObject("credentialStatus").getString("type")).isEqualTo("1EdTechRevocationList");
        assertThat(payload.getJsonObject("credentialStatus").getString("id")).isEqualTo(branch.getString("revocationList"));

        // the OB 2.0 forms name the branch issuer too
        var links = branchCertificate.getJsonObject("links");
        var badgeClass = Json.createReader(new StringReader(fetch(links.getString("assertion").replace("/assertion",
                "/badgeclass")).body())).readObject();
        assertThat(badgeClass.getString("issuer")).isEqualTo(branch.getString("profile"));
        var issuer = Json.createReader(new StringReader(fetch(badgeClass.getString("issuer")).body())).readObject();
        assertThat(issuer.getString("type")).isEqualTo("Issuer");
        assertThat(issuer.getString("name")).isEqualTo("Branchevereniging Groen en Tuin");
        assertThat(issuer.getString("image")).isEqualTo(branch.getString("logo"));
        var verification = ToolClient.json(fetch(links.getString("verify") + "/verification"));
        assertThat(verification.getString("issuer")).isEqualTo("Branchevereniging Groen en Tuin");

        // the PDF names the branch and carries both logos
        var pdf = fetchBytes(Deployments.base() + links.getString("pdf"), org.participant());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Branchecertificaat", "Namens Branchevereniging Groen en Tuin");
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(2);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }
    }

    /** Fetches the VC-JWT, the JWKS its kid names, checks the signature with plain Nimbus and the official schema. */
    private JsonObject verify(JsonObject certificate) throws Exception {
        var jwt = SignedJWT.parse(fetch(certificate.getJsonObject("links").getString("ob3")).body());
        var kid = jwt.getHeader().getKeyID();
        assertThat(kid).startsWith(branch.getString("jwks") + "#");
        var jwks = JWKSet.parse(fetch(kid.substring(0, kid.indexOf('#'))).body());
        var key = (RSAKey) jwks.getKeyByKeyId(kid);
        assertThat(key).as("the JWKS lists the kid").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(
                Files.readString(SharedFolder.file("schemas/openbadges/ob_v3p0_achievementcredential.schema.json")),
                InputFormat.JSON);
        assertThat(schema.validate(jwt.getPayload().toString(), InputFormat.JSON)).isEmpty();
        return Json.createReader(new StringReader(jwt.getPayload().toString())).readObject();
    }

    @Test
    @Order(4)
    void afterAKeyRotationOldAndNewCredentialsBothVerify() throws Exception {
        var org = north();
        var oldKid = SignedJWT.parse(fetch(branchCertificate.getJsonObject("links").getString("ob3")).body())
                .getHeader().getKeyID();
        assertProblemNaming(client.api("POST", ISSUERS + "/" + branch.getString("id") + "/key-rotation", org.admin(), null), 428, null);
        var rotated = ok(client.api("POST", ISSUERS + "/" + branch.getString("id") + "/key-rotation", org.admin(), null,
                branch.getInt("version")));
        assertThat(rotated.getJsonArray("keys")).hasSize(2);
        assertThat(rotated.getJsonArray("keys").getValuesAs(JsonObject.class)).extracting(k -> k.getBoolean("active"))
                .containsExactlyInAnyOrder(true, false);
        branch = rotated;
        verify(branchCertificate);
        var second = ToolClient.json(client.api("POST", credentials(org), org.coach(),
                "{\"kind\":\"branch\",\"branchIssuerId\":\"" + branch.getString("id") + "\"}"));
        var newKid = SignedJWT.parse(fetch(second.getJsonObject("links").getString("ob3")).body()).getHeader().getKeyID();
        assertThat(newKid).isNotEqualTo(oldKid);
        verify(second);
    }

    @Test
    @Order(5)
    void aRevocationShowsInTheBranchIssuersRevocationListOnly() throws Exception {
        var org = north();
        var listUrl = branch.getString("revocationList");
        var ownList = listUrl.substring(0, listUrl.indexOf("/issuers/")) + "/revocations";
        var before = ToolClient.json(fetch(listUrl));
        assertThat(before.getString("id")).isEqualTo(listUrl);
        assertThat(before.getString("issuer")).isEqualTo(branch.getString("profile"));
        assertThat(before.getJsonArray("revokedCredentials")).isEmpty();

        var revoked = client.api("POST", "/api/v1/credentials/" + branchCertificate.getString("id") + "/revocation",
                org.coach(), "{\"reason\":\"Per vergissing uitgegeven\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        var after = ToolClient.json(fetch(listUrl)).getJsonArray("revokedCredentials").getValuesAs(JsonObject.class);
        assertThat(after).extracting(r -> r.getString("id"))
                .containsExactly(branchCertificate.getJsonObject("links").getString("verify"));
        assertThat(after.getFirst().getString("revocationReason")).isEqualTo("Per vergissing uitgegeven");
        assertThat(after.getFirst().getBoolean("revoked")).isTrue();
        assertThat(ToolClient.json(fetch(ownList)).getJsonArray("revokedCredentials")).as("not the organisation's own list")
                .isEmpty();

        // the same list signed by the branch issuer: a plain JOSE check against the JWKS its kid names
        var signedResponse = http.send(HttpRequest.newBuilder(URI.create(listUrl)).header("Accept", "application/jwt")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedResponse.statusCode()).isEqualTo(200);
        assertThat(signedResponse.headers().firstValue("Content-Type").orElse("")).startsWith("application/jwt");
        var signed = SignedJWT.parse(signedResponse.body());
        var listKid = signed.getHeader().getKeyID();
        assertThat(listKid).startsWith(branch.getString("jwks") + "#");
        var listKey = (RSAKey) JWKSet.parse(fetch(listKid.substring(0, listKid.indexOf('#'))).body()).getKeyByKeyId(listKid);
        assertThat(signed.verify(new RSASSAVerifier(listKey))).isTrue();
        var signedList = Json.createReader(new StringReader(signed.getPayload().toString())).readObject();
        assertThat(signedList.getString("id")).isEqualTo(listUrl);
        assertThat(signedList.getString("issuer")).isEqualTo(branch.getString("profile"));
        assertThat(signedList.getString("iss")).isEqualTo(branch.getString("profile"));
        assertThat(signedList.getJsonArray("revokedCredentials").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("id") + " | " + r.getString("revocationReason"))
                .containsExactly(branchCertificate.getJsonObject("links").getString("verify") + " | Per vergissing uitgegeven");
        // the verification page and JSON still say it
        assertThat(ToolClient.json(fetch(branchCertificate.getJsonObject("links").getString("verify") + "/verification"))
                .getString("state")).isEqualTo("revoked");
        // another organisation's address does not know this branch issuer
        var southList = listUrl.replace(org.platform() == null ? "" : tenantOf(listUrl), tenantOf(south()));
        assertThat(fetch(southList).statusCode()).isEqualTo(404);
        assertThat(fetch(listUrl.replace(branch.getString("id"), java.util.UUID.randomUUID().toString())).statusCode())
                .isEqualTo(404);
    }

    /** The images on the first page of a PDF, as width x height. */
    private static List<String> images(byte[] pdf) throws Exception {
        var images = new java.util.ArrayList<String>();
        try (var doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        return images;
    }

    @Test
    @Order(6)
    void anOldCertificateKeepsTheLogosItWasIssuedWithAfterNewOnesAreUploaded() throws Exception {
        var org = north();
        var pdfUrl = Deployments.base() + branchCertificate.getJsonObject("links").getString("pdf");
        var before = fetchBytes(pdfUrl, org.participant());
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(images(before.body())).containsExactlyInAnyOrder("90x30", "60x30");

        // new logos for the branch issuer and the organisation
        branch = ok(client.api("GET", ISSUERS + "/" + branch.getString("id"), org.admin(), null));
        var stored = upload(ISSUERS + "/" + branch.getString("id") + "/logo", org.admin(), "image/png", png(40, 40),
                "\"" + branch.getInt("version") + "\"");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        branch = ToolClient.json(stored);
        var orgVersion = ok(client.api("GET", "/api/v1/organisation/credential-logo", org.admin(), null)).getInt("version");
        var orgLogo = upload("/api/v1/organisation/credential-logo", org.admin(), "image/png", png(120, 20),
                "\"" + orgVersion + "\"");
        assertThat(orgLogo.statusCode()).as(orgLogo.body()).isEqualTo(200);

        // the old certificate, downloaded again: the same logos as when it was issued
        var again = fetchBytes(pdfUrl, org.participant());
        assertThat(images(again.body())).containsExactlyInAnyOrder("90x30", "60x30");
        // a certificate issued now shows the new ones
        var fresh = ToolClient.json(client.api("POST", credentials(org), org.coach(),
                "{\"kind\":\"branch\",\"branchIssuerId\":\"" + branch.getString("id") + "\"}"));
        var freshPdf = fetchBytes(Deployments.base() + fresh.getJsonObject("links").getString("pdf"), org.participant());
        assertThat(images(freshPdf.body())).containsExactlyInAnyOrder("120x20", "40x40");
        // the public profile shows the branch issuer's logo as it is now
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(fetchBytes(branch.getString("logo"), null).body()))
                .getWidth()).isEqualTo(40);
    }

    @Test
    @Order(7)
    void aRetiredBranchIssuerIsNoLongerOfferedButWhatItIssuedStillVerifies() throws Exception {
        var org = north();
        var id = branch.getString("id");
        var retirement = ISSUERS + "/" + id + "/retirement";
        branch = ok(client.api("GET", ISSUERS + "/" + id, org.admin(), null));
        // only this organisation's admins, naming the version they saw
        assertProblemNaming(client.api("POST", retirement, org.coach(), null, branch.getInt("version")), 403, null);
        assertProblemNaming(client.api("POST", retirement, org.participant(), null, branch.getInt("version")), 403, null);
        assertProblemNaming(client.api("POST", retirement, south().admin(), null, branch.getInt("version")), 404, null);
        assertProblemNaming(client.api("POST", retirement, org.admin(), null), 428, null);
        assertProblemNaming(client.api("POST", retirement, org.admin(), null, branch.getInt("version") + 7), 412, null);
        var retired = ok(client.api("POST", retirement, org.admin(), null, branch.getInt("version")));
        assertThat(retired.getString("retiredAt", null)).isNotNull();
        assertThat(retired.getInt("version")).isGreaterThan(branch.getInt("version"));
        branch = retired;

        // no longer offered, issuing under it refused, no more changes
        assertThat(ToolClient.jsonArray(client.api("GET", "/api/v1/credential-issuers", org.coach(), null))
                .getValuesAs(JsonObject.class)).extracting(b -> b.getString("id")).doesNotContain(id);
        var refused = client.api("POST", credentials(org), org.coach(),
                "{\"kind\":\"branch\",\"branchIssuerId\":\"" + id + "\"}");
        assertProblemNaming(refused, 409, null);
        assertThat(ToolClient.json(refused).getString("type")).endsWith("issuer-retired");
        assertProblemNaming(client.api("POST", retirement, org.admin(), null, branch.getInt("version")), 409, null);
        assertProblemNaming(client.api("PUT", ISSUERS + "/" + id, org.admin(),
                "{\"name\":\"Nieuw\",\"url\":\"https://nieuw.example\"}", branch.getInt("version")), 409, null);
        assertProblemNaming(client.api("POST", ISSUERS + "/" + id + "/key-rotation", org.admin(), null, branch.getInt("version")),
                409, null);
        // the admin still sees it, marked retired
        assertThat(ToolClient.jsonArray(client.api("GET", ISSUERS, org.admin(), null)).getValuesAs(JsonObject.class))
                .filteredOn(b -> b.getString("id").equals(id)).singleElement()
                .satisfies(b -> assertThat(b.isNull("retiredAt")).isFalse());

        // what it issued stays verifiable: a plain JOSE check against the JWKS its kid names, the page, the PDF
        verify(branchCertificate);
        var links = branchCertificate.getJsonObject("links");
        assertThat(fetch(links.getString("verify")).statusCode()).isEqualTo(200);
        assertThat(ToolClient.json(fetch(links.getString("verify") + "/verification")).getString("issuer"))
                .isEqualTo("Branchevereniging Groen en Tuin");
        assertThat(fetchBytes(Deployments.base() + links.getString("pdf"), org.participant()).statusCode()).isEqualTo(200);
        assertThat(fetch(branch.getString("revocationList")).statusCode()).isEqualTo(200);
        assertThat(fetch(branch.getString("profile")).statusCode()).isEqualTo(200);
    }

    private static String tenantOf(String url) {
        var after = url.substring(url.indexOf("/credentials/") + "/credentials/".length());
        return after.substring(0, after.indexOf('/'));
    }

    private String tenantOf(Organisation org) throws Exception {
        var other = ToolClient.jsonArray(client.api("GET", ISSUERS, org.admin(), null)).getValuesAs(JsonObject.class);
        return tenantOf(other.getFirst().getString("profile"));
    }
}
