package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.groeipad.platform.MovingClock;
import org.junit.jupiter.api.Test;

class GuessingLimitTest {

    final MovingClock clock = new MovingClock(Instant.parse("2026-12-06T10:00:00Z"));
    final GuessingLimit limit = new GuessingLimit(3, 5, Duration.ofMinutes(1), clock);

    @Test
    void anAddressMayGuessWrongUpToItsLimitThenWaitsUntilTheOldestGuessLeavesTheWindow() {
        limit.failed("10.0.0.1");
        clock.advance(Duration.ofSeconds(10));
        limit.failed("10.0.0.1");
        assertThat(limit.blocked("10.0.0.1")).isEmpty();
        limit.failed("10.0.0.1");

        assertThat(limit.blocked("10.0.0.1")).contains(Duration.ofSeconds(50));
        clock.advance(Duration.ofSeconds(49));
        assertThat(limit.blocked("10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limit.blocked("10.0.0.1")).isEmpty();
    }

    @Test
    void otherAddressesAreNotHeldBackByOneAddressesGuesses() {
        for (var i = 0; i < 3; i++) {
            limit.failed("10.0.0.1");
        }
        assertThat(limit.blocked("10.0.0.1")).isPresent();
        assertThat(limit.blocked("10.0.0.2")).isEmpty();
    }

    @Test
    void guessesFromManyAddressesTogetherReachTheOverallLimitForEveryone() {
        for (var i = 0; i < 5; i++) {
            limit.failed("10.0.1." + i);
        }
        assertThat(limit.overallLimitReached()).isTrue();
        assertThat(limit.blocked("10.0.9.9")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(limit.blocked("10.0.9.9")).isEmpty();
    }

    @Test
    void theRightSecretClearsTheTypingErrorsOfItsAddress() {
        limit.failed("10.0.0.1");
        limit.failed("10.0.0.1");
        limit.succeeded("10.0.0.1");
        limit.failed("10.0.0.1");
        limit.failed("10.0.0.1");
        assertThat(limit.blocked("10.0.0.1")).isEmpty();
    }

    @Test
    void aFloodOfAddressesDoesNotGrowMemoryWithoutBound() {
        var wide = new GuessingLimit(3, 1_000_000, Duration.ofMinutes(1), clock);
        for (var i = 0; i < 25_000; i++) {
            wide.failed("address-" + i);
        }
        assertThat(wide.blocked("address-24999")).isEmpty(); // one failure: not blocked, and still counted
    }

    @Test
    void limitsMustMakeSense() {
        assertThatThrownBy(() -> new GuessingLimit(0, 5, Duration.ofMinutes(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuessingLimit(5, 4, Duration.ofMinutes(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuessingLimit(5, 5, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
