package nl.groeipad.lms.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens after one attempt to send a score to the LMS.
 * <ul>
 * <li>2xx: delivered.</li>
 * <li>409: delivered. Moodle answers 409 when the LMS already holds a score for this person and line item with the
 * same or a newer timestamp: this change (or a later one) is there, e.g. after an attempt that timed out but did
 * arrive. Sending it again would never help.</li>
 * <li>429: again after {@code Retry-After} (at least the back-off).</li>
 * <li>5xx, 408, 401 (a token the LMS no longer accepts: a new one is fetched), and no answer at all (down,
 * refused, too slow): again after the back-off {@code base × 2^(attempt − 1)}, at most {@code max}.</li>
 * <li>any other 4xx: failed at once, retrying cannot change the answer.</li>
 * <li>after {@code maxAttempts} attempts: failed; a person can try again ("opnieuw proberen").</li>
 * </ul>
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(30), 10);
    /** Retry-After beyond this is not waited for longer. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("base > 0, max ≥ base, at least one attempt");
        }
    }

    /** The answer of one attempt: an HTTP status (and Retry-After), or none at all. */
    public sealed interface Outcome {
        static Outcome status(int status) {
            return new Answered(status, Optional.empty());
        }

        static Outcome status(int status, Optional<Duration> retryAfter) {
            return new Answered(status, retryAfter);
        }

        static Outcome unreachable(String why) {
            return new Unreachable(why);
        }
    }

    public record Answered(int status, Optional<Duration> retryAfter) implements Outcome {
    }

    public record Unreachable(String why) implements Outcome {
    }

    public sealed interface Decision {
    }

    public record Delivered() implements Decision {
    }

    public record RetryAt(Instant when) implements Decision {
    }

    public record Failed() implements Decision {
    }

    /** The decision after attempt number {@code attempt} (1 for the first) ended with {@code outcome} at {@code now}. */
    public Decision decide(int attempt, Outcome outcome, Instant now) {
        var wait = switch (outcome) {
            case Answered a when a.status() >= 200 && a.status() < 300 || a.status() == 409 -> null;
            case Answered a when a.status() == 429 -> Optional.of(longest(backoff(attempt),
                    a.retryAfter().map(d -> d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d).orElse(Duration.ZERO)));
            case Answered a when a.status() >= 500 || a.status() == 408 || a.status() == 401 -> Optional.of(backoff(attempt));
            case Answered a -> Optional.<Duration>empty();
            case Unreachable u -> Optional.of(backoff(attempt));
        };
        if (wait == null) {
            return new Delivered();
        }
        if (wait.isEmpty() || attempt >= maxAttempts) {
            return new Failed();
        }
        return new RetryAt(now.plus(wait.get()));
    }

    /** base × 2^(attempt − 1), at most max. */
    public Duration backoff(int attempt) {
        var factor = 1L << Math.min(Math.max(attempt, 1) - 1, 30);
        var millis = base.toMillis() > max.toMillis() / factor ? max.toMillis() : base.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Retry-After in seconds (RFC 9110 §10.2.3; an HTTP date is not used by LMSs we know and counts as absent). */
    public static Optional<Duration> retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
    }
}
