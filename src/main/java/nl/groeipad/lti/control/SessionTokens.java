package nl.groeipad.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistry;

/**
 * The short-lived session token a launch hands to the front end, sent back as {@code Authorization: Bearer}.
 * A JWT signed by the tool's own key: any cluster node can check it, no HttpSession and no third-party
 * cookie is needed, so Groeipad works inside an LMS iframe. Renewable while still valid.
 */
@ApplicationScoped
public class SessionTokens {

    public static final String ISSUER = "groeipad";
    public static final String AUDIENCE = "groeipad-api";
    private static final JOSEObjectType TYPE = new JOSEObjectType("groeipad-session+jwt");

    @Inject
    ToolKeyRing keys;

    @Inject
    Clock clock;

    @Inject
    TenantRegistry tenants;

    @Inject
    @ConfigProperty(name = "groeipad.session.minutes", defaultValue = "30")
    int minutes;

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(Session session) {
        var now = clock.instant();
        var expires = now.plus(Duration.ofMinutes(minutes));
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE)
                .subject(session.userId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .claim("tid", session.tenant().value())
                .claim("role", session.role().name())
                .claim("cid", session.courseId())
                .claim("loc", session.language())
                .build();
        var key = keys.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(TYPE).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign session token", e);
        }
        return new Issued(jwt.serialize(), expires);
    }

    /**
     * The session a token stands for, if it is ours, intact, not expired, and its organisation is still
     * registered (an operator may remove an organisation while its people are still signed in).
     */
    public Optional<Session> verify(String token) {
        if (token == null || token.length() > 8192) {
            return Optional.empty();
        }
        try {
            var jwt = SignedJWT.parse(token);
            var header = jwt.getHeader();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())
                    || header.getKeyID() == null) {
                return Optional.empty();
            }
            var key = keys.publicKey(header.getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            var claims = jwt.getJWTClaimsSet();
            var exp = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || !claims.getAudience().contains(AUDIENCE)
                    || exp == null || !clock.instant().isBefore(exp.toInstant())) {
                return Optional.empty();
            }
            var session = new Session(TenantId.of(claims.getStringClaim("tid")), claims.getSubject(),
                    Role.valueOf(claims.getStringClaim("role")), claims.getStringClaim("cid"),
                    claims.getStringClaim("loc"), exp.toInstant());
            return tenants.exists(session.tenant()) ? Optional.of(session) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
