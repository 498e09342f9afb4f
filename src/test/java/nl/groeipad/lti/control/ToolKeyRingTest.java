package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.groeipad.lti.entity.ToolKey;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.MovingClock;
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

    @Test
    void madeUpKidsReadTheRingAtMostOnceEveryFewSecondsAndARotationElsewhereIsFoundAfterThat() {
        ring.em = InMemoryDatabase.emf().createEntityManager();
        ring.clock = clock;
        ring.em.getTransaction().begin();
        var active = ring.sessionKey();
        ring.em.getTransaction().commit();
        var afterStart = reads.get();

        for (int i = 0; i < 100; i++) {
            assertThat(ring.sessionSecret("made-up-" + i)).isEmpty();
            assertThat(ring.publicKey("made-up-" + i)).isEmpty();
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
        ring.em.close();
    }
}
