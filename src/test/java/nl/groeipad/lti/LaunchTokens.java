package nl.groeipad.lti;

import static nl.groeipad.lti.entity.LtiClaims.CONTEXT;
import static nl.groeipad.lti.entity.LtiClaims.CUSTOM;
import static nl.groeipad.lti.entity.LtiClaims.DEEP_LINKING_REQUEST;
import static nl.groeipad.lti.entity.LtiClaims.DEEP_LINKING_SETTINGS;
import static nl.groeipad.lti.entity.LtiClaims.DEPLOYMENT_ID;
import static nl.groeipad.lti.entity.LtiClaims.LAUNCH_PRESENTATION;
import static nl.groeipad.lti.entity.LtiClaims.MESSAGE_TYPE;
import static nl.groeipad.lti.entity.LtiClaims.RESOURCE_LINK;
import static nl.groeipad.lti.entity.LtiClaims.RESOURCE_LINK_REQUEST;
import static nl.groeipad.lti.entity.LtiClaims.ROLES;
import static nl.groeipad.lti.entity.LtiClaims.TARGET_LINK_URI;
import static nl.groeipad.lti.entity.LtiClaims.TOOL_PLATFORM;
import static nl.groeipad.lti.entity.LtiClaims.VERSION;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.groeipad.TestKeys;
import nl.groeipad.lti.control.LaunchValidator.Expectation;
import nl.groeipad.lti.control.LaunchValidator.KeyLookup;
import nl.groeipad.platform.entity.TenantId;

/**
 * LTI 1.3 id_tokens for tests, valid by default: {@link #validLaunch()} is what Moodle 5.1 sends when a
 * learner opens an activity (claims as captured in {@code moodle/student_resource_link_launch.json}),
 * signed RS256 by a platform key generated for the test run. Each test changes one thing:
 *
 * <pre>
 * validLaunch().without(DEPLOYMENT_ID).sign()
 * validLaunch().alg(JWSAlgorithm.HS256).sign()
 * validLaunch().signedWith(LaunchTokens.otherKeyWithTheSameKid()).sign()
 * </pre>
 *
 * {@link #expectation()} is what the login step and the registration expect of that token.
 */
public final class LaunchTokens {

    public static final String ISSUER = "http://localhost:8081";
    public static final String CLIENT_ID = "IlvFeYJdhVRoIwC";
    public static final String DEPLOYMENT = "1";
    public static final String NONCE = "kF7KDOn4t8iE8vdVtZuGfGdbpvdWq8Zn";
    public static final String KEY_ID = "c7224e7a996ea7768417";
    public static final TenantId TENANT = TenantId.of("7d4e3b0a-5a43-4c3e-9a57-3f0f3b1c2d4e");
    /** The moment Moodle issued the captured learner launch; the test clock stands here. */
    public static final Instant NOW = Instant.parse("2026-11-30T04:23:10Z");
    /** Moodle's id_tokens live 60 seconds. */
    public static final Duration MOODLE_TOKEN_LIFETIME = Duration.ofSeconds(60);

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String DEEP_LINK_RETURN_URL =
            "http://localhost:8081/mod/lti/contentitem_return.php?course=2&id=1&sesskey=LcKoRe9LmD";

    private static final RSAKey PLATFORM_KEY = TestKeys.rsa(1, KEY_ID);

    private LaunchTokens() {
    }

    /** deelnemer1 (sub "4", Learner) opens "Harness LTI (embed)" in course WPO Demo, as Moodle 5.1 sends it. */
    public static Builder validLaunch() {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT_ID);
        claims.put("sub", "4");
        claims.put("iat", NOW.getEpochSecond());
        claims.put("exp", NOW.plus(MOODLE_TOKEN_LIFETIME).getEpochSecond());
        claims.put("nonce", NONCE);
        claims.put("given_name", "Deelnemer");
        claims.put("family_name", "Een");
        claims.put("name", "Deelnemer Een");
        claims.put("email", "deelnemer1@example.com");
        claims.put(VERSION, "1.3.0");
        claims.put(MESSAGE_TYPE, RESOURCE_LINK_REQUEST);
        claims.put(DEPLOYMENT_ID, DEPLOYMENT);
        claims.put(TARGET_LINK_URI, "http://127.0.0.1:8199/launch");
        claims.put(ROLES, List.of(LEARNER));
        claims.put(RESOURCE_LINK, Map.of("id", "1", "title", "Harness LTI (embed)",
                "description", "Harness LTI 1.3 activity"));
        claims.put(CONTEXT, Map.of("id", "2", "label", "WPO1", "title", "WPO Demo", "type", List.of("CourseSection")));
        claims.put(LAUNCH_PRESENTATION, Map.of("document_target", "iframe", "locale", "en",
                "return_url", "http://localhost:8081/mod/lti/return.php?course=2&launch_container=3&instanceid=1"));
        claims.put(TOOL_PLATFORM, Map.of("guid", "98daef0d140336987df50be481a47723", "name", "Harness",
                "product_family_code", "moodle", "version", "2025100600.02"));
        claims.put(CUSTOM, Map.of("activity", "harness_lti_embed_", "harness", "1"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/ext", Map.of("lms", "moodle-2", "user_username", "deelnemer1"));
        return new Builder(claims);
    }

    /** coach1 (sub "3", Instructor) clicks "Select content" in Moodle's add-activity form. */
    public static Builder validDeepLinkingRequest() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("accept_copy_advice", false);
        settings.put("accept_multiple", true);
        settings.put("accept_presentation_document_targets", List.of("frame", "iframe", "window"));
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_unsigned", false);
        settings.put("auto_create", false);
        settings.put("can_confirm", false);
        settings.put("deep_link_return_url", DEEP_LINK_RETURN_URL);
        settings.put("text", "");
        settings.put("title", "Harness Python Tool (manual)");
        return validLaunch()
                .with("sub", "3").with("given_name", "Coach").with("family_name", "One").with("name", "Coach One")
                .with("email", "coach1@example.com")
                .with(MESSAGE_TYPE, DEEP_LINKING_REQUEST)
                .with(ROLES, List.of(INSTRUCTOR))
                .without(RESOURCE_LINK)
                .with(LAUNCH_PRESENTATION, Map.of("locale", "en"))
                .with(DEEP_LINKING_SETTINGS, settings);
    }

