package nl.groeipad.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Small facts the tool hands to a browser and must get back unchanged: the deep-linking request a teacher is
 * choosing for, the login a blocked cookie made fail. A JWT signed with the tool's own key, of one purpose
 * ({@code typ}), short-lived; the browser carries it in a hidden form field and cannot alter it.
 */
@ApplicationScoped
public class SignedForms {

    static final String ISSUER = "groeipad";

    @Inject
    ToolKeyRing keys;

    @Inject
    Clock clock;

    /** A purpose: its own token type and audience, so a token of one purpose is never accepted for another. */
    public enum Purpose {
        DEEP_LINKING("groeipad-deep-linking+jwt", Duration.ofMinutes(30)),
        LOGIN_RESTART("groeipad-login-restart+jwt", Duration.ofMinutes(10));

        private final JOSEObjectType type;
        private final Duration lifetime;

        Purpose(String type, Duration lifetime) {
            this.type = new JOSEObjectType(type);
            this.lifetime = lifetime;
        }
    }

    public String sign(Purpose purpose, Map<String, ?> facts) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(purpose.type.getType())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(purpose.lifetime)));
        facts.forEach(claims::claim);
        var key = keys.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(purpose.type).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign " + purpose, e);
        }
        return jwt.serialize();
    }

    /** The facts, if the token is ours, of this purpose, intact and not expired. */
    public Optional<JWTClaimsSet> verify(Purpose purpose, String token) {
        if (token == null || token.isBlank() || token.length() > 16_384) {
            return Optional.empty();
        }
        try {
            var jwt = SignedJWT.parse(token);
            var header = jwt.getHeader();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !purpose.type.equals(header.getType())
                    || header.getKeyID() == null) {
                return Optional.empty();
            }
            var key = keys.publicKey(header.getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            var claims = jwt.getJWTClaimsSet();
            var exp = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getAudience() == null
                    || !claims.getAudience().contains(purpose.type.getType())
                    || exp == null || !clock.instant().isBefore(exp.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
