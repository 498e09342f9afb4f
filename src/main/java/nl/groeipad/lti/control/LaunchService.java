package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.BROWSER_MISMATCH;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.STATE_UNKNOWN;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.UNKNOWN_REGISTRATION;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.people.control.People;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.control.Registration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Step two of every launch: the platform posts the id_token and state back (Security Framework §5.1.2).
 * The state must be ours, unused and bound to this browser; then {@link LaunchValidator} checks the
 * id_token; then the person and course are recorded and a session token is issued. A rejected launch
 * records nothing and gets no session.
 */
@ApplicationScoped
public class LaunchService {

    private static final Logger LOG = Logger.getLogger(LaunchService.class.getName());

    @Inject
    LoginStates states;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantScope tenantScope;

    @Inject
    PlatformKeySets keySets;

    @Inject
    People people;

    @Inject
    SessionTokens sessions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "groeipad.lti.leeway-seconds", defaultValue = "10")
    int leewaySeconds;

    private LaunchValidator validator;

    public record Accepted(Launch launch, Registration tenant, SessionTokens.Issued session) {
    }

    @PostConstruct
    void init() {
        validator = new LaunchValidator(clock, Duration.ofSeconds(leewaySeconds), this::firstUse);
    }

    public Accepted accept(String idToken, String state, String presentedBinding) throws LaunchRejection {
        var login = states.consume(state)
                .orElseThrow(() -> new LaunchRejection(STATE_UNKNOWN, "state unknown, expired or already used"));
        if (!Secrets.matches(presentedBinding, login.bindingHash())) {
            throw new LaunchRejection(BROWSER_MISMATCH, presentedBinding == null
                    ? "no state cookie or platform storage value" : "browser binding does not match state");
        }
        var tenant = registry.byId(TenantId.of(login.tenantId()))
                .orElseThrow(() -> new LaunchRejection(UNKNOWN_REGISTRATION, "tenant of state was removed"));
        var launch = validator.validate(idToken, expectation(tenant, login));

        tenantScope.enter(tenant.tenantId());
        var membership = record(launch);
        var session = sessions.issue(new Session(tenant.tenantId(), membership.userId(), launch.role(),
                membership.courseId(), launch.language(), null));
        LOG.info(() -> "Launch accepted: tenant " + tenant.id() + " sub " + launch.subject() + " as " + launch.role()
                + " (" + launch.messageType() + ")");
        return new Accepted(launch, tenant, session);
    }

    private LaunchValidator.Expectation expectation(Registration tenant, LoginState login) {
        return new LaunchValidator.Expectation(tenant.tenantId(), tenant.issuer(), tenant.clientId(),
                Set.copyOf(tenant.deploymentIds()), login.nonce(), kid -> keySets.key(tenant.jwksUrl(), kid));
    }

    private People.Membership record(Launch launch) {
        var person = new People.LaunchedPerson(launch.subject(),
                new PersonalDetails(launch.givenName(), launch.familyName(), launch.name(), launch.email(), launch.locale()),
                launch.role(), launch.course().map(Launch.Context::id).orElse(null),
                launch.course().map(Launch.Context::title).orElse(null),
                launch.course().map(Launch.Context::label).orElse(null));
        try {
            return people.recordLaunch(person);
        } catch (PersistenceException raced) {
            // Two first launches of one person at the same moment: the other one created the rows.
            return people.recordLaunch(person);
        }
    }

    private boolean firstUse(TenantId tenant, String nonce, java.time.Instant expiresAt) {
        try {
            states.recordNonce(tenant.value(), nonce, expiresAt);
            return true;
        } catch (RuntimeException duplicate) {
            LOG.log(Level.FINE, "nonce not recorded", duplicate);
            return false;
        }
    }
}