    /** What the login step (nonce) and the registration (issuer, client_id, deployments, key set) expect. */
    public static Expectation expectation() {
        return expectation(platformKeys());
    }

    public static Expectation expectation(KeyLookup keys) {
        return new Expectation(TENANT, ISSUER, CLIENT_ID, Set.of(DEPLOYMENT), NONCE, keys);
    }

    /** The platform's key set: it knows the platform's one key, by its kid. */
    public static KeyLookup platformKeys() {
        return kid -> KEY_ID.equals(kid) ? Optional.of(publicKey(PLATFORM_KEY)) : Optional.empty();
    }

    /** A forger's key that claims the platform's kid. */
    public static RSAKey otherKeyWithTheSameKid() {
        return TestKeys.rsa(2, KEY_ID);
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** An id_token under construction; claims may be given any JSON value, even one of the wrong type. */
    public static final class Builder {
        private final Map<String, Object> claims;
        private final Map<String, Object> extraHeaders = new LinkedHashMap<>();
        private JWSAlgorithm alg = JWSAlgorithm.RS256;
        private String kid = KEY_ID;
        private RSAKey signingKey = PLATFORM_KEY;

        private Builder(Map<String, Object> claims) {
            this.claims = claims;
        }

        public Builder with(String claim, Object value) {
            claims.put(claim, value);
            return this;
        }

        public Builder without(String claim) {
            claims.remove(claim);
            return this;
        }

        /** Sets one member of an object claim, e.g. {@code with(RESOURCE_LINK, "id", "42")}. */
        public Builder with(String claim, String member, Object value) {
            var changed = new LinkedHashMap<>(objectClaim(claim));
            changed.put(member, value);
            claims.put(claim, changed);
            return this;
        }

        /** Leaves out one member of an object claim, e.g. {@code without(RESOURCE_LINK, "id")}. */
        public Builder without(String claim, String member) {
            var changed = new LinkedHashMap<>(objectClaim(claim));
            changed.remove(member);
            claims.put(claim, changed);
            return this;
        }

        public Builder issuedAt(Instant iat) {
            return with("iat", iat.getEpochSecond());
        }

        public Builder expiringAt(Instant exp) {
            return with("exp", exp.getEpochSecond());
        }

        /** Sets a header parameter; {@code kid} and {@code alg} are recognised, {@code null} removes {@code kid}. */
        public Builder header(String name, Object value) {
            switch (name) {
                case "kid" -> kid = (String) value;
                case "alg" -> alg = JWSAlgorithm.parse((String) value);
                default -> extraHeaders.put(name, value);
            }
            return this;
        }

        public Builder alg(JWSAlgorithm algorithm) {
            this.alg = algorithm;
            return this;
        }

        public Builder signedWith(RSAKey key) {
            this.signingKey = key;
            return this;
        }

        /** The compact serialization, signed with the RSA key, or with a shared secret for the HMAC algorithms. */
        public String sign() {
            var header = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid).customParams(extraHeaders).build();
            var jws = new JWSObject(header, new Payload(claims));
            try {
                jws.sign(signer());
                return jws.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** An unsecured JWT ({@code "alg":"none"}) with the same claims: no signature at all. */
        public String unsigned() {
            return new PlainObject(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), new Payload(claims))
                    .serialize();
        }

        private JWSSigner signer() throws JOSEException {
            if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
                return new MACSigner("a shared secret that is long enough for HS512 signatures....".repeat(2));
            }
            return new RSASSASigner(signingKey);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> objectClaim(String claim) {
            return (Map<String, Object>) claims.getOrDefault(claim, Map.of());
        }
    }

    private static RSAPublicKey publicKey(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
