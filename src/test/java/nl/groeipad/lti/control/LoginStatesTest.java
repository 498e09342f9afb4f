package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * A login's state is the OIDC {@code state} itself: what the launch must know again, MAC'd by the tool. It comes back
 * exactly as made, and a state that was altered, made by another installation, of another kind, or expired is not
 * a login. (Single use, the nonce recorded in the database, is shown by {@code LtiFlowIT}.)
 */
class LoginStatesTest {

    static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");
    static final String TENANT = "8c2f1e0a-5b6d-4c1e-9f3a-2d7b8e9a0c11";
    /** What Moodle 5.1 sent to start the captured learner launch. */
    static final LoginState.Initiation MOODLES = new LoginState.Initiation("4",
            "{\"cmid\":2,\"launchid\":\"ltilaunch1_1335852180\"}", "http://127.0.0.1:8199/launch", "IlvFeYJdhVRoIwC", "1");

    final SessionTokensTest.Ring ring = new SessionTokensTest.Ring().activate(ToolKey.generate(NOW));
    final LoginStates node = node(ring, NOW);

    static LoginStates node(ToolKeyRing ring, Instant now) {
        var states = new LoginStates();
        states.keys = ring;
        states.clock = Clock.fixed(now, ZoneOffset.UTC);
        return states;
    }

    static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    LoginState login(String storageTarget, Optional<LoginState.Initiation> initiation) {
        return new LoginState(TENANT, Secrets.random(), Secrets.sha256(Secrets.random()), storageTarget,
                node.expiryOfNewLogin(), initiation);
    }

    @Test
    void aStateComesBackAsTheLoginItWasMadeFor() {
        var login = login("_parent", Optional.of(MOODLES));

        assertThat(node.read(node.issue(login))).contains(login);
    }

    @Test
    void aLoginWithoutStorageTargetOrInitiationComesBackWithout() {
        var login = login(null, Optional.empty());

        assertThat(node.read(node.issue(login))).contains(login);
    }

    @Test
    void anyNodeOfTheInstallationReadsIt() {
        var state = node.issue(login(null, Optional.of(MOODLES)));

        assertThat(node(ring, NOW.plusSeconds(5)).read(state)).isPresent();
    }

    @Test
    void aStateWithAlteredContentIsNotALogin() {
        var state = node.issue(login(null, Optional.of(MOODLES)));
        var parts = state.split("\\.");
        var altered = payload(state).replace(TENANT, "00000000-0000-0000-0000-000000000000");
        var forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(altered.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(node.read(forged)).isEmpty();
    }

    @Test
    void aStateMadeByAnotherInstallationIsNotALogin() {
        var elsewhere = node(new SessionTokensTest.Ring().activate(ToolKey.generate(NOW)), NOW);

        assertThat(node.read(elsewhere.issue(login(null, Optional.empty())))).isEmpty();
    }

    @Test
    void aStateExpiresWithItsLogin() {
        var state = node.issue(login(null, Optional.empty()));

        assertThat(node(ring, NOW.plus(LoginStates.LOGIN_LIFETIME).minusSeconds(1)).read(state)).isPresent();
        assertThat(node(ring, NOW.plus(LoginStates.LOGIN_LIFETIME)).read(state)).isEmpty();
    }

    @Test
    void aSessionTokenIsNotALoginStateNorTheOtherWayRound() {
        var sessions = SessionTokensTest.node(ring, NOW);
        var sessionToken = sessions.issue(new Session(TenantId.of(TENANT), "user-1", Role.PARTICIPANT, null, "nl",
                NOW.plusSeconds(60))).token();
        var state = node.issue(login(null, Optional.empty()));

        assertThat(node.read(sessionToken)).isEmpty();
        assertThat(sessions.verify(state)).isEmpty();
    }

    @Test
    void nothingElseIsALoginState() {
        assertThat(node.read(null)).isEmpty();
        assertThat(node.read("")).isEmpty();
        assertThat(node.read("PTzDeXNssZrH6dXTNLkrC2uMmWGnCwViyx8DC95ZmJ0")).isEmpty();
        assertThat(node.read("a.b.c")).isEmpty();
        assertThat(node.read("x".repeat(LoginStates.MAX_STATE_LENGTH + 1))).isEmpty();
    }

    @Test
    void aStateOutlivesAKeyRotationWhileTheOldKeyIsPublished() {
        var state = node.issue(login(null, Optional.empty()));

        ring.activate(ToolKey.generate(NOW));

        assertThat(node.read(state)).isPresent();
    }

    @Test
    void moodlesStateIsShortEnoughForAnyAddressAndTheLongestAllowedStillFits() {
        assertThat(node.issue(login(null, Optional.of(MOODLES)))).hasSizeLessThan(1_000);
        var longest = new LoginState.Initiation("4".repeat(4096), "\"".repeat(4096), "https://x.example/" + "t".repeat(4078),
                "c".repeat(255), "d".repeat(255));
        var state = node.issue(login("_parent", Optional.of(longest)));

        assertThat(state).hasSizeLessThan(LoginStates.MAX_STATE_LENGTH);
        assertThat(node.read(state)).map(LoginState::initiation).contains(Optional.of(longest));
    }
}
