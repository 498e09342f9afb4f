package nl.groeipad.tenant.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The registrations this node read in the last few seconds, by id and by (issuer, client_id). Every launch asks for
 * its registration (the login by issuer and client_id, the launch and {@code /me} by id): in a flight recording of the
 * launch benchmark the registration lookups were a sixth of the request threads' CPU, for rows that change a few times
 * a year. Whether a session's organisation still exists ({@link TenantRegistry#exists}, at every API call) is not
 * kept here: it is always asked of the database.
 * <p>
 * What is kept is the stored {@link Registration} (immutable) as this node read it, for at most {@code ttl}. A change
 * made on this node empties the cache when it is made and again when its transaction ends ({@link #changing},
 * {@link #changed}); a read that began before a change never puts its older answer back ({@link #generation}). A
 * change made on another node (a removal, a new deployment) shows here within {@code ttl}. Only found registrations
 * are kept: a platform registered on another node can log in at once. Bounded: past {@code capacity} entries it
 * starts afresh.
 */
final class RegistrationCache {

    private record Entry(Registration registration, Instant until) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, Entry> byIdentity = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    RegistrationCache(Clock clock, Duration ttl, int capacity) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("ttl must not be negative and capacity at least 1");
        }
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
    }

    /** The registration with this id: kept, or read (and then kept if found). */
    Optional<Registration> byId(String id, Supplier<Optional<Registration>> read) {
        return lookUp(byId, id, read);
    }

    /** The registration of this platform (issuer and client_id): kept, or read (and then kept if found). */
    Optional<Registration> byIdentity(String issuer, String clientId, Supplier<Optional<Registration>> read) {
        return lookUp(byIdentity, identity(issuer, clientId), read);
    }

    /** A registration is being changed on this node: nothing kept from before is used from now on. */
    void changing() {
        generation.incrementAndGet();
        byId.clear();
        byIdentity.clear();
    }

    /** The change's transaction ended (committed or rolled back): what was read during it is dropped too. */
    void changed() {
        changing();
    }

    int size() {
        return byId.size() + byIdentity.size();
    }

    private Optional<Registration> lookUp(Map<String, Entry> entries, String key, Supplier<Optional<Registration>> read) {
        var now = clock.instant();
        if (!ttl.isZero()) {
            var kept = entries.get(key);
            if (kept != null && now.isBefore(kept.until())) {
                return Optional.of(kept.registration());
            }
        }
        var readIn = generation.get();
        var found = read.get();
        if (found.isPresent() && !ttl.isZero()) {
            keep(found.get(), now.plus(ttl), readIn);
        }
        return found;
    }

    private void keep(Registration registration, Instant until, long readIn) {
        if (size() >= capacity) {
            byId.clear();
            byIdentity.clear();
        }
        var entry = new Entry(registration, until);
        byId.put(registration.id(), entry);
        byIdentity.put(identity(registration.issuer(), registration.clientId()), entry);
        if (generation.get() != readIn) {
            // a change began while this was read: what was read may be older than it
            byId.remove(registration.id(), entry);
            byIdentity.remove(identity(registration.issuer(), registration.clientId()), entry);
        }
    }

    private static String identity(String issuer, String clientId) {
        return issuer + '\n' + clientId;
    }
}
