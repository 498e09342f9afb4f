package nl.groeipad.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.platform.control.NativeSql;
import nl.groeipad.platform.control.UniqueKeyViolation;

/**
 * A login's state is the OIDC {@code state} parameter itself: the {@link LoginState} as a JWT that only we issue and
 * read (HS256 with the tool key's derived secret, {@link MacTokens}), so a login writes nothing and a launch may land on
 * any cluster node. It is single use through its nonce: using the state up records the nonce in {@code lti_used_nonce}
 * (the primary key refuses a second use on every node, also after a restart), in the launch's own transaction.
 * Recorded nonces expire with their state and are purged regularly.
 *
 * <p>Until 2026-12 each login inserted a row in {@code lti_login_state} that the launch read and deleted: a
 * transaction and four statements per login, and a table anyone who knows a registration could fill. The state is
 * not secret (the platform sees it, and everything in it but the binding's hash is sent to the platform anyway); it
 * only must not be forged or altered, which the MAC ensures.
 */
@ApplicationScoped
public class LoginStates {

    private static final Logger LOG = Logger.getLogger(LoginStates.class.getName());

    /** Time a person has between login initiation and the platform's post back. */
    public static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    /** Clock differences between the nodes a state's login and launch may land on. */
    static final Duration NODE_CLOCK_LEEWAY = Duration.ofSeconds(30);
    /**
     * The login refuses a login_hint, lti_message_hint or target_link_uri longer than 4,096 characters, so a state is at
     * most about 17,000; Moodle's are about 700.
     */
    static final int MAX_STATE_LENGTH = 32_768;
    private static final MacTokens TOKENS = new MacTokens("groeipad-login-state+jwt", "groeipad-lti-launch", MAX_STATE_LENGTH);

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ToolKeyRing keys;

    public Instant expiryOfNewLogin() {
        return clock.instant().plus(LOGIN_LIFETIME);
    }

    /** The state to send to the platform (and to name the browser's binding by). */
    public String issue(LoginState login) {
        var claims = new JWTClaimsSet.Builder()
                .expirationTime(Date.from(login.expiresAt()))
                .claim("tid", login.tenantId())
                .claim("nonce", login.nonce())
                .claim("bnd", login.bindingHash());
        if (login.storageTarget() != null) {
            claims.claim("stg", login.storageTarget());
        }
        login.initiation().ifPresent(i -> {
            var initiation = new LinkedHashMap<String, Object>();
            initiation.put("login_hint", i.loginHint());
            initiation.put("target_link_uri", i.targetLinkUri());
            putIfPresent(initiation, "lti_message_hint", i.messageHint());
            putIfPresent(initiation, "client_id", i.clientId());
            putIfPresent(initiation, "lti_deployment_id", i.deploymentId());
            claims.claim("ini", initiation);
        });
        return TOKENS.sign(keys, claims);
    }

    /** The login a state stands for, if we issued it, it is intact and it has not expired; whether it was used is not asked. */
    public Optional<LoginState> read(String state) {
        return TOKENS.verify(keys, clock, state).flatMap(claims -> {
            try {
                var initiation = Optional.ofNullable(claims.getJSONObjectClaim("ini")).map(i -> new LoginState.Initiation(
                        string(i, "login_hint"), string(i, "lti_message_hint"), string(i, "target_link_uri"),
                        string(i, "client_id"), string(i, "lti_deployment_id")))
                        .filter(i -> i.loginHint() != null && i.targetLinkUri() != null);
                return Optional.of(new LoginState(claims.getStringClaim("tid"), claims.getStringClaim("nonce"),
                        claims.getStringClaim("bnd"), claims.getStringClaim("stg"),
                        claims.getExpirationTime().toInstant(), initiation));
            } catch (ParseException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Uses the state up by recording its nonce, in the caller's transaction: false when it was used before (on any
     * node). Two launches racing with one state both insert; the database lets one of them through.
     */
    @Transactional
    public boolean useUp(LoginState login) {
        try {
            recordNonce(login.tenantId(), login.nonce(), login.expiresAt().plus(NODE_CLOCK_LEEWAY));
            return true;
        } catch (RuntimeException failure) {
            if (UniqueKeyViolation.in(failure)) {
                return false;
            }
            throw failure;
        }
    }

    /** Uses the state up in a transaction of its own, for a launch that was refused (its own transaction rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void useUpRefused(LoginState login) {
        try {
            useUp(login);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "could not use up the state of a refused launch", failure);
        }
    }

    private void recordNonce(String tenantId, String nonce, Instant expiresAt) {
        NativeSql.tenantless(em, "insert into lti_used_nonce (tenant_id, nonce, expires_at) values (?, ?, ?)")
                .setParameter(1, tenantId).setParameter(2, nonce).setParameter(3, java.sql.Timestamp.from(expiresAt))
                .executeUpdate();
    }

    @Transactional
    public int purgeExpired() {
        var now = java.sql.Timestamp.from(clock.instant());
        return NativeSql.tenantless(em, "delete from lti_used_nonce where expires_at < ?").setParameter(1, now).executeUpdate();
    }

    private static void putIfPresent(Map<String, Object> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String string(Map<String, Object> map, String name) {
        return map.get(name) instanceof String s ? s : null;
    }
}
