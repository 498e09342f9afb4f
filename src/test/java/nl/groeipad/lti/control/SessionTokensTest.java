package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistry;
import org.junit.jupiter.api.Test;

/**
 * The session token: HS256 with a secret derived from the tool's active key, so that any node holding the key ring
 * issues and checks it, and a rotation takes the secret along.
 */
class SessionTokensTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final TenantId TENANT = TenantId.of("6f1d3c2a-4b5e-4f60-9a7b-8c9d0e1f2a3b");
    static final Session SAM = new Session(TENANT, "user-sam", Role.PARTICIPANT, "course-7", "nl", NOW.plusSeconds(1800));

    /** The key ring as every node reads it from the database: one active key, and keys by kid. */
    static final class Ring extends ToolKeyRing {
        final Map<String, ToolKey> byKid = new HashMap<>();
        ToolKey active;

        Ring activate(ToolKey key) {
            byKid.put(key.kid(), key);
            active = key;
            return this;
        }

        @Override
        public SessionKey sessionKey() {
            return new SessionKey(active.kid(), active.sessionTokenSecret());
        }

        @Override
        public Optional<byte[]> sessionSecret(String kid) {
            return Optional.ofNullable(byKid.get(kid)).map(ToolKey::sessionTokenSecret);
        }
    }

    final Ring ring = new Ring().activate(ToolKey.generate(NOW));
    final SessionTokens node = node(ring, NOW);

    static SessionTokens node(ToolKeyRing ring, Instant now) {
        var tokens = new SessionTokens();
        tokens.keys = ring;
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        tokens.minutes = 30;
        tokens.tenants = new TenantRegistry() {
            @Override
            public boolean exists(TenantId id) {
                return TENANT.equals(id);
            }
        };
        return tokens;
    }

    @Test
    void aTokenIsHs256NamedByTheActiveKeyAndStandsForItsSession() throws Exception {
        var issued = node.issue(SAM);

        var header = SignedJWT.parse(issued.token()).getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(header.getKeyID()).isEqualTo(ring.active.kid());
        assertThat(header.getType()).isEqualTo(new JOSEObjectType("groeipad-session+jwt"));
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(node.verify(issued.token())).hasValueSatisfying(session -> {
            assertThat(session.tenant()).isEqualTo(TENANT);
            assertThat(session.userId()).isEqualTo("user-sam");
            assertThat(session.role()).isEqualTo(Role.PARTICIPANT);
            assertThat(session.courseId()).isEqualTo("course-7");
        });
    }

    @Test
    void anotherNodeThatReadTheSameKeyFromTheDatabaseAcceptsIt() {
        var stored = ring.active;
        // the other node parses the same stored JWK: a ToolKey of its own with the same key material
        var otherNode = node(new Ring().activate(stored), NOW.plusSeconds(60));

        assertThat(otherNode.verify(node.issue(SAM).token())).isPresent();
    }

    @Test
    void aTokenOfTheKeyBeforeARotationStaysValidUntilItExpires() {
        var before = node.issue(SAM).token();
        ring.activate(ToolKey.generate(NOW)); // rotation: the former key is still held (retired, published)

        assertThat(node.verify(before)).isPresent();
        assertThat(node.issue(SAM).token()).isNotEqualTo(before);
        assertThat(node(ring, NOW.plus(Duration.ofMinutes(31))).verify(before)).isEmpty();
    }

    @Test
    void aTokenOfAKeyWeNoLongerHoldIsRefused() {
        var token = node.issue(SAM).token();

        assertThat(node(new Ring().activate(ToolKey.generate(NOW)), NOW).verify(token)).isEmpty();
    }

    @Test
    void aChangedClaimIsRefused() throws Exception {
        var token = node.issue(SAM).token();
        var parts = token.split("\\.");
        var claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("PARTICIPANT", "ADMIN");
        var forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];

        assertThat(node.verify(forged)).isEmpty();
    }

    @Test
    void anRs256TokenSignedByTheToolKeyAsBeforeTheUpgradeIsRefused() throws Exception {
        var rs256 = signed(JWSAlgorithm.RS256);
        rs256.sign(new RSASSASigner(ring.active.privateKey()));

        assertThat(node.verify(rs256.serialize())).isEmpty();
    }

    @Test
    void anHs256TokenWithAnotherSecretIsRefused() throws Exception {
        var guessed = signed(JWSAlgorithm.HS256);
        guessed.sign(new MACSigner(new byte[32]));

        assertThat(node.verify(guessed.serialize())).isEmpty();
    }

    @Test
    void anExpiredTokenOrOneOfARemovedOrganisationIsRefused() {
        var token = node.issue(SAM).token();
        var otherTenant = new Session(TenantId.of("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), "user-sam", Role.PARTICIPANT,
                null, "nl", NOW.plusSeconds(1800));

        assertThat(node(ring, NOW.plus(Duration.ofMinutes(30))).verify(token)).isEmpty();
        assertThat(node.verify(node.issue(otherTenant).token())).isEmpty();
    }

    private SignedJWT signed(JWSAlgorithm algorithm) {
        var claims = new JWTClaimsSet.Builder().issuer(SessionTokens.ISSUER).audience(SessionTokens.AUDIENCE)
                .subject("user-sam").issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(1800)))
                .claim("tid", TENANT.value()).claim("role", "ADMIN").claim("cid", "course-7").claim("loc", "nl").build();
        return new SignedJWT(new JWSHeader.Builder(algorithm).keyID(ring.active.kid())
                .type(new JOSEObjectType("groeipad-session+jwt")).build(), claims);
    }
}
