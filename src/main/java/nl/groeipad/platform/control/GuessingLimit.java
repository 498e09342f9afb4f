package nl.groeipad.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many wrong guesses of a secret this node still listens to: at most {@code perAddress} failures per client
 * address and {@code overall} failures from all addresses together within a sliding {@code window}. While either
 * limit is reached, guesses are not even compared, so an attacker cannot go faster by asking from many addresses;
 * the price is that during such an attack the operator, too, waits until the window frees a slot.
 * <p>
 * The count lives in this node's memory: with N nodes behind a load balancer an address gets at most
 * N × {@code perAddress} guesses per window. A success clears its address's count. Thread-safe.
 */
public final class GuessingLimit {

    /** Addresses kept before forgetting those whose failures have all left the window. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int perAddress;
    private final int overall;
    private final Duration window;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> byAddress = new HashMap<>();
    private final ArrayDeque<Instant> all = new ArrayDeque<>();

    public GuessingLimit(int perAddress, int overall, Duration window, Clock clock) {
        if (perAddress < 1 || overall < perAddress || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be positive, overall at least per address");
        }
        this.perAddress = perAddress;
        this.overall = overall;
        this.window = window;
        this.clock = clock;
    }

    public int perAddress() {
        return perAddress;
    }

    public int overall() {
        return overall;
    }

    public Duration window() {
        return window;
    }

    /** How long this address must wait before a guess is compared again, if it must. */
    public synchronized Optional<Duration> blocked(String address) {
        var now = clock.instant();
        var mine = byAddress.get(address);
        var own = mine == null ? Optional.<Duration>empty() : waitFor(mine, perAddress, now);
        return own.isPresent() ? own : waitFor(all, overall, now);
    }

    /** Counts a wrong guess from this address. */
    public synchronized void failed(String address) {
        var now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(address)) {
            forgetQuietAddresses(now);
        }
        record(byAddress.computeIfAbsent(address, a -> new ArrayDeque<>()), perAddress, now);
        record(all, overall, now);
    }

    /** The right secret came from this address: its earlier typing errors no longer count against it. */
    public synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    /** Whether the failures of all addresses together reached the limit (for the log). */
    public synchronized boolean overallLimitReached() {
        return waitFor(all, overall, clock.instant()).isPresent();
    }

    private void record(ArrayDeque<Instant> failures, int limit, Instant now) {
        expire(failures, now);
        failures.addLast(now);
        while (failures.size() > limit) {
            failures.removeFirst();
        }
    }

    private Optional<Duration> waitFor(ArrayDeque<Instant> failures, int limit, Instant now) {
        expire(failures, now);
        if (failures.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.getFirst().plus(window)));
    }

    private void expire(ArrayDeque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.getFirst().plus(window).isAfter(now)) {
            failures.removeFirst();
        }
    }

    private void forgetQuietAddresses(Instant now) {
        byAddress.values().forEach(f -> expire(f, now));
        byAddress.values().removeIf(ArrayDeque::isEmpty);
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.clear(); // a flood of addresses: the overall limit still holds them back
        }
    }
}
