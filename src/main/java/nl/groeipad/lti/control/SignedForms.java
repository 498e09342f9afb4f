package nl.groeipad.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Small facts the tool hands to a browser and must get back unchanged: the deep-linking request a teacher is
 * choosing for, the login a blocked cookie made fail. A JWT that only Groeipad issues and reads, MAC'd like session
 * tokens and login states ({@link MacTokens}), of one purpose ({@code typ} and audience), short-lived; the browser
 * carries it in a hidden form field and cannot alter it. (Until 2026-12 these were RS256-signed: a form begun before
 * the upgrade is refused, and the teacher or participant starts again from the LMS.)
 */
@ApplicationScoped
public class SignedForms {

    @Inject
    ToolKeyRing keys;

    @Inject
    Clock clock;

    /** A purpose: its own token type and audience, so a token of one purpose is never accepted for another. */
    public enum Purpose {
        DEEP_LINKING("groeipad-deep-linking+jwt", Duration.ofMinutes(30)),
        LOGIN_RESTART("groeipad-login-restart+jwt", Duration.ofMinutes(10));

        private final MacTokens tokens;
        private final Duration lifetime;

        Purpose(String type, Duration lifetime) {
            this.tokens = new MacTokens(type, type, 16_384);
            this.lifetime = lifetime;
        }
    }

    public String sign(Purpose purpose, Map<String, ?> facts) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder().issueTime(Date.from(now)).expirationTime(Date.from(now.plus(purpose.lifetime)));
        facts.forEach(claims::claim);
        return purpose.tokens.sign(keys, claims);
    }

    /** The facts, if the token is ours, of this purpose, intact and not expired. */
    public Optional<JWTClaimsSet> verify(Purpose purpose, String token) {
        return purpose.tokens.verify(keys, clock, token);
    }
}
