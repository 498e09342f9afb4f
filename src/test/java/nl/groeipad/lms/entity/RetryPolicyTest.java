package nl.groeipad.lms.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.groeipad.lms.entity.RetryPolicy.Delivered;
import nl.groeipad.lms.entity.RetryPolicy.Failed;
import nl.groeipad.lms.entity.RetryPolicy.Outcome;
import nl.groeipad.lms.entity.RetryPolicy.RetryAt;
import org.junit.jupiter.api.Test;

/** What happens after an attempt to send a score to the LMS, read as the rules. */
class RetryPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 5);

    @Test
    void anAcceptedScoreIsDelivered() {
        assertThat(policy.decide(1, Outcome.status(200), NOW)).isInstanceOf(Delivered.class);
        assertThat(policy.decide(1, Outcome.status(204), NOW)).isInstanceOf(Delivered.class);
    }

    @Test
    void moodlesConflictForANotNewerTimestampMeansTheLmsHasItDelivered() {
        assertThat(policy.decide(3, Outcome.status(409), NOW)).isInstanceOf(Delivered.class);
    }

    @Test
    void aServerErrorOrNoAnswerIsTriedAgainAfterADoublingBackOff() {
        assertThat(policy.decide(1, Outcome.status(503), NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(10)));
        assertThat(policy.decide(2, Outcome.status(500), NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(20)));
        assertThat(policy.decide(3, Outcome.unreachable("connection refused"), NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(40)));
        assertThat(policy.decide(1, Outcome.status(408), NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(10)));
    }

    @Test
    void theBackOffStopsGrowingAtItsMaximum() {
        var patient = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 100);
        assertThat(patient.backoff(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(patient.backoff(64)).isEqualTo(Duration.ofMinutes(5));
        assertThat(patient.decide(20, Outcome.status(502), NOW)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterButNeverLessThanTheBackOff() {
        assertThat(policy.decide(1, Outcome.status(429, Optional.of(Duration.ofSeconds(30))), NOW))
                .isEqualTo(new RetryAt(NOW.plusSeconds(30)));
        assertThat(policy.decide(3, Outcome.status(429, Optional.of(Duration.ofSeconds(1))), NOW))
                .isEqualTo(new RetryAt(NOW.plusSeconds(40)));
        assertThat(policy.decide(1, Outcome.status(429, Optional.empty()), NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(10)));
        assertThat(policy.decide(1, Outcome.status(429, Optional.of(Duration.ofDays(2))), NOW))
                .isEqualTo(new RetryAt(NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void aRejectedTokenIsTriedAgainWithANewOne() {
        assertThat(policy.decide(1, Outcome.status(401), NOW)).isInstanceOf(RetryAt.class);
    }

    @Test
    void aRefusalThatRetryingCannotChangeFailsAtOnce() {
        assertThat(policy.decide(1, Outcome.status(400), NOW)).isInstanceOf(Failed.class);
        assertThat(policy.decide(1, Outcome.status(403), NOW)).isInstanceOf(Failed.class);
        assertThat(policy.decide(1, Outcome.status(404), NOW)).isInstanceOf(Failed.class);
    }

    @Test
    void afterTheLastAttemptItFails() {
        assertThat(policy.decide(4, Outcome.status(503), NOW)).isInstanceOf(RetryAt.class);
        assertThat(policy.decide(5, Outcome.status(503), NOW)).isInstanceOf(Failed.class);
        assertThat(policy.decide(5, Outcome.unreachable("down"), NOW)).isInstanceOf(Failed.class);
        assertThat(policy.decide(5, Outcome.status(200), NOW)).isInstanceOf(Delivered.class);
    }

    @Test
    void retryAfterIsReadInSeconds() {
        assertThat(RetryPolicy.retryAfter("7")).hasValue(Duration.ofSeconds(7));
        assertThat(RetryPolicy.retryAfter(" 120 ")).hasValue(Duration.ofSeconds(120));
        assertThat(RetryPolicy.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEmpty();
        assertThat(RetryPolicy.retryAfter("-1")).isEmpty();
        assertThat(RetryPolicy.retryAfter(null)).isEmpty();
    }
}
