package nl.groeipad.tenant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.groeipad.platform.MovingClock;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrationCacheTest {

    static final String ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    static final String ISSUER = "https://moodle.example.nl";

    MovingClock clock;
    RegistrationCache cache;
    AtomicInteger reads;

    @BeforeEach
    void setUp() {
        clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
        cache = new RegistrationCache(clock, Duration.ofSeconds(5), 100);
        reads = new AtomicInteger();
    }

    static Registration registration(String id, String clientId, int version) {
        return new Registration(id, version, "Leerwerkbedrijf", ISSUER, clientId, ISSUER + "/auth", ISSUER + "/token",
                ISSUER + "/jwks", Set.of("1"), RegistrationKind.MANUAL, "moodle", Theme.DEFAULT, null,
                Instant.parse("2026-01-01T00:00:00Z"), null);
    }

    Supplier<Optional<Registration>> stored(Registration registration) {
        return () -> {
            reads.incrementAndGet();
            return Optional.ofNullable(registration);
        };
    }

    @Test
    void aRegistrationReadByIdIsUsedAgainForFiveSecondsByIdAndByPlatform() {
        var stored = registration(ID, "client-1", 1);

        assertThat(cache.byId(ID, stored(stored))).contains(stored);
        clock.advance(Duration.ofMillis(4_999));
        assertThat(cache.byId(ID, stored(stored))).contains(stored);
        assertThat(cache.byIdentity(ISSUER, "client-1", stored(stored))).contains(stored);
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(cache.byId(ID, stored(registration(ID, "client-1", 2)))).get().extracting(Registration::version)
                .isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRegistrationThatIsNotFoundIsAskedForAgainEveryTime() {
        assertThat(cache.byIdentity(ISSUER, "new-client", stored(null))).isEmpty();
        var registeredOnAnotherNode = registration(ID, "new-client", 1);

        assertThat(cache.byIdentity(ISSUER, "new-client", stored(registeredOnAnotherNode))).contains(registeredOnAnotherNode);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeOnThisNodeIsSeenAtOnce() {
        cache.byId(ID, stored(registration(ID, "client-1", 1)));

        cache.changing();

        assertThat(cache.byId(ID, stored(null))).as("removed here").isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void whatWasReadBeforeAChangeIsNotKeptAfterIt() {
        var before = registration(ID, "client-1", 1);
        // the read began, then this node changed the registration before the read returned
        var found = cache.byId(ID, () -> {
            cache.changing();
            return Optional.of(before);
        });
        assertThat(found).contains(before);

        var after = registration(ID, "client-1", 2);
        assertThat(cache.byId(ID, stored(after))).contains(after);
        assertThat(cache.byIdentity(ISSUER, "client-1", stored(after))).contains(after);
        assertThat(reads).hasValue(1);
    }

    @Test
    void whatWasReadDuringAChangesTransactionIsDroppedWhenItEnds() {
        cache.changing();
        cache.byId(ID, stored(registration(ID, "client-1", 2))); // uncommitted, as the change's transaction saw it

        cache.changed(); // rolled back

        assertThat(cache.byId(ID, stored(registration(ID, "client-1", 1)))).get().extracting(Registration::version)
                .isEqualTo(1);
    }

    @Test
    void noLifetimeMeansEveryReadAsksTheDatabase() {
        var uncached = new RegistrationCache(clock, Duration.ZERO, 100);
        var stored = registration(ID, "client-1", 1);

        uncached.byId(ID, stored(stored));
        uncached.byId(ID, stored(stored));

        assertThat(reads).hasValue(2);
        assertThat(uncached.size()).isZero();
    }

    @Test
    void itHoldsNoMoreThanItsCapacity() {
        var small = new RegistrationCache(clock, Duration.ofSeconds(5), 4);
        for (int i = 0; i < 10; i++) {
            var id = "3f2504e0-4f89-11d3-9a0c-0305e82c33%02d".formatted(i);
            small.byId(id, stored(registration(id, "client-" + i, 1)));
            assertThat(small.size()).isLessThanOrEqualTo(4);
        }
    }
}
