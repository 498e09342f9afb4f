package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.AUDIENCE_MISMATCH;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.EXPIRED;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.NONCE_REPLAYED;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.SIGNATURE_INVALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.groeipad.SharedFolder;
import nl.groeipad.lti.InMemoryNonceLedger;
import nl.groeipad.lti.LaunchTokens;
import nl.groeipad.lti.control.LaunchValidator.Expectation;
import nl.groeipad.lti.control.LaunchValidator.KeyLookup;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LaunchRejection.Reason;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real id_tokens that Moodle 5.1 signed (captured 2026-11-30 from a stock Moodle at http://localhost:8081,
 * copied to {@code src/test/resources/moodle}), checked with Moodle's real key set. They expired 60 seconds
 * after {@code iat}, so the clock stands 5 seconds after issue. Moodle's quirks must not trouble us:
 * context {@code type} is {@code ["CourseSection"]} and {@code lti_message_hint} is JSON text.
 */
class MoodleLaunchFixtureTest {

    static final String MOODLE = "http://localhost:8081";
    static final String MANUAL_CLIENT_ID = "IlvFeYJdhVRoIwC";
    static final String DYNAMIC_CLIENT_ID = "cpY06A8c167wQUK";
    static final TenantId TENANT = TenantId.of("0b6c1f0e-8f44-4a54-9d0b-6a5f2d3c4b1a");
    static final Duration LEEWAY = Duration.ofSeconds(10);

    static final String LEARNER_LAUNCH = "20261130T042310_0b5e_LtiResourceLinkRequest_learner_sub4.json";
    static final String INSTRUCTOR_LAUNCH = "20261130T042315_4869_LtiResourceLinkRequest_instructor_sub3.json";
    static final String DEEP_LINKING_REQUEST = "20261130T042352_1cfe_LtiDeepLinkingRequest_instructor_sub3.json";
    static final String DYNAMIC_TOOL_LAUNCH = "20261130T042426_285a_LtiResourceLinkRequest_learner_sub5.json";

    final InMemoryNonceLedger nonces = new InMemoryNonceLedger();

    @Test
    void acceptsMoodlesRealLearnerLaunch() throws LaunchRejection {
        var capture = Capture.of(LEARNER_LAUNCH);

        var launch = validateAt(capture.issuedAt().plusSeconds(5), capture, expectation(capture, MANUAL_CLIENT_ID, "1"));

        assertThat(launch.role()).isEqualTo(Role.PARTICIPANT);
        assertThat(launch.subject()).isEqualTo("4");
        assertThat(launch.name()).isEqualTo("Deelnemer Een");
        assertThat(launch.deploymentId()).isEqualTo("1");
        assertThat(launch.course()).contains(new Launch.Context("2", "WPO Demo", "WPO1"));
        assertThat(launch.resourceLinkId()).isEqualTo("1");
        assertThat(launch.language()).isEqualTo("en");
    }

    @Test
    void acceptsMoodlesRealInstructorLaunchAsCoach() throws LaunchRejection {
        var capture = Capture.of(INSTRUCTOR_LAUNCH);

        var launch = validateAt(capture.issuedAt().plusSeconds(5), capture, expectation(capture, MANUAL_CLIENT_ID, "1"));

        assertThat(launch.role()).isEqualTo(Role.COACH);
        assertThat(launch.subject()).isEqualTo("3");
        assertThat(launch.course()).map(Launch.Context::id).contains("2");
    }

    @Test
    void acceptsMoodlesRealDeepLinkingRequest() throws LaunchRejection {
        var capture = Capture.of(DEEP_LINKING_REQUEST);

        var launch = validateAt(capture.issuedAt().plusSeconds(5), capture, expectation(capture, MANUAL_CLIENT_ID, "1"));

        assertThat(launch.isDeepLinking()).isTrue();
        assertThat(launch.role()).isEqualTo(Role.COACH);
        assertThat(launch.course()).map(Launch.Context::id).contains("2");
        assertThat(launch.deepLinking().returnUrl()).startsWith(MOODLE + "/mod/lti/contentitem_return.php");
        assertThat(launch.deepLinking().acceptTypes()).containsExactly("ltiResourceLink");
        assertThat(launch.deepLinking().acceptMultiple()).isTrue();
    }

    @Test
    void acceptsMoodlesRealLaunchOfTheDynamicallyRegisteredTool() throws LaunchRejection {
        var capture = Capture.of(DYNAMIC_TOOL_LAUNCH);

        var launch = validateAt(capture.issuedAt().plusSeconds(5), capture, expectation(capture, DYNAMIC_CLIENT_ID, "2"));

        assertThat(launch.role()).isEqualTo(Role.PARTICIPANT);
        assertThat(launch.subject()).isEqualTo("5");
        assertThat(launch.deploymentId()).isEqualTo("2");
        assertThat(launch.course()).map(Launch.Context::id).contains("2");
    }

    /** The registration is the one the login initiation named (iss, client_id, lti_deployment_id). */
    @ParameterizedTest
    @MethodSource("capturedLaunches")
    void acceptsEveryCapturedMoodleLaunch(String file) throws LaunchRejection {
        var capture = Capture.of(file);
        var login = capture.loginInitiation();

        var launch = validateAt(capture.issuedAt().plusSeconds(5), capture, expectation(capture,
                (String) login.get("client_id"), (String) login.get("lti_deployment_id")));

        assertThat(launch.role()).isEqualTo(file.contains("_instructor_") ? Role.COACH : Role.PARTICIPANT);
        assertThat(launch.course()).map(Launch.Context::id).contains("2");
    }

