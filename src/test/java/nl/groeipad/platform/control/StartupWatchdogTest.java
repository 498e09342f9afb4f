package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StartupWatchdogTest {

    private static final String BUNDLE = "/app/groeipad-microbundle.jar";

    @Test
    void watchesTheReadinessOfThePortPayaraMicroWasGiven() {
        var settings = StartupWatchdog.Settings.of(Map.of(), BUNDLE + " --port 8181 --disablephonehome");

        assertThat(settings.readyUrl()).isEqualTo(URI.create("http://127.0.0.1:8181/health/ready"));
        assertThat(StartupWatchdog.Settings.port(BUNDLE + " --port=9090")).isEqualTo(9090);
    }

    @Test
    void withoutAPortOptionPayaraMicroListensOn8080() {
        assertThat(StartupWatchdog.Settings.of(Map.of(), BUNDLE).readyUrl())
                .isEqualTo(URI.create("http://127.0.0.1:8080/health/ready"));
    }

    @Test
    void waitsFiveMinutesUnlessConfigured() {
        assertThat(StartupWatchdog.Settings.of(Map.of(), BUNDLE).timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(StartupWatchdog.Settings.of(Map.of("GROEIPAD_STARTUP_TIMEOUT_SECONDS", "45"), BUNDLE).timeout())
                .isEqualTo(Duration.ofSeconds(45));
        assertThat(StartupWatchdog.Settings.of(Map.of("groeipad.startup.timeout-seconds", "60"), BUNDLE).timeout())
                .as("as a system property").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void zeroSwitchesTheWatchdogOffAndNonsenseIsRefused() {
        assertThat(StartupWatchdog.Settings.of(Map.of("GROEIPAD_STARTUP_TIMEOUT_SECONDS", "0"), BUNDLE).timeout()).isZero();
        assertThatThrownBy(() -> StartupWatchdog.Settings.of(Map.of("GROEIPAD_STARTUP_TIMEOUT_SECONDS", "soon"), BUNDLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GROEIPAD_STARTUP_TIMEOUT_SECONDS");
        assertThatThrownBy(() -> StartupWatchdog.Settings.of(Map.of("GROEIPAD_STARTUP_TIMEOUT_SECONDS", "-5"), BUNDLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExplicitReadinessAddressWins() {
        var settings = StartupWatchdog.Settings.of(
                Map.of("GROEIPAD_STARTUP_READY_URL", "http://127.0.0.1:9000/health/ready"), BUNDLE + " --port 8181");

        assertThat(settings.readyUrl()).isEqualTo(URI.create("http://127.0.0.1:9000/health/ready"));
    }

    @Test
    void endsAsSoonAsTheServerAnswersReady() throws InterruptedException {
        var clock = new AtomicLong();
        var asked = new ArrayList<URI>();
        var settings = new StartupWatchdog.Settings(URI.create("http://127.0.0.1:8080/health/ready"), Duration.ofSeconds(30));

        var ready = StartupWatchdog.await(settings, url -> {
            asked.add(url);
            return asked.size() == 5;
        }, clock::get, d -> clock.addAndGet(d.toNanos()));

        assertThat(ready).isTrue();
        assertThat(asked).hasSize(5).containsOnly(settings.readyUrl());
        assertThat(Duration.ofNanos(clock.get())).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void givesUpWhenTheTimeRunsOut() throws InterruptedException {
        var clock = new AtomicLong();
        var settings = new StartupWatchdog.Settings(URI.create("http://127.0.0.1:8080/health/ready"), Duration.ofSeconds(30));

        var ready = StartupWatchdog.await(settings, url -> false, clock::get, d -> clock.addAndGet(d.toNanos()));

        assertThat(ready).isFalse();
        assertThat(Duration.ofNanos(clock.get())).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theThreadDumpShowsWhoWaitsForWhichLock() throws Exception {
        var lock = new Object();
        var waiting = new java.util.concurrent.CountDownLatch(1);
        Thread blocked;
        synchronized (lock) {
            blocked = Thread.ofPlatform().name("blocked-by-test").start(() -> {
                waiting.countDown();
                synchronized (lock) {
                    lock.hashCode();
                }
            });
            waiting.await();
            while (blocked.getState() != Thread.State.BLOCKED) {
                Thread.sleep(5);
            }
            var out = new ByteArrayOutputStream();
            StartupWatchdog.threadDump(new PrintStream(out, true, StandardCharsets.UTF_8));
            var dump = out.toString(StandardCharsets.UTF_8);

            assertThat(dump).contains("\"blocked-by-test\"").contains("BLOCKED on java.lang.Object@")
                    .contains("owned by \"" + Thread.currentThread().getName() + "\"")
                    .contains("- locked java.lang.Object@");
        }
        blocked.join();
    }

    @Test
    void payaraStartsItsServicesOneAtATimeUnlessTheOperatorSaysOtherwise() {
        var system = new java.util.Properties();
        StartupWatchdog.bootOneServiceAtATime(system);
        assertThat(system.getProperty(StartupWatchdog.THREAD_POLICY)).isEqualTo("USE_NO_THREADS");

        var chosen = new java.util.Properties();
        chosen.setProperty(StartupWatchdog.THREAD_POLICY, "FULLY_THREADED");
        StartupWatchdog.bootOneServiceAtATime(chosen);
        assertThat(chosen.getProperty(StartupWatchdog.THREAD_POLICY)).isEqualTo("FULLY_THREADED");
    }
}
