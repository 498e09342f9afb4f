package nl.groeipad.lti.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
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
 * A JWT that only Groeipad issues and only Groeipad reads, so it is MAC'd (HS256) rather than signed with a public
 * key: with a secret derived from the tool's active key ({@link ToolKeyRing#sessionKey()}, {@code kid} in the
 * header) any cluster node can issue and check it, the secret rotates with the key, and no HttpSession and no
 * third-party cookie is needed, so Groeipad works inside an LMS iframe. Renewable while still valid.
 *
 * <p>Why not RS256 (as until 2026-12): its signature was half of a launch's CPU (about 0.7–1.3 ms); ES256 signs in
 * 0.14 ms but costs 0.33 ms to verify on every API call (RS256 0.035 ms); HS256 is 0.007 ms for either. A public key
 * buys nothing here: every node that verifies also issues, and the key ring is in the same database either way.
 * Tokens of another algorithm (the former RS256 ones) are refused: a person whose session spans an upgrade opens
 * Groeipad from the LMS again.
 */
@ApplicationScoped
public class SessionTokens {

    public static final String ISSUER = MacTokens.ISSUER;
    public static final String AUDIENCE = "groeipad-api";
    static final JWSAlgorithm ALGORITHM = MacTokens.ALGORITHM;
    private static final MacTokens TOKENS = new MacTokens("groeipad-session+jwt", AUDIENCE, 8192);

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
                .subject(session.userId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .claim("tid", session.tenant().value())
                .claim("role", session.role().name())
                .claim("cid", session.courseId())
                .claim("loc", session.language());
        return new Issued(TOKENS.sign(keys, claims), expires);
    }

    /**
     * The session a token stands for, if it is ours, intact, not expired, and its organisation is still
     * registered (an operator may remove an organisation while its people are still signed in).
     */
    public Optional<Session> verify(String token) {
        return TOKENS.verify(keys, clock, token).flatMap(claims -> {
            try {
                var session = new Session(TenantId.of(claims.getStringClaim("tid")), claims.getSubject(),
                        Role.valueOf(claims.getStringClaim("role")), claims.getStringClaim("cid"),
                        claims.getStringClaim("loc"), claims.getExpirationTime().toInstant());
                return tenants.exists(session.tenant()) ? Optional.of(session) : Optional.empty();
            } catch (ParseException | IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        });
    }
}
