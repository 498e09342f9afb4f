package nl.groeipad.credential.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import java.awt.Color;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.groeipad.SharedFolder;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.credential.entity.Achieved;
import nl.groeipad.credential.entity.Credential;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A certificate's Open Badges, PDF and baked badge, checked without our code paths: the VC-JWT with plain Nimbus
 * and the official OB 3.0 JSON schema (from the shared folder), the PDF read back with PDFBox's text extraction and
 * its structure tree, the PNG's chunks read byte by byte.
 */
class OpenBadgesTest {

    static final CredentialUrls URLS = new CredentialUrls("https://groeipad.example", "5c7d6a0e-7e0a-4b0c-9a57-1d1b1f4a2c3e");

    static Credential certificate() {
        return Credential.issue(
                new Credential.Recipient("c0000000-0000-0000-0000-000000000001", "u0000000-0000-0000-0000-000000000001",
                        "Sanne de Vries", "Sanne@Example.org"),
                new Credential.Subject("route", "r0000000-0000-0000-0000-000000000001", "Starten in de groenvoorziening",
                        null, null, "33bf07cf-48aa-43c1-b27d-e4900d3d3cba", "Werknemersvaardigheden",
                        List.of(new Achieved("572afc48-5b47-45f7-a167-1103f8709b32", null, "Veilig werken", Level.B),
                                new Achieved("a0785b0f-08ce-47af-a0e1-14f2545746cb", null, "Op tijd komen", Level.C))),
                new Credential.Issuer("u0000000-0000-0000-0000-000000000002", "Karel Coach", "Groenbedrijf Noord",
                        URLS.base()),
                "Goed gedaan, Sanne!", Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void theSignedCredentialMeetsTheOfficialSchemaAndVerifiesWithPlainNimbus() throws Exception {
        var key = new RSAKeyGenerator(2048).keyID("k1").generate();
        var c = certificate();
        var jwt = OpenBadges.sign(OpenBadges.ob3(c, URLS), key, URLS.kid("k1"));

        var parsed = SignedJWT.parse(jwt);
        assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(parsed.getHeader().getKeyID()).isEqualTo(URLS.jwks() + "#k1");
        assertThat(parsed.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        var claims = parsed.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(URLS.issuer());
        assertThat(claims.getJWTID()).isEqualTo(URLS.page(c.id()));

        var schemaFile = SharedFolder.file("schemas/openbadges/ob_v3p0_achievementcredential.schema.json");
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(Files.readString(schemaFile), InputFormat.JSON);
        var payload = parsed.getPayload().toString();
        assertThat(schema.validate(payload, InputFormat.JSON)).isEmpty();
        // the schema does check: without validFrom the credential is refused
        assertThat(schema.validate(payload.replace("\"validFrom\"", "\"validFromX\""), InputFormat.JSON)).isNotEmpty();

        var json = Json.createReader(new StringReader(payload)).readObject();
        var subject = json.getJsonObject("credentialSubject");
        var achievement = subject.getJsonObject("achievement");
        assertThat(achievement.getJsonArray("alignment").getJsonObject(0).getString("targetUrl"))
                .isEqualTo("https://groeipad.example/ims/case/v1p0/CFItems/572afc48-5b47-45f7-a167-1103f8709b32");
        var result = subject.getJsonArray("result").getJsonObject(0);
        assertThat(result.getString("achievedLevel")).endsWith("-level-B");
        assertThat(achievement.getJsonArray("resultDescription").getJsonObject(0).getString("id"))
                .isEqualTo(result.getString("resultDescription"));
        assertThat(json.getJsonObject("credentialStatus").getString("id")).isEqualTo(URLS.status(c.id()));
    }

    @Test
    void aTamperedCredentialIsRefused() throws Exception {
        var key = new RSAKeyGenerator(2048).keyID("k1").generate();
        var jwt = OpenBadges.sign(OpenBadges.ob3(certificate(), URLS), key, URLS.kid("k1"));
        var parts = jwt.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Niveau B", "Niveau C");
        var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(SignedJWT.parse(tampered).verify(new RSASSAVerifier(key.toRSAPublicKey()))).isFalse();
    }

    @Test
    void theOb2AssertionIsHostedWithAHashedEmailRecipient() {
        var c = certificate();
        var assertion = OpenBadges.assertion(c, URLS);
        assertThat(assertion.getString("@context")).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.getString("type")).isEqualTo("Assertion");
        assertThat(assertion.getJsonObject("verification").getString("type")).isEqualTo("hosted");
        assertThat(assertion.getString("badge")).isEqualTo(URLS.badgeClass(c.id()));
        var recipient = assertion.getJsonObject("recipient");
        assertThat(recipient.getString("type")).isEqualTo("email");
        assertThat(recipient.getBoolean("hashed")).isTrue();
        assertThat(recipient.getString("identity")).isEqualTo("sha256$" + sha256("sanne@example.org" + recipient.getString("salt")));
        var badge = OpenBadges.badgeClass(c, URLS);
        assertThat(badge.getString("type")).isEqualTo("BadgeClass");
        assertThat(badge.getString("issuer")).isEqualTo(URLS.issuer());
        assertThat(badge.getJsonObject("criteria").getString("narrative")).contains("Veilig werken");
    }

    @Test
    void theBakedBadgeCarriesTheAssertionInAnITxtChunk() {
        var assertion = OpenBadges.assertion(certificate(), URLS).toString();
        var png = BadgeImage.bake(BadgeImage.png(new Color(0x0A6B4F)), assertion);
        var buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        String found = null;
        while (buffer.remaining() > 12) {
            var length = buffer.getInt();
            var type = new byte[4];
            buffer.get(type);
            var data = new byte[length];
            buffer.get(data);
            buffer.getInt();
            if (new String(type, StandardCharsets.ISO_8859_1).equals("iTXt")) {
                var text = new String(data, StandardCharsets.UTF_8);
                if (text.startsWith("openbadges\0")) {
                    found = text.substring("openbadges".length() + 5);
                }
            }
        }
        assertThat(found).isEqualTo(assertion);
    }

    @Test
    void thePdfIsTaggedWithItsLanguageAndSaysWhatWasAchieved() throws Exception {
        var c = certificate();
        var bytes = CertificatePdf.render(c, "nl", new Color(0x0A6B4F), URLS.page(c.id()));
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Certificaat", "Sanne de Vries", "Starten in de groenvoorziening",
                    "Veilig werken: Niveau B", "Op tijd komen: Niveau C", "6 december 2026", "Karel Coach",
                    "Handtekening", "Goed gedaan, Sanne!", URLS.page(c.id()));
        }
        var english = CertificatePdf.render(c, "en", Color.BLACK, URLS.page(c.id()));
        try (var pdf = Loader.loadPDF(english)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Certificate", "Veilig werken: Level B", "Signature");
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
