package nl.groeipad.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.lti.entity.DeepLinkChoice;
import nl.groeipad.lti.entity.LtiClaims;

/**
 * Answers an LtiDeepLinkingRequest (Deep Linking 2.0 §4.5): a JWT signed with the tool key, from us (iss =
 * our client_id) to the platform (aud = its issuer), with the request's deployment, a fresh nonce, the
 * {@code ltiResourceLink} content item of the teacher's choice (its {@code custom} parameters, and a
 * {@code lineItem} when it is graded) and the request's {@code data} echoed unchanged.
 */
@ApplicationScoped
public class DeepLinkingResponses {

    /** How long the platform may take to receive the answer (the teacher's browser posts it at once). */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    ToolKeyRing keys;

    @Inject
    Clock clock;

    /** What the answer is to: from whom the request came, and what it asked us to echo. */
    public record Request(String clientId, String platformIssuer, String deploymentId, String data) {
    }

    public String answer(Request request, String launchUrl, DeepLinkChoice choice, String message) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(request.clientId())
                .audience(request.platformIssuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", Secrets.random())
                .claim("azp", request.clientId())
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
                .claim(LtiClaims.DL_CONTENT_ITEMS, List.of(contentItem(launchUrl, choice)));
        if (message != null) {
            claims.claim(LtiClaims.DL_MSG, message);
        }
        if (request.data() != null) {
            claims.claim(LtiClaims.DL_DATA, request.data());
        }
        var key = keys.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign deep linking response", e);
        }
        return jwt.serialize();
    }

    static Map<String, Object> contentItem(String launchUrl, DeepLinkChoice choice) {
        var item = new LinkedHashMap<String, Object>();
        item.put("type", "ltiResourceLink");
        item.put("title", choice.title());
        item.put("text", choice.text());
        item.put("url", launchUrl);
        item.put("custom", Map.copyOf(choice.custom()));
        choice.lineItem().ifPresent(line -> item.put("lineItem", line.json()));
        return item;
    }
}
