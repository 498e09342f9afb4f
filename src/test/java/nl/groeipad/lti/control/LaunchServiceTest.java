package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.groeipad.lti.LaunchTokens;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.people.control.People;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Theme;
import org.junit.jupiter.api.Test;

/**
 * The launch when its registration is removed on another node while this node still has it in its short-lived
 * cache: the organisation's foreign keys refuse what the launch records, and the person gets the "unknown
 * registration" page, not the "unexpected" one. The rest of the launch is shown by {@code LtiFlowIT} against MariaDB.
 */
class LaunchServiceTest {

    static final String BINDING = "the-browsers-secret";

    final Registration moodle = new Registration(LaunchTokens.TENANT.value(), 1, "Moodle", LaunchTokens.ISSUER,
            LaunchTokens.CLIENT_ID, LaunchTokens.ISSUER + "/mod/lti/auth.php", LaunchTokens.ISSUER + "/mod/lti/token.php",
            LaunchTokens.ISSUER + "/mod/lti/certs.php", Set.of(LaunchTokens.DEPLOYMENT), RegistrationKind.MANUAL, "moodle",
            Theme.DEFAULT, null, LaunchTokens.NOW, null);
    final List<String> usedUp = new ArrayList<>();
    final LoginStates realStates = LoginStatesTest.node(new SessionTokensTest.Ring().activate(ToolKey.generate(LaunchTokens.NOW)),
            LaunchTokens.NOW);
    boolean stillRegistered;
    final LaunchService service = new LaunchService();

    LaunchServiceTest() {
        service.states = new LoginStates() {
            @Override
            public Optional<LoginState> read(String state) {
                return realStates.read(state);
            }

            @Override
            public boolean useUp(LoginState login) {
                return !usedUp.contains(login.nonce()) && usedUp.add(login.nonce());
            }

            @Override
            public void useUpRefused(LoginState login) {
                useUp(login);
            }
        };
        service.registry = new TenantRegistry() {
            @Override
            public Optional<Registration> byId(TenantId id) {
                return Optional.of(moodle).filter(r -> r.tenantId().equals(id)); // as this node read it a moment ago
            }

            @Override
            public boolean exists(TenantId id) {
                return stillRegistered;
            }
        };
        service.keySets = new PlatformKeySets() {
            @Override
            public Optional<RSAPublicKey> key(String jwksUrl, String kid) {
                try {
                    return LaunchTokens.platformKeys().byKeyId(kid);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        service.people = new People() {
            @Override
            public Membership recordLaunch(LaunchedPerson person) {
                throw new PersistenceException("Cannot add or update a child row: a foreign key constraint fails (lms_user, fk_lms_user_tenant)");
            }
        };
        service.tenantScope = new TenantScope();
        service.oneTransaction = new OneTransaction();
        service.clock = Clock.fixed(LaunchTokens.NOW, ZoneOffset.UTC);
        service.leewaySeconds = 10;
        service.init();
    }

    String state() {
        return realStates.issue(new LoginState(moodle.id(), LaunchTokens.NONCE, Secrets.sha256(BINDING), null,
                LaunchTokens.NOW.plus(LoginStates.LOGIN_LIFETIME), Optional.empty()));
    }

    @Test
    void aRegistrationRemovedOnAnotherNodeDuringTheLaunchIsAnUnknownRegistration() {
        stillRegistered = false;
        var state = state();

        assertThatThrownBy(() -> service.accept(LaunchTokens.validLaunch().sign(), state, BINDING))
                .isInstanceOfSatisfying(LaunchRejection.class,
                        refused -> assertThat(refused.reason()).isEqualTo(LaunchRejection.Reason.UNKNOWN_REGISTRATION));
        assertThat(usedUp).as("the refused launch's state is used up").containsExactly(LaunchTokens.NONCE);
    }

    @Test
    void aFailureWhileTheRegistrationExistsIsNotHiddenAsARefusal() {
        stillRegistered = true;
        var state = state();

        assertThatThrownBy(() -> service.accept(LaunchTokens.validLaunch().sign(), state, BINDING))
                .isInstanceOf(PersistenceException.class);
    }
}
