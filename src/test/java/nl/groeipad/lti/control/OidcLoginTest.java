package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.DEPLOYMENT_UNKNOWN;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.MISSING_PARAMETER;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.UNKNOWN_REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groeipad.lti.control.OidcLogin.Initiation;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LaunchRejection.Reason;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Step one of a launch, the OIDC third-party initiated login (Security Framework §5.1.1), with the login
 * initiation Moodle 5.1 sent for the captured learner launch. The registry is a small in-memory stand-in, the states
 * are made and read back by {@link LoginStates}; the request to the platform is read back from the redirect URI.
 */
class OidcLoginTest {

    static final Instant NOW = Instant.parse("2026-11-30T04:23:10Z");
    static final String MOODLE = "http://localhost:8081";
    static final String CLIENT_ID = "IlvFeYJdhVRoIwC";
    /** Moodle's lti_message_hint is JSON text; it must come back to Moodle exactly as sent. */
    static final String MESSAGE_HINT = "{\"cmid\":2,\"launchid\":\"ltilaunch1_1335852180\"}";
    static final URI REDIRECT_URI = URI.create("https://groeipad.example.org/lti/launch");

    final Registration moodle = new Registration("8c2f1e0a-5b6d-4c1e-9f3a-2d7b8e9a0c11", 1, "Moodle", MOODLE, CLIENT_ID,
            MOODLE + "/mod/lti/auth.php", MOODLE + "/mod/lti/token.php", MOODLE + "/mod/lti/certs.php",
            java.util.Set.of("1"), RegistrationKind.MANUAL, "moodle", Theme.DEFAULT, null, NOW, null);
    final LoginStates states = LoginStatesTest.node(new SessionTokensTest.Ring().activate(ToolKey.generate(NOW)), NOW);
    /** What each login handed the platform as its state, read back as the launch will read it. */
    final List<LoginState> issued = new ArrayList<>();
    final OidcLogin login = new OidcLogin();

    OidcLoginTest() {
        login.registry = new TenantRegistry() {
            @Override
            public Optional<Registration> byRegistration(String issuer, String clientId) {
                return Optional.of(moodle).filter(t -> t.issuer().equals(issuer) && t.clientId().equals(clientId));
            }

            @Override
            public Optional<Registration> byIssuerAlone(String issuer) {
                return Optional.of(moodle).filter(t -> t.issuer().equals(issuer));
            }
        };
        login.states = new LoginStates() {
            @Override
            public String issue(LoginState state) {
                var token = states.issue(state);
                issued.add(states.read(token).orElseThrow());
                return token;
            }

            @Override
            public Instant expiryOfNewLogin() {
                return states.expiryOfNewLogin();
            }
        };
    }

    /** What Moodle sent to /lti/login before the captured learner launch. */
    static Initiation moodlesInitiation() {
        return new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", MESSAGE_HINT, CLIENT_ID, "1", null);
    }

    static Map<String, List<String>> parameters(URI uri) {
        return URLUtils.parseParameters(uri.getRawQuery());
    }

    @Test
    void writesNothingToStartALogin() throws LaunchRejection {
        // No store is wired in: the state is the login itself (a registration removed meanwhile on another node is
        // refused at the launch, which looks it up again).
        var redirect = login.start(moodlesInitiation(), REDIRECT_URI);

        assertThat(states.read(redirect.state())).isPresent();
    }

    @Test
    void sendsTheBrowserToTheAuthorizationEndpointOfTheRegistration() throws LaunchRejection {
        var redirect = login.start(moodlesInitiation(), REDIRECT_URI);

        assertThat(redirect.authenticationRequest().toString()).startsWith(MOODLE + "/mod/lti/auth.php?");
        assertThat(redirect.platformOrigin()).isEqualTo(MOODLE);
    }

    @Test
    void asksForAnIdTokenPostedBackWithoutPrompting() throws LaunchRejection {
        var request = parameters(login.start(moodlesInitiation(), REDIRECT_URI).authenticationRequest());

        assertThat(request).containsEntry("scope", List.of("openid"))
                .containsEntry("response_type", List.of("id_token"))
                .containsEntry("response_mode", List.of("form_post"))
                .containsEntry("prompt", List.of("none"))
                .containsEntry("client_id", List.of(CLIENT_ID))
                .containsEntry("redirect_uri", List.of(REDIRECT_URI.toString()))
                .containsEntry("login_hint", List.of("4"));
    }

    @Test
    void echoesMoodlesJsonMessageHintUnaltered() throws LaunchRejection {
        var request = parameters(login.start(moodlesInitiation(), REDIRECT_URI).authenticationRequest());

        assertThat(request).containsEntry("lti_message_hint", List.of(MESSAGE_HINT));
    }

