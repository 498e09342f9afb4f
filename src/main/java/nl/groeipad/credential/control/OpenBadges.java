package nl.groeipad.credential.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.credential.entity.Achieved;
import nl.groeipad.credential.entity.Credential;
import nl.groeipad.credential.entity.Revocation;

/**
 * A certificate as Open Badges: the 3.0 {@code OpenBadgeCredential} (VC Data Model 2.0 and OB 3.0 contexts), signed as
 * VC-JWT (RS256, the credential as the JWT's claims set, with {@code iss}, {@code jti}, {@code nbf}; the header's
 * {@code kid} is the address of the organisation's JWKS with the key's id as fragment), and the 2.0 hosted
 * {@code Assertion}, {@code BadgeClass} and {@code Issuer} that Moodle's backpacks import.
 */
public final class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";
    /** The credentialStatus of certificates issued before the revocation list (their signed form keeps it). */
    public static final String STATUS_TYPE = "GroeipadCredentialStatus";
    /** The 1EdTech Revocation List Status Method: the status names the issuer's revocation list. */
    public static final String REVOCATION_LIST_TYPE = "1EdTechRevocationList";

    private OpenBadges() {
    }

    /** The Open Badges 3.0 credential of a certificate, unsigned. */
    public static JsonObject ob3(Credential c, CredentialUrls urls) {
        var achievement = Json.createObjectBuilder()
                .add("id", urls.badgeClass(c.id()))
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Certificate")
                .add("name", c.title())
                .add("description", description(c))
                .add("criteria", Json.createObjectBuilder().add("narrative", criteria(c)))
                .add("image", Json.createObjectBuilder().add("id", urls.badgeImage(c.id())).add("type", "Image"))
                .add("inLanguage", "nl")
                .add("alignment", alignments(c, urls, true));
        var descriptions = Json.createArrayBuilder();
        var results = Json.createArrayBuilder();
        for (var a : c.achieved()) {
            var rd = resultDescriptionId(urls, c, a);
            var levels = Json.createArrayBuilder();
            for (var level : Level.values()) {
                levels.add(Json.createObjectBuilder().add("id", levelId(urls, c, a, level))
                        .add("type", Json.createArrayBuilder().add("RubricCriterionLevel"))
                        .add("name", LevelWords.name(level).nl())
                        .add("description", LevelWords.meaning(level).nl()));
            }
            descriptions.add(Json.createObjectBuilder().add("id", rd)
                    .add("type", Json.createArrayBuilder().add("ResultDescription"))
                    .add("name", a.title())
                    .add("resultType", "RubricCriterionLevel")
                    .add("alignment", Json.createArrayBuilder().add(alignment(c, urls, a, true)))
                    .add("rubricCriterionLevel", levels)
                    .add("requiredLevel", levelId(urls, c, a, a.level())));
            results.add(Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("Result"))
                    .add("resultDescription", rd)
                    .add("achievedLevel", levelId(urls, c, a, a.level()))
                    .add("alignment", Json.createArrayBuilder().add(alignment(c, urls, a, true))));
        }
        achievement.add("resultDescription", descriptions);
        var subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("achievement", achievement)
                .add("result", results)
                .add("identifier", identifiers(c));
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB3_CONTEXT))
                .add("id", urls.page(c.id()))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", c.title())
                .add("issuer", Json.createObjectBuilder().add("id", issuerId(c, urls))
                        .add("type", Json.createArrayBuilder().add("Profile"))
                        .add("name", c.issuerName()).add("url", c.issuerUrl() != null ? c.issuerUrl() : urls.base()))
                .add("validFrom", time(c.issuedAt()))
                .add("awardedDate", time(c.issuedAt()))
                .add("credentialSubject", subject)
                .add("credentialStatus", Json.createObjectBuilder().add("id", revocationList(c, urls))
                        .add("type", REVOCATION_LIST_TYPE))
                .build();
    }

    /** The issuer of a certificate: the organisation's profile, or the branch issuer's it was issued under. */
    public static String issuerId(Credential c, CredentialUrls urls) {
        return c.branchIssuerId() == null ? urls.issuer() : urls.branchIssuer(c.branchIssuerId());
    }

    /** The 1EdTech revocation list a certificate's status names: its issuer's. */
    public static String revocationList(Credential c, CredentialUrls urls) {
        return c.branchIssuerId() == null ? urls.revocationList() : urls.branchRevocationList(c.branchIssuerId());
    }

    /** The media type of the signed revocation list (JWS compact serialisation). */
    public static final String JWT_MEDIA_TYPE = "application/jwt";

    /**
     * An issuer's revocation list (1EdTech Revocation List Status Method 1.0, {@code RevocationList}): {@code id} the
     * list's own address (the {@code credentialStatus.id} of the credentials it covers), {@code issuer} the id of the
     * credentials' issuer, and {@code revokedCredentials}: every revoked credential as a {@code RevokedCredential}
     * with the credential's {@code id}, {@code revoked} true and the {@code revocationReason}.
     */
    public static JsonObject revocationListDocument(String listId, String issuerId, java.util.List<String[]> revoked) {
        var list = Json.createArrayBuilder();
        revoked.forEach(r -> list.add(Json.createObjectBuilder().add("id", r[0]).add("revoked", true)
                .add("revocationReason", r[1])));
        return Json.createObjectBuilder().add("id", listId).add("issuer", issuerId).add("revokedCredentials", list).build();
    }

    /**
     * The revocation list signed by its issuer, as a JWT (JWS compact, RS256, {@code typ} JWT, {@code kid} the URL of
     * the issuer's key in its JWKS): the claims are the list itself plus {@code iss} (the issuer) and {@code iat}.
     */
    public static String signRevocationList(JsonObject list, RSAKey key, String kid, Instant now) {
        var claims = Json.createObjectBuilder(list).add("iss", list.getString("issuer"))
                .add("iat", now.getEpochSecond()).build();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build();
        var jws = new JWSObject(header, new Payload(claims.toString()));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a revocation list failed", e);
        }
        return jws.serialize();
    }

    /** The credential as VC-JWT: JWS compact serialisation, RS256, the credential plus iss/jti/nbf/iat as claims. */
    public static String sign(JsonObject credential, RSAKey key, String kid) {
        var claims = Json.createObjectBuilder(credential)
                .add("iss", credential.getJsonObject("issuer").getString("id"))
                .add("jti", credential.getString("id"))
                .add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond())
                .add("iat", Instant.parse(credential.getString("validFrom")).getEpochSecond())
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(new JOSEObjectType("vc+jwt")).build();
        var jws = new JWSObject(header, new Payload(claims.toString()));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a credential failed", e);
        }
        return jws.serialize();
    }

    /** The OB 2.0 hosted Assertion; a revoked one is answered (with 410) as {@link #revokedAssertion}. */
    public static JsonObject assertion(Credential c, CredentialUrls urls) {
        var recipient = Json.createObjectBuilder();
        if (c.recipientEmailHash() != null) {
            recipient.add("type", "email").add("hashed", true).add("salt", c.recipientSalt())
                    .add("identity", c.recipientEmailHash());
        } else {
            // No e-mail address from the LMS: the recipient is named by the credential's own page.
            recipient.add("type", "url").add("hashed", false).add("identity", urls.page(c.id()));
        }
        var assertion = Json.createObjectBuilder()
                .add("@context", OB2_CONTEXT)
                .add("type", "Assertion")
                .add("id", urls.assertion(c.id()))
                .add("recipient", recipient)
                .add("badge", urls.badgeClass(c.id()))
                .add("verification", Json.createObjectBuilder().add("type", "hosted"))
                .add("issuedOn", time(c.issuedAt()))
                .add("image", urls.badgeImage(c.id()));
        if (c.validUntil() != null) {
            assertion.add("expires", time(c.validUntil()));
        }
        return assertion.build();
    }

    public static JsonObject revokedAssertion(Credential c, CredentialUrls urls, Revocation r) {
        return Json.createObjectBuilder().add("@context", OB2_CONTEXT).add("type", "Assertion")
                .add("id", urls.assertion(c.id())).add("revoked", true).add("revocationReason", r.reason()).build();
    }

    /** The OB 2.0 BadgeClass of a certificate. */
    public static JsonObject badgeClass(Credential c, CredentialUrls urls) {
        return Json.createObjectBuilder()
                .add("@context", OB2_CONTEXT)
                .add("type", "BadgeClass")
                .add("id", urls.badgeClass(c.id()))
                .add("name", c.title())
                .add("description", description(c))
                .add("image", urls.badgeImage(c.id()))
                .add("criteria", Json.createObjectBuilder().add("id", urls.page(c.id())).add("narrative", criteria(c)))
                .add("issuer", issuerId(c, urls))
                .add("alignment", alignments(c, urls, false))
                .add("tags", Json.createArrayBuilder().add("groeipad").add("certificaat"))
                .build();
    }

    /** The organisation as OB 2.0 Issuer (also the OB 3.0 issuer profile's id). */
    public static JsonObject issuer(String organisationName, CredentialUrls urls) {
        return Json.createObjectBuilder()
                .add("@context", OB2_CONTEXT)
                .add("type", "Issuer")
                .add("id", urls.issuer())
                .add("name", organisationName)
                .add("url", urls.base())
                .build();
    }

    /** A branch issuer as OB 2.0 Issuer (also the id of its OB 3.0 issuer profile). */
    public static JsonObject branchIssuer(String id, String name, String url, String logoUrl) {
        var issuer = Json.createObjectBuilder()
                .add("@context", OB2_CONTEXT)
                .add("type", "Issuer")
                .add("id", id)
                .add("name", name)
                .add("url", url);
        if (logoUrl != null) {
            issuer.add("image", logoUrl);
        }
        return issuer.build();
    }

    static String description(Credential c) {
        if (c.description() != null && !c.description().isBlank()) {
            return c.description();
        }
        if (c.branchIssuerId() != null) {
            return "Branchecertificaat van " + c.issuerName() + ", uitgegeven door " + c.organisationName()
                    + ", voor de route \"" + c.title() + "\".";
        }
        return "Certificaat van " + c.organisationName() + " voor de route \"" + c.title() + "\".";
    }

    static String criteria(Credential c) {
        if (c.criteria() != null && !c.criteria().isBlank()) {
            return c.criteria();
        }
        var text = new StringBuilder("De deelnemer liet op het werk zien dat hij of zij dit kan:");
        for (var a : c.achieved()) {
            text.append("\n- ").append(a.title()).append(": ").append(LevelWords.name(a.level()).nl()).append(". ")
                    .append(LevelWords.meaning(a.level()).nl());
        }
        return text.toString();
    }

    private static JsonArrayBuilder identifiers(Credential c) {
        var ids = Json.createArrayBuilder();
        ids.add(Json.createObjectBuilder().add("type", "IdentityObject").add("identityType", "name")
                .add("hashed", false).add("identityHash", c.participantName()));
        if (c.recipientEmailHash() != null) {
            ids.add(Json.createObjectBuilder().add("type", "IdentityObject").add("identityType", "emailAddress")
                    .add("hashed", true).add("identityHash", c.recipientEmailHash()).add("salt", c.recipientSalt()));
        }
        return ids;
    }

    private static JsonArrayBuilder alignments(Credential c, CredentialUrls urls, boolean ob3) {
        var list = Json.createArrayBuilder();
        c.achieved().forEach(a -> list.add(alignment(c, urls, a, ob3)));
        return list;
    }

    private static JsonObjectBuilder alignment(Credential c, CredentialUrls urls, Achieved a, boolean ob3) {
        var o = Json.createObjectBuilder();
        if (ob3) {
            o.add("type", Json.createArrayBuilder().add("Alignment")).add("targetType", "CFItem");
        }
        o.add("targetName", a.title()).add("targetUrl", urls.caseItem(a.competencyKey()))
                .add("targetCode", a.competencyKey())
                .add("targetDescription", a.title() + " – " + LevelWords.name(a.level()).nl());
        if (c.frameworkTitle() != null) {
            o.add("targetFramework", c.frameworkTitle());
        }
        return o;
    }

    private static String resultDescriptionId(CredentialUrls urls, Credential c, Achieved a) {
        return urls.badgeClass(c.id()) + "#competency-" + a.competencyKey();
    }

    private static String levelId(CredentialUrls urls, Credential c, Achieved a, Level level) {
        return resultDescriptionId(urls, c, a) + "-level-" + level.name();
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
