package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.*;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LaunchRejection.Reason;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LisRoles;
import nl.groeipad.lti.entity.LtiClaims;
import nl.groeipad.lti.entity.PlatformServices;
import nl.groeipad.platform.entity.TenantId;

/**
 * The one validator of LTI 1.3 launches. It walks 1EdTech Security Framework 1.0 §5.1.3 ("Authentication
 * Response Validation") and the required message claims of LTI 1.3 Core §5.3 (and Deep Linking 2.0 §4.4)
 * step by step; every step that fails names its {@link Reason}. It has no container dependencies: keys
 * and the nonce ledger are handed in, so each rule is tested on its own.
 */
public class LaunchValidator {

    /** Tokens larger than this are refused before parsing (Moodle's are about 4 KiB). */
    public static final int MAX_TOKEN_LENGTH = 32 * 1024;
    /** Even with a generous exp, an id_token older than this is refused (Security §5.1.3 step 8). */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    private static final Set<String> SUPPORTED_MESSAGES =
            Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    /** Where the platform's public key comes from: its JWKS, selected by {@code kid}. */
    @FunctionalInterface
    public interface KeyLookup {
        Optional<RSAPublicKey> byKeyId(String kid) throws Exception;
    }

    /** Records nonces of accepted id_tokens; answers false when a nonce was seen before. */
    @FunctionalInterface
    public interface NonceLedger {
        boolean firstUse(TenantId tenant, String nonce, Instant expiresAt);
    }

    /** What the login step and the registration tell us to expect of this id_token. */
    public record Expectation(TenantId tenant, String issuer, String clientId, Set<String> deploymentIds,
                              String nonce, KeyLookup keys) {
    }

    private final Clock clock;
    private final Duration leeway;
    private final NonceLedger nonces;

    public LaunchValidator(Clock clock, Duration leeway, NonceLedger nonces) {
        this.clock = clock;
        this.leeway = leeway;
        this.nonces = nonces;
    }

    public Launch validate(String idToken, Expectation expected) throws LaunchRejection {
        var jwt = parse(idToken);
        verifySignature(jwt, expected);
        var claims = claims(jwt);
        var now = clock.instant();

        // Security §5.1.3 step 2: iss MUST exactly match the issuer of the registration.
        require(expected.issuer().equals(claims.getIssuer()), ISSUER_MISMATCH, "iss " + claims.getIssuer());
        // Step 3: aud MUST contain our client_id; it may be a string or an array.
        var audience = claims.getAudience();
        require(audience != null && audience.contains(expected.clientId()), AUDIENCE_MISMATCH, "aud " + audience);
        // Steps 4-5: with several audiences, azp MUST be present and be our client_id.
        var azp = string(claims, "azp");
        if (audience.size() > 1 || azp != null) {
            require(expected.clientId().equals(azp), AUTHORIZED_PARTY_MISMATCH, "azp " + azp);
        }
        // Step 7: the current time MUST be before exp (a few seconds of platform clock skew allowed).
        var exp = claims.getExpirationTime();
        require(exp != null, TOKEN_MALFORMED, "no exp");
        require(now.isBefore(exp.toInstant().plus(leeway)), EXPIRED, "exp " + exp.toInstant() + " now " + now);
        // Step 8: iat MUST be present; refuse tokens issued in the future or too long ago.
        var iat = claims.getIssueTime();
        require(iat != null, TOKEN_MALFORMED, "no iat");
        require(!iat.toInstant().isAfter(now.plus(leeway)), ISSUED_IN_FUTURE, "iat " + iat.toInstant() + " now " + now);
        require(!iat.toInstant().isBefore(now.minus(MAX_AGE)), ISSUED_TOO_LONG_AGO, "iat " + iat.toInstant());
        // Step 9: nonce MUST be present and be the one we sent in the authentication request.
        var nonce = string(claims, "nonce");
        require(nonce != null && !nonce.isEmpty(), NONCE_MISSING, "no nonce");
        require(nonce.equals(expected.nonce()), NONCE_MISMATCH, "nonce does not match login");

        // LTI Core §5.3.2: version MUST be 1.3.0.
        require(LtiClaims.VERSION_1_3_0.equals(string(claims, LtiClaims.VERSION)), VERSION_UNSUPPORTED,
                "version " + string(claims, LtiClaims.VERSION));
        // Core §5.3.1: a message type we support.
        var messageType = string(claims, LtiClaims.MESSAGE_TYPE);
        require(messageType != null && SUPPORTED_MESSAGES.contains(messageType), MESSAGE_TYPE_UNSUPPORTED, "message_type " + messageType);
        // Core §5.3.3: deployment_id MUST be one the registration knows.
        var deploymentId = string(claims, LtiClaims.DEPLOYMENT_ID);
        require(deploymentId != null && expected.deploymentIds().contains(deploymentId), DEPLOYMENT_UNKNOWN,
                "deployment_id " + deploymentId);
        // Core §5.3.6: sub identifies the user; anonymous launches are not supported.
        var subject = claims.getSubject();
        require(subject != null && !subject.isBlank(), SUBJECT_MISSING, "no sub");
        // Core §5.3.7: the roles claim MUST be present; it may be empty or hold roles we do not know.
        var roles = stringList(claims, LtiClaims.ROLES);
        require(roles != null, ROLES_MISSING, "no roles claim");

        var resourceLink = object(claims, LtiClaims.RESOURCE_LINK);
        Launch.DeepLinking deepLinking = null;
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            // Core §5.3.5: a resource link launch MUST carry resource_link.id.
            require(resourceLink != null && text(resourceLink.get("id")) != null, RESOURCE_LINK_MISSING, "no resource_link.id");
        } else {
            // Deep Linking 2.0 §4.4.1: deep_linking_settings with deep_link_return_url is required.
            deepLinking = deepLinking(object(claims, LtiClaims.DEEP_LINKING_SETTINGS));
        }