    @Test
    void sendsNoMessageHintWhenThePlatformGaveNone() throws LaunchRejection {
        var initiation = new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", null, CLIENT_ID, "1", null);

        assertThat(parameters(login.start(initiation, REDIRECT_URI).authenticationRequest()))
                .doesNotContainKey("lti_message_hint");
    }

    @Test
    void remembersStateAndNonceSentForThisTenantAndBrowser() throws LaunchRejection {
        var redirect = login.start(moodlesInitiation(), REDIRECT_URI);
        var request = parameters(redirect.authenticationRequest());

        assertThat(issued).singleElement().satisfies(state -> {
            assertThat(request).containsEntry("state", List.of(redirect.state())).containsEntry("nonce", List.of(state.nonce()));
            assertThat(state.tenantId()).isEqualTo(moodle.id());
            assertThat(Secrets.matches(redirect.bindingSecret(), state.bindingHash())).isTrue();
            assertThat(state.expiresAt()).isEqualTo(NOW.plus(LoginStates.LOGIN_LIFETIME));
        });
    }

    @Test
    void keepsTheBindingSecretOutOfTheStateAndOutOfTheUrl() throws LaunchRejection {
        var redirect = login.start(moodlesInitiation(), REDIRECT_URI);

        assertThat(issued.getFirst().bindingHash()).isNotEqualTo(redirect.bindingSecret());
        assertThat(LoginStatesTest.payload(redirect.state())).doesNotContain(redirect.bindingSecret());
        assertThat(redirect.authenticationRequest().toString()).doesNotContain(redirect.bindingSecret());
    }

    @Test
    void startsEveryLoginWithAFreshStateAndNonce() throws LaunchRejection {
        var first = login.start(moodlesInitiation(), REDIRECT_URI);
        var second = login.start(moodlesInitiation(), REDIRECT_URI);

        assertThat(first.state()).isNotEqualTo(second.state());
        assertThat(issued).extracting(LoginState::nonce).doesNotHaveDuplicates();
    }

    @Test
    void findsTheRegistrationByIssuerAloneWhenThePlatformSendsNoClientId() throws LaunchRejection {
        var initiation = new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", MESSAGE_HINT, null, null, null);

        assertThat(parameters(login.start(initiation, REDIRECT_URI).authenticationRequest()))
                .containsEntry("client_id", List.of(CLIENT_ID));
    }

    @Test
    void keepsTheStorageTargetForPlatformStorage() throws LaunchRejection {
        var initiation = new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", null, CLIENT_ID, "1", "_parent");

        assertThat(login.start(initiation, REDIRECT_URI).storageTarget()).isEqualTo("_parent");
        assertThat(issued.getFirst().storageTarget()).isEqualTo("_parent");
    }

    @Test
    void ignoresAnUnreasonablyLongStorageTarget() throws LaunchRejection {
        var initiation = new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", null, CLIENT_ID, "1", "t".repeat(101));

        assertThat(login.start(initiation, REDIRECT_URI).storageTarget()).isNull();
    }

    @Test
    void refusesALoginFromARegistrationItDoesNotKnow() {
        var initiation = new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", null, "cpY06A8c167wQUK", "2", null);

        assertRefused(initiation, UNKNOWN_REGISTRATION);
    }

    @Test
    void refusesALoginForADeploymentTheRegistrationDoesNotKnow() {
        var initiation = new Initiation(MOODLE, "4", "http://127.0.0.1:8199/launch", null, CLIENT_ID, "2", null);

        assertRefused(initiation, DEPLOYMENT_UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
    void refusesALoginWithoutARequiredParameter(String missing) {
        var target = "http://127.0.0.1:8199/launch";
        var initiation = switch (missing) {
            case "iss" -> new Initiation(null, "4", target, MESSAGE_HINT, CLIENT_ID, "1", null);
            case "login_hint" -> new Initiation(MOODLE, " ", target, MESSAGE_HINT, CLIENT_ID, "1", null);
            default -> new Initiation(MOODLE, "4", "", MESSAGE_HINT, CLIENT_ID, "1", null);
        };

        assertRefused(initiation, MISSING_PARAMETER);
    }

    @Test
    void refusesALoginHintLongerThan4096Characters() {
        var initiation = new Initiation(MOODLE, "4".repeat(4097), "http://127.0.0.1:8199/launch", null, CLIENT_ID, "1", null);

        assertRefused(initiation, MISSING_PARAMETER);
    }

    void assertRefused(Initiation initiation, Reason reason) {
        assertThatExceptionOfType(LaunchRejection.class)
                .isThrownBy(() -> login.start(initiation, REDIRECT_URI))
                .extracting(LaunchRejection::reason).isEqualTo(reason);
        assertThat(issued).as("a refused login issues no state").isEmpty();
    }
}
