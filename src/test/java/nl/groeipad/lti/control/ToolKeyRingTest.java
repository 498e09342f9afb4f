package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.MovingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key ring on the real schema (H2): a kid this node does not know makes it read the ring again — another node
 * may have rotated — but not more than every few seconds, so that made-up kids in forged tokens cannot turn every
 * request into a database read.
 */
class ToolKeyRingTest {

    final AtomicInteger reads = new AtomicInteger();
    final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
    final ToolKeyRing ring = new ToolKeyRing() {
        @Override
        List<ToolKey> load() {
            reads.incrementAndGet();
            return super.load();
        }
    };

    @BeforeEach
    void onTheRealSchema() {
        ring.em = InMemoryDatabase.emf().createEntityManager();
        ring.clock = clock;
    }

    @AfterEach
    void close() {
        ring.em.close();
    }

    @Test
    void madeUpKidsReadTheRingAtMostOnceEveryFewSecondsAndARotationElsewhereIsFoundAfterThat() {
        ring.em.getTransaction().begin();
        var active = ring.sessionKey();
        ring.em.getTransaction().commit();
        var afterStart = reads.get();

        for (int i = 0; i < 100; i++) {
            assertThat(ring.sessionSecret("made-up-" + i)).isEmpty();
        }
        assertThat(reads.get()).as("no read for made-up kids within the first seconds").isEqualTo(afterStart);
        assertThat(ring.sessionSecret(active.kid())).contains(active.secret());

        // Another node rotates: a key this node has not read yet.
        var elsewhere = ToolKey.generate(clock.instant());
        ring.em.getTransaction().begin();
        ring.em.persist(elsewhere);
        ring.em.getTransaction().commit();
        assertThat(ring.sessionSecret(elsewhere.kid())).isEmpty();

        clock.advance(ToolKeyRing.UNKNOWN_KID_REREAD.plusSeconds(1));
        assertThat(ring.sessionSecret(elsewhere.kid())).isPresent();
        assertThat(reads.get()).isEqualTo(afterStart + 1);
        for (int i = 0; i < 100; i++) {
            assertThat(ring.sessionSecret("made-up-again-" + i)).isEmpty();
        }
        assertThat(reads.get()).isEqualTo(afterStart + 1);
    }

    @Test
    void aRetiredKeyStopsVerifyingWhenItsTimeIsUpOnEveryNodeAndIsThenDropped() {
        ring.em.getTransaction().begin();
        var first = ring.sessionKey();
        ring.em.getTransaction().commit();
        // A second node that read the ring before the rotation and keeps its snapshot.
        var otherNode = new ToolKeyRing();
        otherNode.em = ring.em;
        otherNode.clock = clock;
        assertThat(otherNode.sessionSecret(first.kid())).contains(first.secret());

        ring.em.getTransaction().begin();
        var second = ring.rotate();
        ring.em.getTransaction().commit();
        assertThat(ring.sessionSecret(first.kid())).as("the retired key's tokens, within its time").contains(first.secret());

        clock.advance(ring.retiredKeysLive().plusSeconds(1));
        assertThat(ring.sessionSecret(first.kid())).as("the retired key's tokens, after its time").isEmpty();
        assertThat(otherNode.sessionSecret(first.kid())).as("on the other node too").isEmpty();
        assertThat(ring.sessionSecret(second)).isPresent();

        ring.em.getTransaction().begin();
        assertThat(ring.dropExpired()).isEqualTo(1);
        ring.em.getTransaction().commit();
        assertThat(ring.load()).extracting(ToolKey::kid).doesNotContain(first.kid()).contains(second).hasSize(2);
        ring.em.getTransaction().begin();
        assertThat(ring.dropExpired()).as("nothing more to drop").isZero();
        ring.em.getTransaction().commit();
    }

    @Test
    void retiredKeysOutliveTheLongestSessionToken() {
        assertThat(ring.retiredKeysLive()).isEqualTo(ToolKeyRing.SIGNATURES_LIVE);
        ring.sessionMinutes = 8 * 60;
        assertThat(ring.retiredKeysLive()).isEqualTo(java.time.Duration.ofMinutes(8 * 60).plus(ToolKeyRing.MARGIN));
    }
}