        var context = object(claims, LtiClaims.CONTEXT);
        var presentation = object(claims, LtiClaims.LAUNCH_PRESENTATION);
        var launch = new Launch(expected.tenant(), messageType, deploymentId, subject,
                string(claims, "given_name"), string(claims, "family_name"), string(claims, "name"),
                string(claims, "email"), roles, LisRoles.toGroeipad(roles),
                context == null || text(context.get("id")) == null ? null
                        : new Launch.Context(text(context.get("id")), text(context.get("title")), text(context.get("label"))),
                resourceLink == null ? null : text(resourceLink.get("id")),
                resourceLink == null ? null : text(resourceLink.get("title")),
                presentation == null ? null : text(presentation.get("locale")),
                presentation == null ? null : text(presentation.get("document_target")),
                presentation == null ? null : text(presentation.get("return_url")),
                deepLinking, Optional.ofNullable(object(claims, LtiClaims.CUSTOM)).orElse(Map.of()),
                services(claims));

        // Last, once every other rule holds and every claim was read: the nonce is used up, on every node
        // (Security §5.1.3 step 9). A token rejected for any other reason leaves its nonce untouched.
        require(nonces.firstUse(expected.tenant(), nonce, exp.toInstant().plus(leeway)), NONCE_REPLAYED, "nonce replayed");
        return launch;
    }

    private static SignedJWT parse(String idToken) throws LaunchRejection {
        require(idToken != null && !idToken.isBlank(), TOKEN_MALFORMED, "no id_token");
        require(idToken.length() <= MAX_TOKEN_LENGTH, TOKEN_TOO_LARGE, idToken.length() + " characters");
        try {
            return SignedJWT.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRejection(TOKEN_MALFORMED, "not a signed JWT: " + e.getMessage(), e);
        }
    }

    private static void verifySignature(SignedJWT jwt, Expectation expected) throws LaunchRejection {
        // Security §5.1.3 step 6 and §5.4: RS256 is the one algorithm we accept (never "none", never HMAC).
        require(JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()), ALGORITHM_NOT_ALLOWED,
                "alg " + jwt.getHeader().getAlgorithm());
        // Security §6.3: the platform's key is selected by kid from its JWKS; no kid, no key.
        var kid = jwt.getHeader().getKeyID();
        require(kid != null && !kid.isBlank(), KEY_ID_MISSING, "no kid in header");
        Optional<RSAPublicKey> key;
        try {
            key = expected.keys().byKeyId(kid);
        } catch (Exception e) {
            throw new LaunchRejection(KEY_UNKNOWN, "key set not available: " + e.getMessage(), e);
        }
        require(key.isPresent(), KEY_UNKNOWN, "kid " + kid + " not in platform key set");
        // Security §5.1.3 step 1: the signature MUST verify with the platform's public key.
        try {
            require(jwt.verify(new RSASSAVerifier(key.get())), SIGNATURE_INVALID, "signature does not verify (kid " + kid + ")");
        } catch (JOSEException e) {
            throw new LaunchRejection(SIGNATURE_INVALID, e.getMessage(), e);
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws LaunchRejection {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejection(TOKEN_MALFORMED, "claims: " + e.getMessage(), e);
        }
    }

    private static Launch.DeepLinking deepLinking(Map<String, Object> settings) throws LaunchRejection {
        require(settings != null, DEEP_LINKING_SETTINGS_MISSING, "no deep_linking_settings");
        var returnUrl = text(settings.get("deep_link_return_url"));
        require(returnUrl != null && (returnUrl.startsWith("https://") || returnUrl.startsWith("http://")),
                DEEP_LINKING_SETTINGS_MISSING, "no deep_link_return_url");
        return new Launch.DeepLinking(returnUrl, texts(settings.get("accept_types")),
                texts(settings.get("accept_presentation_document_targets")),
                !Boolean.FALSE.equals(settings.get("accept_multiple")), text(settings.get("data")));
    }

    /**
     * The AGS endpoint and NRPS claims (AGS 2.0 §3.1, NRPS 2.0 §3.6.1). They are optional and never refuse a launch:
     * a malformed one counts as not offered, and only http(s) URLs are kept.
     */
    static PlatformServices services(JWTClaimsSet claims) {
        Map<String, Object> ags;
        Map<String, Object> nrps;
        try {
            ags = claims.getJSONObjectClaim(LtiClaims.AGS_ENDPOINT);
        } catch (ParseException e) {
            ags = null;
        }
        try {
            nrps = claims.getJSONObjectClaim(LtiClaims.NRPS);
        } catch (ParseException e) {
            nrps = null;
        }
        if (ags == null && nrps == null) {
            return PlatformServices.NONE;
        }
        return new PlatformServices(ags == null ? null : url(ags.get("lineitem")),
                ags == null ? null : url(ags.get("lineitems")),
                ags == null ? List.of() : texts(ags.get("scope")),
                nrps == null ? null : url(nrps.get("context_memberships_url")));
    }

    private static String url(Object value) {
        var text = value instanceof String s ? s.strip() : null;
        return text != null && text.length() <= 2000 && (text.startsWith("https://") || text.startsWith("http://")) ? text : null;
    }

    private static String string(JWTClaimsSet claims, String name) throws LaunchRejection {
        var value = claims.getClaim(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new LaunchRejection(TOKEN_MALFORMED, name + " is not a string");
        }
        return s;
    }

    private static List<String> stringList(JWTClaimsSet claims, String name) throws LaunchRejection {
        try {
            return claims.getStringListClaim(name);
        } catch (ParseException e) {
            throw new LaunchRejection(TOKEN_MALFORMED, name + " is not a list of strings", e);
        }
    }

    private static Map<String, Object> object(JWTClaimsSet claims, String name) throws LaunchRejection {
        try {
            return claims.getJSONObjectClaim(name);
        } catch (ParseException e) {
            throw new LaunchRejection(TOKEN_MALFORMED, name + " is not an object", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Object value) {
        return value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
    }

    private static void require(boolean rule, Reason reason, String detail) throws LaunchRejection {
        if (!rule) {
            throw new LaunchRejection(reason, detail);
        }
    }
}
