package nl.groeipad.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

/**
 * The JWTs that only Groeipad issues and only Groeipad reads (session tokens, login states): HS256 with the secret
 * derived from the tool's active key ({@link ToolKeyRing#sessionKey()}, its {@code kid} in the header), so any node
 * issues and checks them and the secret rotates with the key. Each kind has its own type ({@code typ}) and audience,
 * and a token of one kind is never accepted as another.
 */
final class MacTokens {

    static final String ISSUER = "groeipad";
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;

    private final JOSEObjectType type;
    private final String audience;
    private final int maxLength;

    MacTokens(String type, String audience, int maxLength) {
        this.type = new JOSEObjectType(type);
        this.audience = audience;
        this.maxLength = maxLength;
    }

    /** @param claims the token's own claims; issuer and audience are added here */
    String sign(ToolKeyRing keys, JWTClaimsSet.Builder claims) {
        var key = keys.sessionKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(ALGORITHM).keyID(key.kid()).type(type).build(),
                claims.issuer(ISSUER).audience(audience).build());
        try {
            jwt.sign(new MACSigner(key.secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign " + type, e);
        }
        return jwt.serialize();
    }

    /** The claims, if the token is ours, of this kind, intact and not expired at the clock's instant. */
    Optional<JWTClaimsSet> verify(ToolKeyRing keys, Clock clock, String token) {
        if (token == null || token.isEmpty() || token.length() > maxLength) {
            return Optional.empty();
        }
        try {
            var jwt = SignedJWT.parse(token);
            var header = jwt.getHeader();
            if (!ALGORITHM.equals(header.getAlgorithm()) || !type.equals(header.getType()) || header.getKeyID() == null) {
                return Optional.empty();
            }
            var secret = keys.sessionSecret(header.getKeyID());
            if (secret.isEmpty() || !jwt.verify(new MACVerifier(secret.get()))) {
                return Optional.empty();
            }
            var claims = jwt.getJWTClaimsSet();
            var exp = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getAudience() == null || !claims.getAudience().contains(audience)
                    || exp == null || !clock.instant().isBefore(exp.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
