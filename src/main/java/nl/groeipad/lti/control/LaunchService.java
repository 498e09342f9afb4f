package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.BROWSER_MISMATCH;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.STATE_UNKNOWN;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.UNKNOWN_REGISTRATION;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.people.control.People;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.control.TransactionConflict;
import nl.groeipad.platform.control.UniqueKeyViolation;
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
    /** A launch races at most three inserts (user, course, enrolment); each lost race makes the next attempt find a row. */
    private static final int MAX_ATTEMPTS = 4;

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
    Event<LaunchRecorded> recorded;

    @Inject
    Clock clock;

    @Inject
    OneTransaction oneTransaction;

    @Inject
    @ConfigProperty(name = "groeipad.lti.leeway-seconds", defaultValue = "10")
    int leewaySeconds;

    private LaunchValidator validator;

    /** @param who the session the token stands for */
    public record Accepted(Launch launch, Registration tenant, SessionTokens.Issued session, Session who) {
    }

    @PostConstruct
    void init() {
        validator = new LaunchValidator(clock, Duration.ofSeconds(leewaySeconds), LaunchService::recordedWithItsState);
    }

    /**
     * Accepts a launch or refuses it. Using the state up (its nonce recorded), the id_token's checks, and
     * recording the person, course and enrolment are one database transaction, so a launch costs one commit; a
     * refused launch records nothing but still uses its state up. When it loses a race to create a new course or person (several first launches
     * at the same moment) the whole transaction runs again and finds the rows the winner made. The session token is
     * signed after the commit.
     */
    public Accepted accept(String idToken, String state, String presentedBinding) throws LaunchRejection {
        var login = states.read(state)
                .orElseThrow(() -> new LaunchRejection(STATE_UNKNOWN, "state not ours, altered or expired"));
        for (int attempt = 1; ; attempt++) {
            try {
                Recorded recorded;
                try {
                    recorded = inOneTransaction(() -> acceptAndRecord(idToken, login, presentedBinding));
                } catch (LaunchRejection refused) {
                    // The rollback took back the state's use; a refused launch uses it up all the same (no second try
                    // with the same state, e.g. to guess a browser binding).
                    states.useUpRefused(login);
                    throw refused;
                }
                var launch = recorded.launch();
                var tenant = recorded.tenant();
                var who = new Session(tenant.organisation(), recorded.membership().userId(), launch.role(),
                        recorded.membership().courseId(), launch.language(), null);
                var session = sessions.issue(who);
                // FINE, not INFO: a line per launch is noise at scale, and at 16 concurrent launches the console
                // handler's lock was the most contended monitor of the launch (up to 0.5 s waits in a flight recording).
                // Refused launches stay WARNING.
                LOG.fine(() -> "Launch accepted: tenant " + tenant.id() + " sub " + launch.subject() + " as " + launch.role()
                        + " (" + launch.messageType() + ")");
                return new Accepted(launch, tenant, session, who);
            } catch (RuntimeException failure) {
                if (attempt == MAX_ATTEMPTS || !lostARace(failure)) {
                    var removed = removedMeanwhile(login);
                    if (removed.isPresent()) {
                        throw removed.get();
                    }
                    throw failure;
                }
                var tried = attempt;
                LOG.fine(() -> "A launch lost a race to create its course, user or enrolment (attempt " + tried + "); once more");
            }
        }
    }

    private record Recorded(Launch launch, Registration tenant, People.Membership membership) {
    }

    private Recorded acceptAndRecord(String idToken, LoginState login, String presentedBinding) throws LaunchRejection {
        if (!states.useUp(login)) {
            throw new LaunchRejection(STATE_UNKNOWN, "state already used");
        }
        var tenant = registry.byId(TenantId.of(login.tenantId()))
                .orElseThrow(() -> new LaunchRejection(UNKNOWN_REGISTRATION, "tenant of state was removed"));
        if (!Secrets.matches(presentedBinding, login.bindingHash())) {
            var refused = new LaunchRejection(BROWSER_MISMATCH, presentedBinding == null
                    ? "no state cookie or platform storage value" : "browser binding does not match state");
            login.initiation().ifPresent(i -> refused.restartableAs(new LaunchRejection.Restart(tenant.issuer(),
                    i.loginHint(), i.messageHint(), i.targetLinkUri(), i.clientId(), i.deploymentId())));
            throw refused;
        }
        var launch = validator.validate(idToken, expectation(tenant, login));
        // Keys, issuer, client_id and deployment were checked against this registration; the data is its organisation's
        // (its own, or the one the operator linked it to: issue 8 §15).
        tenantScope.enter(tenant.organisation());
        var membership = people.recordLaunch(person(launch));
        recorded.fire(new LaunchRecorded(tenant.organisation(), tenant.id(), membership.userId(), launch.subject(),
                launch.role(), membership.courseId(), launch.resourceLinkId(), launch.services()));
        return new Recorded(launch, tenant, membership);
    }

    private <T> T inOneTransaction(OneTransaction.Work<T> work) throws LaunchRejection {
        return oneTransaction.run(work);
    }

    /**
     * A launch whose registration was removed on another node while this node still had it in its short-lived cache
     * (a few seconds) fails on the organisation's foreign keys: that is an unknown registration, not a failure. Its
     * state is used up like any refused launch's.
     */
    private Optional<LaunchRejection> removedMeanwhile(LoginState login) {
        if (registry.exists(TenantId.of(login.tenantId()))) {
            return Optional.empty();
        }
        states.useUpRefused(login);
        return Optional.of(new LaunchRejection(UNKNOWN_REGISTRATION, "registration " + login.tenantId()
                + " was removed during the launch"));
    }

    private static boolean lostARace(Throwable failure) {
        return UniqueKeyViolation.in(failure) || TransactionConflict.lockConflictIn(failure);
    }

    private LaunchValidator.Expectation expectation(Registration tenant, LoginState login) {
        return new LaunchValidator.Expectation(tenant.tenantId(), tenant.issuer(), tenant.clientId(),
                Set.copyOf(tenant.deploymentIds()), login.nonce(), kid -> keySets.key(tenant.jwksUrl(), kid));
    }

    private static People.LaunchedPerson person(Launch launch) {
        return new People.LaunchedPerson(launch.subject(),
                new PersonalDetails(launch.givenName(), launch.familyName(), launch.name(), launch.email(), launch.locale()),
                launch.role(), launch.course().map(Launch.Context::id).orElse(null),
                launch.course().map(Launch.Context::title).orElse(null),
                launch.course().map(Launch.Context::label).orElse(null));
    }

    /**
     * The validator's nonce ledger. The state's nonce was recorded when the state was used up, at the start of this
     * launch's transaction (a second use of the state, or of its nonce, stops there), and the validator has checked
     * that the id_token carries exactly that nonce. So an id_token that gets this far is its nonce's first use.
     */
    private static boolean recordedWithItsState(TenantId tenant, String nonce, java.time.Instant expiresAt) {
        return true;
    }
}
