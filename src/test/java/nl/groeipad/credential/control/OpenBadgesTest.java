package nl.groeipad.credential.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.crypto.RSASSAVerifier;
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
import nl.groeipad.TestKeys;
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
        var key = TestKeys.rsa(4, "k1");
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
        assertThat(json.getJsonObject("credentialStatus").getString("id")).isEqualTo(URLS.revocationList());
        assertThat(json.getJsonObject("credentialStatus").getString("type")).isEqualTo("1EdTechRevocationList");
    }

    static final String BRANCH = "b0000000-0000-0000-0000-00000000000b";

    static Credential branchCertificate() {
        var c = certificate();
        c.underBranch(BRANCH, "Branchevereniging Groen", "https://www.branche-groen.example");
        return c;
    }

    @Test
    void aBranchCertificateNamesTheBranchAsIssuerMeetsTheSchemaAndVerifiesAgainstTheBranchKey() throws Exception {
        var branchKey = TestKeys.rsa(5, "bk1");
        var ownKey = TestKeys.rsa(4, "k1");
        var c = branchCertificate();
        var jwt = OpenBadges.sign(OpenBadges.ob3(c, URLS), branchKey, URLS.branchKid(BRANCH, "bk1"));

        var parsed = SignedJWT.parse(jwt);
        assertThat(parsed.getHeader().getKeyID())
                .isEqualTo("https://groeipad.example/credentials/" + URLS.tenantId() + "/issuers/" + BRANCH + "/jwks#bk1");
        assertThat(parsed.verify(new RSASSAVerifier(branchKey.toRSAPublicKey()))).isTrue();
        assertThat(parsed.verify(new RSASSAVerifier(ownKey.toRSAPublicKey()))).as("not the organisation's key").isFalse();
        assertThat(parsed.getJWTClaimsSet().getIssuer()).isEqualTo(URLS.branchIssuer(BRANCH));

        var schemaFile = SharedFolder.file("schemas/openbadges/ob_v3p0_achievementcredential.schema.json");
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(Files.readString(schemaFile), InputFormat.JSON);
        var payload = parsed.getPayload().toString();
        assertThat(schema.validate(payload, InputFormat.JSON)).isEmpty();

        var json = Json.createReader(new StringReader(payload)).readObject();
        var issuer = json.getJsonObject("issuer");
        assertThat(issuer.getString("id")).isEqualTo(URLS.branchIssuer(BRANCH));
        assertThat(issuer.getString("name")).isEqualTo("Branchevereniging Groen");
        assertThat(issuer.getString("url")).isEqualTo("https://www.branche-groen.example");
        assertThat(json.getJsonObject("credentialStatus").getString("id")).isEqualTo(URLS.branchRevocationList(BRANCH));
        assertThat(json.getJsonObject("credentialStatus").getString("type")).isEqualTo("1EdTechRevocationList");
        assertThat(c.kind().code()).isEqualTo("branch");
        assertThat(c.kind().issuedByUs()).isTrue();
        assertThat(OpenBadges.badgeClass(c, URLS).getString("issuer")).isEqualTo(URLS.branchIssuer(BRANCH));
        var ob2Issuer = OpenBadges.branchIssuer(URLS.branchIssuer(BRANCH), c.issuerName(), c.issuerUrl(), URLS.branchLogo(BRANCH));
        assertThat(ob2Issuer.getString("type")).isEqualTo("Issuer");
        assertThat(ob2Issuer.getString("image")).isEqualTo(URLS.branchLogo(BRANCH));
    }

    @Test
    void aSignedCertificateCannotBeMovedUnderABranch() throws Exception {
        var c = certificate();
        c.sign("k1", "x.y.z");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.underBranch(BRANCH, "B", "https://b.example"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRevocationListNamesItselfTheIssuerAndEachRevokedCredential() {
        var list = OpenBadges.revocationListDocument(URLS.branchRevocationList(BRANCH), URLS.branchIssuer(BRANCH),
                List.<String[]>of(new String[] {URLS.page("abc"), "Per vergissing"}));
        assertThat(list.getString("id")).isEqualTo(URLS.branchRevocationList(BRANCH));
        assertThat(list.getString("issuer")).isEqualTo(URLS.branchIssuer(BRANCH));
        assertThat(list.getJsonArray("revokedCredentials")).hasSize(1);
        assertThat(list.getJsonArray("revokedCredentials").getJsonObject(0).getString("id")).isEqualTo(URLS.page("abc"));
        assertThat(list.getJsonArray("revokedCredentials").getJsonObject(0).getString("revocationReason"))
                .isEqualTo("Per vergissing");
        assertThat(list.getJsonArray("revokedCredentials").getJsonObject(0).getBoolean("revoked")).isTrue();
        assertThat(list.keySet()).as("RevocationList: exactly id, issuer, revokedCredentials")
                .containsExactlyInAnyOrder("id", "issuer", "revokedCredentials");
        assertThat(list.getJsonArray("revokedCredentials").getJsonObject(0).keySet())
                .as("RevokedCredential: id, revoked, revocationReason")
                .containsExactlyInAnyOrder("id", "revoked", "revocationReason");
    }

    @Test
    void theSignedRevocationListVerifiesWithPlainNimbusAndCarriesTheSameList() throws Exception {
        var key = TestKeys.rsa(4, "k1");
        var list = OpenBadges.revocationListDocument(URLS.revocationList(), URLS.issuer(),
                List.<String[]>of(new String[] {URLS.page("abc"), "Per vergissing uitgegeven"}));
        var jwt = SignedJWT.parse(OpenBadges.signRevocationList(list, key, URLS.kid("k1"),
                Instant.parse("2026-12-06T10:00:00Z")));
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(URLS.kid("k1"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(URLS.issuer());
        assertThat(claims.getStringClaim("id")).isEqualTo(URLS.revocationList());
        assertThat(claims.getStringClaim("issuer")).isEqualTo(URLS.issuer());
        @SuppressWarnings("unchecked")
        var revoked = (java.util.Map<String, Object>) claims.getListClaim("revokedCredentials").getFirst();
        assertThat(revoked).containsEntry("id", URLS.page("abc")).containsEntry("revoked", true)
                .containsEntry("revocationReason", "Per vergissing uitgegeven");
        var other = TestKeys.rsa(6, null);
        assertThat(jwt.verify(new RSASSAVerifier(other.toRSAPublicKey()))).as("another key refuses it").isFalse();
    }

    @Test
    void everyFontInThePdfIsEmbeddedAndDutchCharactersShowAsThemselves() throws Exception {
        var c = Credential.issue(
                new Credential.Recipient("c0000000-0000-0000-0000-000000000001", "u0000000-0000-0000-0000-000000000001",
                        "Zoë Çelik-Hähnel", null),
                new Credential.Subject("route", "r0000000-0000-0000-0000-000000000001", "Café-ervaring: coördinatie",
                        null, null, "33bf07cf-48aa-43c1-b27d-e4900d3d3cba", "Werknemersvaardigheden",
                        List.of(new Achieved("572afc48-5b47-45f7-a167-1103f8709b32", null, "Reëel plannen", Level.B))),
                new Credential.Issuer("u0000000-0000-0000-0000-000000000002", "René Coach", "Groenbedrijf ’t Noorden",
                        URLS.base()),
                "Je hebt ’t gehaald, Zoë! Één dag per week extra geoefend: geweldig.", Instant.parse("2026-12-06T10:00:00Z"));
        var bytes = CertificatePdf.render(c, "nl", new Color(0x0A6B4F), URLS.page(c.id()));
        try (var pdf = Loader.loadPDF(bytes)) {
            var fonts = new java.util.ArrayList<org.apache.pdfbox.pdmodel.font.PDFont>();
            var resources = pdf.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).as("the page uses fonts").isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                if (font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0) {
                    assertThat(type0.getDescendantFont().isEmbedded()).isTrue();
                }
            });
            assertThat(fonts).extracting(org.apache.pdfbox.pdmodel.font.PDFont::getName)
                    .allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Zoë Çelik-Hähnel", "Café-ervaring: coördinatie", "Reëel plannen: Niveau B",
                    "Groenbedrijf ’t Noorden", "Je hebt ’t gehaald, Zoë!", "Één dag", "René Coach");
            assertThat(text).doesNotContain("?");
            // PDF/UA markers: the title in the document info and XMP (dc:title), shown by viewers, PDF/UA-1 identification
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Zoë Çelik-Hähnel");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            var xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "<dc:title>", "Zoë Çelik-Hähnel",
                    "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
            var parsed = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(pdf.getDocumentCatalog().getMetadata().toByteArray()));
            assertThat(parsed.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").getLength())
                    .as("the XMP is well-formed XML with dc:title").isEqualTo(1);
        }
    }

    static byte[] png(int width, int height, Color colour) throws Exception {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theBranchCertificatePdfShowsBothLogosAsFiguresWithAlternativeTextAndNamesTheBranch() throws Exception {
        var c = branchCertificate();
        var logos = new CertificatePdf.Logos(png(300, 120, Color.BLUE), png(200, 200, Color.RED));
        var bytes = CertificatePdf.render(c, "nl", new Color(0x0A6B4F), URLS.page(c.id()), logos);
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            var images = new java.util.ArrayList<String>();
            var resources = pdf.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertThat(images).containsExactlyInAnyOrder("300x120", "200x200");
            var alts = new java.util.ArrayList<String>();
            collectAlternates(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).contains("Logo van Groenbedrijf Noord", "Logo van Branchevereniging Groen");
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Branchecertificaat", "Namens Branchevereniging Groen",
                    "Uitgegeven door: Karel Coach, Groenbedrijf Noord, namens Branchevereniging Groen", "Sanne de Vries");
        }
        var plain = CertificatePdf.render(certificate(), "en", Color.BLACK, URLS.page(c.id()));
        try (var pdf = Loader.loadPDF(plain)) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("no logo uploaded: none drawn").isEmpty();
        }
    }

    private static void collectAlternates(List<Object> kids, List<String> alts) {
        for (var kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                collectAlternates(e.getKids(), alts);
            }
        }
    }

    @Test
    void aTamperedCredentialIsRefused() throws Exception {
        var key = TestKeys.rsa(4, "k1");
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
