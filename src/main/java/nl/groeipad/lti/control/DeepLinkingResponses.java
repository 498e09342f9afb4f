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
import java.util.List;
import java.util.Map;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LtiClaims;
import nl.groeipad.tenant.control.Registration;

/**
 * Answers an LtiDeepLinkingRequest (Deep Linking 2.0 §4.5): a JWT signed with the tool key, from us (iss =
 * our client_id) to the platform (aud = its issuer), holding one {@code ltiResourceLink} content item that
 * places Groeipad in the course.
 */
@ApplicationScoped
public class DeepLinkingResponses {

    @Inject
    ToolKeyRing keys;

    @Inject
    Clock clock;

    public String groeipadLink(Launch request, Registration tenant, String launchUrl, String title) {
        var now = clock.instant();
        var item = Map.<String, Object>of(
                "type", "ltiResourceLink",
                "title", title,
                "text", "Jouw ontwikkelroute, plan en voortgang",
                "url", launchUrl);
        var claims = new JWTClaimsSet.Builder()
                .issuer(tenant.clientId())
                .audience(tenant.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", Secrets.random())
                .claim("azp", tenant.clientId())
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
                .claim(LtiClaims.DL_CONTENT_ITEMS, List.of(item));
        if (request.deepLinking().data() != null) {
            claims.claim(LtiClaims.DL_DATA, request.deepLinking().data());
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
}
