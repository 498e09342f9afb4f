package nl.groeipad.lti.control;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.groeipad.lti.entity.ToolKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tool's signing keys, kept in the database so that every cluster node signs and publishes the same
 * keys. Keys are created on first use; each node re-reads them at most every {@link #REFRESH} so that a
 * rotation done on one node reaches the others. Only what changes keys has a transaction of its own: the keys are
 * asked for at every launch and API call (the session tokens' secret), and a transaction begun and committed around
 * reading the kept snapshot was most of the cost of asking (a flight recording of the launch benchmark). Reading them
 * needs none (the caller's, if it has one).
 */
@ApplicationScoped
public class ToolKeyRing {

    private static final Logger LOG = Logger.getLogger(ToolKeyRing.class.getName());
    static final Duration REFRESH = Duration.ofSeconds(60);
    /** How often at most an unknown kid makes a node read the key ring again before {@link #REFRESH}. */
    static final Duration UNKNOWN_KID_REREAD = Duration.ofSeconds(5);
    /**
     * How long a retired key stays published and its session tokens stay valid, at least: longer than anything signed
     * with it lives (signed forms 30 minutes, session tokens {@code groeipad.session.minutes}), plus margin.
     */
    static final Duration SIGNATURES_LIVE = Duration.ofHours(2);
    /** Margin on top of the session tokens' life when those are configured to live longer than {@link #SIGNATURES_LIVE}. */
    static final Duration MARGIN = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

    @Inject
    Clock clock;

    /** The first keys' own transaction; null outside a container (unit tests). */
    @Inject
    KeyRingTransaction ownTransaction;

    /** Whether the caller is in a transaction; null outside a container (unit tests). */
    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Held while this node makes the first keys, until their transaction has committed. */
    private final Object firstKeysLock = new Object();

    @Inject
    @ConfigProperty(name = "groeipad.session.minutes", defaultValue = "30")
    int sessionMinutes = 30;

    private volatile Snapshot snapshot;

    record Snapshot(RSAKey signing, List<ToolKey> keys, Map<String, byte[]> sessionSecrets, Instant readAt) {
    }

    /** The MAC secret of the session tokens issued now, named by the active key's kid. */
    public record SessionKey(String kid, byte[] secret) {
    }

    /** The key that signs now. */
    public RSAKey signingKey() {
        return current().signing();
    }

    /** The secret that signs session tokens now: derived from the active key ({@link ToolKey#sessionTokenSecret()}). */
    public SessionKey sessionKey() {
        var s = current();
        var kid = s.signing().getKeyID();
        return new SessionKey(kid, s.sessionSecrets().get(kid));
    }

    /**
     * The session-token secret of a key we publish now, by kid: for checking our own session tokens on any node. Once
     * a retired key's time is up its secret is refused, so a rotation after a leaked key (a database backup, say)
     * shuts out whoever holds it within {@link #retiredKeysLive()}, on every node.
     */
    public Optional<byte[]> sessionSecret(String kid) {
        var s = current();
        var found = published(s, kid);
        if (found.isEmpty()) {
            s = rereadForUnknownKid();
            found = published(s, kid);
        }
        var snapshot = s;
        return found.map(k -> snapshot.sessionSecrets().get(k.kid()));
    }

    /** The JWKS document: next, active and still-published retired keys, public parts only. */
    public JWKSet publicKeySet() {
        var now = clock.instant();
        return new JWKSet(current().keys().stream().filter(k -> k.publishedAt(now))
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.publicKey()).toList());
    }

    /** NEXT becomes ACTIVE, ACTIVE becomes RETIRED (published until its signatures expire), a new NEXT is born. */
    @Transactional
    public String rotate() {
        var now = clock.instant();
        var keys = load();
        keys.stream().filter(k -> k.status() == ToolKey.Status.ACTIVE).forEach(k -> k.retire(now.plus(retiredKeysLive())));
        var next = keys.stream().filter(k -> k.status() == ToolKey.Status.NEXT).findFirst()
                .orElseGet(() -> persist(ToolKey.generate(now)));
        next.activate(now);
        persist(ToolKey.generate(now));
        snapshot = null;
        LOG.info(() -> "Rotated tool keys: " + next.kid() + " signs from now on");
        return next.kid();
    }

    /** How long a retired key stays published: {@link #SIGNATURES_LIVE}, or longer if session tokens live longer. */
    Duration retiredKeysLive() {
        var sessions = Duration.ofMinutes(sessionMinutes).plus(MARGIN);
        return sessions.compareTo(SIGNATURES_LIVE) > 0 ? sessions : SIGNATURES_LIVE;
    }

    /**
     * Drops the retired keys whose time is up (they are no longer published and nothing they signed is still valid);
     * harmless when several nodes do it. The number dropped.
     */
    @Transactional
    public int dropExpired() {
        var dropped = em.createNamedQuery(ToolKey.EXPIRED, ToolKey.class).setParameter("now", clock.instant())
                .getResultList();
        dropped.forEach(em::remove);
        if (!dropped.isEmpty()) {
            snapshot = null;
            LOG.info(() -> "Dropped " + dropped.size() + " retired tool key(s) whose signatures have all expired");
        }
        return dropped.size();
    }

    private Snapshot current() {
        var s = snapshot;
        if (s == null || clock.instant().isAfter(s.readAt().plus(REFRESH))) {
            s = read();
            snapshot = s;
        }
        return s;
    }

    /**
     * The key ring read again for a kid this node does not know, because another node may have rotated since — but
     * at most every {@link #UNKNOWN_KID_REREAD}, so that tokens with made-up kids cannot make every request a
     * database read.
     */
    private Snapshot rereadForUnknownKid() {
        var s = current();
        if (clock.instant().isAfter(s.readAt().plus(UNKNOWN_KID_REREAD))) {
            s = read();
            snapshot = s;
        }
        return s;
    }

    /** The keys as stored now, in the caller's transaction if there is one (no transaction is needed to read them). */
    private Snapshot read() {
        var keys = load();
        if (transaction == null || transaction.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            keys.forEach(em::detach); // not part of the caller's unit of work
        }
        if (!hasActiveKey(keys)) {
            keys = firstKeys();
        }
        // If two nodes initialised at once there are two active keys; all nodes choose the same one.
        var signing = keys.stream().filter(k -> k.status() == ToolKey.Status.ACTIVE)
                .max(Comparator.comparing(ToolKey::activatedAt).thenComparing(ToolKey::kid))
                .orElseThrow().privateKey();
        var sessionSecrets = keys.stream().collect(Collectors.toUnmodifiableMap(ToolKey::kid, ToolKey::sessionTokenSecret));
        return new Snapshot(signing, List.copyOf(keys), sessionSecrets, clock.instant());
    }

    /**
     * The first keys, made by one thread of this node at a time in a transaction of their own that has committed
     * before the next thread looks, so that the start-up's background bootstrap and an early request do not both make
     * a pair. (Two nodes that start at once may: then all nodes choose the same active key, see {@link #read()}.)
     */
    private List<ToolKey> firstKeys() {
        synchronized (firstKeysLock) {
            if (ownTransaction == null) {
                return initialise(load());
            }
            // the keys as committed; detached once their transaction has ended
            return ownTransaction.ofItsOwn(() -> {
                var keys = load();
                return hasActiveKey(keys) ? keys : initialise(keys); // another thread made them while this one waited
            });
        }
    }

    private static boolean hasActiveKey(List<ToolKey> keys) {
        return keys.stream().anyMatch(k -> k.status() == ToolKey.Status.ACTIVE);
    }

    private List<ToolKey> initialise(List<ToolKey> existing) {
        var now = clock.instant();
        var first = existing.stream().filter(k -> k.status() == ToolKey.Status.NEXT).findFirst()
                .orElseGet(() -> persist(ToolKey.generate(now)));
        first.activate(now);
        if (existing.stream().noneMatch(k -> k.status() == ToolKey.Status.NEXT && k != first)) {
            persist(ToolKey.generate(now));
        }
        em.flush();
        LOG.info(() -> "Generated tool keys; signing with " + first.kid());
        return load();
    }

    List<ToolKey> load() {
        return em.createNamedQuery(ToolKey.ALL, ToolKey.class).getResultList();
    }

    private ToolKey persist(ToolKey key) {
        em.persist(key);
        return key;
    }

    private Optional<ToolKey> published(Snapshot s, String kid) {
        var now = clock.instant();
        return s.keys().stream().filter(k -> k.kid().equals(kid) && k.publishedAt(now)).findFirst();
    }
}