    @Test
    void acceptsMoodlesLaunchJustAfterItsSixtySecondsWithinTheLeeway() throws LaunchRejection {
        var capture = Capture.of(LEARNER_LAUNCH);

        var justLate = capture.issuedAt().plusSeconds(60).plus(LEEWAY).minusSeconds(1);

        assertThat(validateAt(justLate, capture, expectation(capture, MANUAL_CLIENT_ID, "1"))).isNotNull();
    }

    @Test
    void rejectsMoodlesLaunchOnceItsSixtySecondsAndTheLeewayHavePassed() {
        var capture = Capture.of(LEARNER_LAUNCH);

        var tooLate = capture.issuedAt().plusSeconds(60).plus(LEEWAY).plusSeconds(1);

        assertRejected(tooLate, capture, expectation(capture, MANUAL_CLIENT_ID, "1"), EXPIRED);
    }

    @Test
    void rejectsMoodlesLaunchMeantForTheOtherRegistration() {
        var capture = Capture.of(LEARNER_LAUNCH);

        assertRejected(capture.issuedAt().plusSeconds(5), capture, expectation(capture, DYNAMIC_CLIENT_ID, "1"),
                AUDIENCE_MISMATCH);
    }

    @Test
    void rejectsMoodlesLaunchWhenTheKeySetHoldsAnotherKeyUnderTheSameKid() {
        var capture = Capture.of(LEARNER_LAUNCH);
        var forger = LaunchTokens.otherKeyWithTheSameKid();
        KeyLookup impostorKeys = kid -> Optional.of(forger.toRSAPublicKey());

        assertRejected(capture.issuedAt().plusSeconds(5), capture, new Expectation(TENANT, MOODLE, MANUAL_CLIENT_ID,
                Set.of("1"), capture.nonce(), impostorKeys), SIGNATURE_INVALID);
    }

    @Test
    void rejectsMoodlesLaunchPostedTwice() throws LaunchRejection {
        var capture = Capture.of(LEARNER_LAUNCH);
        var expected = expectation(capture, MANUAL_CLIENT_ID, "1");
        validateAt(capture.issuedAt().plusSeconds(5), capture, expected);

        assertThatExceptionOfType(LaunchRejection.class)
                .isThrownBy(() -> validateAt(capture.issuedAt().plusSeconds(6), capture, expected))
                .extracting(LaunchRejection::reason).isEqualTo(NONCE_REPLAYED);
    }

    @Test
    void copiesOfTheCapturesMatchTheSharedOriginals() throws IOException {
        var shared = SharedFolder.directory("fixtures/moodle");

        assertThat(Files.readString(shared.resolve("moodle_jwks.json"))).isEqualTo(resource("moodle_jwks.json"));
        for (var file : capturedLaunches().toList()) {
            assertThat(Files.readString(shared.resolve("raw").resolve(file))).as(file).isEqualTo(resource("raw/" + file));
        }
    }

    static Stream<String> capturedLaunches() {
        try (var files = Files.list(Path.of(MoodleLaunchFixtureTest.class.getResource("/moodle/raw").toURI()))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .toList().stream();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Launch validateAt(Instant now, Capture capture, Expectation expected) throws LaunchRejection {
        return new LaunchValidator(LaunchTokens.clockAt(now), LEEWAY, nonces).validate(capture.idToken(), expected);
    }

    void assertRejected(Instant now, Capture capture, Expectation expected, Reason reason) {
        assertThatExceptionOfType(LaunchRejection.class)
                .isThrownBy(() -> validateAt(now, capture, expected))
                .extracting(LaunchRejection::reason).isEqualTo(reason);
    }

    static Expectation expectation(Capture capture, String clientId, String deploymentId) {
        return new Expectation(TENANT, MOODLE, clientId, Set.of(deploymentId), capture.nonce(), moodleKeys());
    }

    /** Moodle's key set as its /mod/lti/certs.php served it. */
    static KeyLookup moodleKeys() {
        return kid -> {
            var keys = JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(resource("moodle_jwks.json")), "keys");
            for (var key : keys) {
                if (kid.equals(key.get("kid"))) {
                    return Optional.of(RSAKey.parse(key).toRSAPublicKey());
                }
            }
            return Optional.empty();
        };
    }

    /** One captured launch: the signed id_token as posted, its decoded payload and the login initiation before it. */
    record Capture(String idToken, Map<String, Object> payload, Map<String, Object> loginInitiation) {

        static Capture of(String file) {
            try {
                var json = JSONObjectUtils.parse(resource("raw/" + file));
                return new Capture(JSONObjectUtils.getString(json, "id_token"),
                        JSONObjectUtils.getJSONObject(json, "payload"),
                        JSONObjectUtils.getJSONObject(json, "login_initiation"));
            } catch (ParseException e) {
                throw new IllegalStateException(file, e);
            }
        }

        Instant issuedAt() {
            return Instant.ofEpochSecond(((Number) payload.get("iat")).longValue());
        }

        String nonce() {
            return (String) payload.get("nonce");
        }
    }

    static String resource(String name) {
        try (var in = MoodleLaunchFixtureTest.class.getResourceAsStream("/moodle/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource moodle/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
