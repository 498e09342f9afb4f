package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import nl.groeipad.lti.control.SignedForms.Purpose;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * A signed form carries a few facts through the browser and back: they come back unchanged, only for the purpose
 * they were signed for, only from this installation, and only while the form is young.
 */
class SignedFormsTest {

    static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    static final Map<String, Object> FACTS = Map.of("tid", "8c2f1e0a-5b6d-4c1e-9f3a-2d7b8e9a0c11", "return", "https://moodle.example/return");

    final SessionTokensTest.Ring ring = new SessionTokensTest.Ring().activate(ToolKey.generate(NOW));

    static SignedForms node(ToolKeyRing ring, Instant now) {
        var forms = new SignedForms();
        forms.keys = ring;
        forms.clock = Clock.fixed(now, ZoneOffset.UTC);
        return forms;
    }

    @Test
    void theFactsComeBackUnchanged() {
        var token = node(ring, NOW).sign(Purpose.DEEP_LINKING, FACTS);

        assertThat(node(ring, NOW.plusSeconds(60)).verify(Purpose.DEEP_LINKING, token)).hasValueSatisfying(claims ->
                FACTS.forEach((name, value) -> assertThat(claims.getClaim(name)).isEqualTo(value)));
    }

    @Test
    void aFormOfOnePurposeIsNotAcceptedForAnother() {
        var token = node(ring, NOW).sign(Purpose.LOGIN_RESTART, FACTS);

        assertThat(node(ring, NOW).verify(Purpose.DEEP_LINKING, token)).isEmpty();
        assertThat(node(ring, NOW).verify(Purpose.LOGIN_RESTART, token)).isPresent();
    }

    @Test
    void aFormExpires() {
        var restart = node(ring, NOW).sign(Purpose.LOGIN_RESTART, FACTS);
        var deepLinking = node(ring, NOW).sign(Purpose.DEEP_LINKING, FACTS);

        assertThat(node(ring, NOW.plusSeconds(10 * 60 - 1)).verify(Purpose.LOGIN_RESTART, restart)).isPresent();
        assertThat(node(ring, NOW.plusSeconds(10 * 60)).verify(Purpose.LOGIN_RESTART, restart)).isEmpty();
        assertThat(node(ring, NOW.plusSeconds(30 * 60 - 1)).verify(Purpose.DEEP_LINKING, deepLinking)).isPresent();
        assertThat(node(ring, NOW.plusSeconds(30 * 60)).verify(Purpose.DEEP_LINKING, deepLinking)).isEmpty();
    }

    @Test
    void aFormWithAlteredFactsOrFromAnotherInstallationIsRefused() {
        var token = node(ring, NOW).sign(Purpose.DEEP_LINKING, FACTS);
        var parts = token.split("\\.");
        var payload = LoginStatesTest.payload(token).replace("moodle.example", "evil.example");
        var altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        var elsewhere = node(new SessionTokensTest.Ring().activate(ToolKey.generate(NOW)), NOW);

        assertThat(node(ring, NOW).verify(Purpose.DEEP_LINKING, altered)).isEmpty();
        assertThat(elsewhere.verify(Purpose.DEEP_LINKING, token)).isEmpty();
    }

    @Test
    void aSessionTokenIsNotAForm() {
        var session = SessionTokensTest.node(ring, NOW).issue(new Session(
                TenantId.of("8c2f1e0a-5b6d-4c1e-9f3a-2d7b8e9a0c11"), "4", Role.PARTICIPANT, "2", "nl", NOW.plusSeconds(60)));

        assertThat(node(ring, NOW).verify(Purpose.DEEP_LINKING, session.token())).isEmpty();
        assertThat(node(ring, NOW).verify(Purpose.LOGIN_RESTART, session.token())).isEmpty();
    }
}
