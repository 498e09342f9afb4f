package nl.groeipad.lti.control;

import nl.groeipad.platform.control.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.groeipad.lti.entity.LoginState;

/**
 * Login states and used nonces live in the database, so a launch may land on any cluster node and a replay
 * is caught after a restart. Both expire and are purged regularly.
 */
@ApplicationScoped
public class LoginStates {

    /** Time a person has between login initiation and the platform's post back. */
    public static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void remember(LoginState state) {
        em.persist(state);
    }

    public Instant expiryOfNewLogin() {
        return clock.instant().plus(LOGIN_LIFETIME);
    }

    /** Peeks without using it up: the platform-storage page needs to know where to look. */
    @Transactional
    public Optional<LoginState> peek(String state) {
        return Optional.ofNullable(state).filter(s -> s.length() <= 64).map(s -> em.find(LoginState.class, s))
                .filter(s -> !s.expiredAt(clock.instant()));
    }

    /**
     * Uses the state up. The conditional delete makes it single-use even when two requests race: only the
     * one whose delete removed the row gets it.
     */
    @Transactional
    public Optional<LoginState> consume(String state) {
        var found = peek(state);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        em.detach(found.get());
        var deleted = em.createQuery("delete from LoginState s where s.state = :state")
                .setParameter("state", state).executeUpdate();
        return deleted == 1 ? found : Optional.empty();
    }

    /** Records a nonce in the launch's transaction; a duplicate key means it was used before. */
    @Transactional
    public void recordNonce(String tenantId, String nonce, Instant expiresAt) {
        NativeSql.tenantless(em, "insert into lti_used_nonce (tenant_id, nonce, expires_at) values (?, ?, ?)")
                .setParameter(1, tenantId).setParameter(2, nonce).setParameter(3, java.sql.Timestamp.from(expiresAt))
                .executeUpdate();
    }

    @Transactional
    public int purgeExpired() {
        var now = java.sql.Timestamp.from(clock.instant());
        int states = NativeSql.tenantless(em, "delete from lti_login_state where expires_at < ?").setParameter(1, now).executeUpdate();
        int nonces = NativeSql.tenantless(em, "delete from lti_used_nonce where expires_at < ?").setParameter(1, now).executeUpdate();
        return states + nonces;
    }
}
