package nl.groeipad.platform.control;

import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * A start that never becomes ready ends the process with exit status {@value #EXIT_STATUS}, so that an orchestrator
 * (Docker's restart policy, Kubernetes, systemd) starts it again instead of leaving a process that listens but never
 * serves.
 *
 * <p>It is a Java agent of the runnable bundle ({@code Launcher-Agent-Class} in its manifest, also usable as
 * {@code -javaagent:groeipad-microbundle.jar}): it starts before Payara Micro's own {@code main}, outside the
 * application and outside Payara's service locator, so it works when the deployment itself hangs. A daemon thread
 * asks {@code /health/ready} on loopback once a second; once it answers 200 the watchdog logs how long the start
 * took and ends. If it has not answered 200 within {@code GROEIPAD_STARTUP_TIMEOUT_SECONDS} (default
 * {@value #DEFAULT_TIMEOUT_SECONDS}; 0 switches the watchdog off), the watchdog prints a thread dump to standard error
 * (the evidence of the hang) and exits.
 *
 * <p>The address: {@code GROEIPAD_STARTUP_READY_URL} if set, otherwise {@code http://127.0.0.1:<port>/health/ready}
 * with the port of Payara Micro's {@code --port} option (8080 without it).
 */
public final class StartupWatchdog {

    public static final String TIMEOUT_VARIABLE = "GROEIPAD_STARTUP_TIMEOUT_SECONDS";
    public static final String READY_URL_VARIABLE = "GROEIPAD_STARTUP_READY_URL";
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;
    public static final int EXIT_STATUS = 3;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    private StartupWatchdog() {
    }

    /** Runs before {@code main} when the bundle is started with {@code java -jar} (manifest {@code Launcher-Agent-Class}). */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        bootOneServiceAtATime(System.getProperties());
        start();
    }

    /** Runs before {@code main} with {@code -javaagent:groeipad-microbundle.jar} (manifest {@code Premain-Class}). */
    public static void premain(String arguments, Instrumentation instrumentation) {
        bootOneServiceAtATime(System.getProperties());
        start();
    }

    /** Payara's (GlassFish's) switch for how its kernel starts its run-level services. */
    public static final String THREAD_POLICY = "org.glassfish.startupThreadPolicy";

    /**
     * The cause of the start-ups that hung: Payara Micro starts its kernel's run-level services on several threads
     * (HK2's {@code RunLevelController}, "FULLY_THREADED"), and HK2's service locator can deadlock among them. A thread
     * dump of a hung start (2026-12-07) showed it: one {@code RunLevelControllerThread} held the locator's read lock
     * while it waited for a second to finish creating a descriptor; the second waited for the read lock, queued behind
     * a third that wanted the write lock (to add a configuration bean it created just in time), which waited for the
     * first to let go of its read lock. Started one service at a time ({@code USE_NO_THREADS}, GlassFish's own
     * setting) there is no second thread to wait for. Set before Payara's {@code main}; an operator's own
     * {@code -Dorg.glassfish.startupThreadPolicy=…} wins.
     */
    static void bootOneServiceAtATime(java.util.Properties system) {
        if (system.getProperty(THREAD_POLICY) == null) {
            system.setProperty(THREAD_POLICY, "USE_NO_THREADS");
        }
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return; // both as launcher agent and as -javaagent (a launch-micro.jar copies the bundle's manifest)
        }
        Settings settings;
        try {
            var configuration = new java.util.HashMap<String, String>();
            System.getProperties().stringPropertyNames().forEach(name -> configuration.put(name, System.getProperty(name)));
            configuration.putAll(System.getenv());
            settings = Settings.of(configuration, System.getProperty("sun.java.command", ""));
        } catch (IllegalArgumentException misconfigured) {
            System.err.println("SEVERE: " + misconfigured.getMessage());
            System.exit(2);
            return;
        }
        if (settings.timeout().isZero()) {
            return;
        }
        var thread = new Thread(() -> watch(settings), "groeipad-startup-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** What to watch and for how long, from the environment and the command line. */
    record Settings(URI readyUrl, Duration timeout) {

        /** From environment variables, or else the system properties {@code groeipad.startup.timeout-seconds} and {@code groeipad.startup.ready-url}. */
        static Settings of(Map<String, String> configuration, String commandLine) {
            var timeout = value(configuration, TIMEOUT_VARIABLE).map(String::strip)
                    .map(Settings::seconds).orElse(Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
            var url = value(configuration, READY_URL_VARIABLE).map(URI::create)
                    .orElseGet(() -> URI.create("http://127.0.0.1:" + port(commandLine) + "/health/ready"));
            return new Settings(url, timeout);
        }

        private static Optional<String> value(Map<String, String> configuration, String variable) {
            var property = variable.toLowerCase(java.util.Locale.ROOT).replace("groeipad_startup_", "groeipad.startup.").replace('_', '-');
            return Optional.ofNullable(configuration.get(variable)).or(() -> Optional.ofNullable(configuration.get(property)))
                    .map(String::strip).filter(v -> !v.isEmpty());
        }

        private static Duration seconds(String value) {
            try {
                var seconds = Long.parseLong(value);
                if (seconds < 0) {
                    throw new IllegalArgumentException(TIMEOUT_VARIABLE + " must be 0 (off) or a number of seconds: " + value);
                }
                return Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TIMEOUT_VARIABLE + " must be 0 (off) or a number of seconds: " + value, e);
            }
        }

        /** Payara Micro's {@code --port N} (or {@code --port=N}); its default 8080 without it. */
        static int port(String commandLine) {
            var words = commandLine.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                var word = words[i];
                if (word.equalsIgnoreCase("--port") && i + 1 < words.length) {
                    return Integer.parseInt(words[i + 1]);
                }
                if (word.toLowerCase(java.util.Locale.ROOT).startsWith("--port=")) {
                    return Integer.parseInt(word.substring("--port=".length()));
                }
            }
            return 8080;
        }
    }

    /** The watch itself; answers true when ready, false when the time ran out. */
    static boolean await(Settings settings, Probe probe, LongSupplier nanoClock, Sleeper sleeper) throws InterruptedException {
        long deadline = nanoClock.getAsLong() + settings.timeout().toNanos();
        while (nanoClock.getAsLong() < deadline) {
            if (probe.ready(settings.readyUrl())) {
                return true;
            }
            sleeper.sleep(POLL);
        }
        return false;
    }

    @FunctionalInterface
    interface Probe {
        boolean ready(URI url);
    }

    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static void watch(Settings settings) {
        try {
            if (await(settings, StartupWatchdog::answersOk, System::nanoTime, d -> Thread.sleep(d))) {
                // Logging only now: touching java.util.logging before Payara configured it would fix its set-up too early.
                var uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
                Logger.getLogger(StartupWatchdog.class.getName()).info(() -> "Groeipad is ready: %s answered 200 %.1f s after the JVM started"
                        .formatted(settings.readyUrl(), uptime));
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        giveUp(settings, System.err);
    }

    private static boolean answersOk(URI url) {
        try {
            var connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(5_000);
            connection.setUseCaches(false);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (java.io.IOException | RuntimeException notYet) {
            return false;
        }
    }

    private static void giveUp(Settings settings, PrintStream err) {
        err.println("SEVERE: Groeipad did not become ready within " + settings.timeout().toSeconds() + " s ("
                + settings.readyUrl() + " never answered 200; set " + TIMEOUT_VARIABLE + " to wait longer). "
                + "Exiting with status " + EXIT_STATUS + " so that it is started again. Threads at this moment:");
        threadDump(err);
        err.flush();
        // Orderly exit first (H2 closes its files); if a shutdown hook hangs on the same locks as the start, halt.
        var halt = new Thread(() -> {
            try {
                Thread.sleep(GRACE.toMillis());
            } catch (InterruptedException ignored) {
                // halt anyway
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "groeipad-startup-watchdog-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_STATUS);
    }

    /** Every thread with its whole stack, the locks it holds and the one it waits for. */
    static void threadDump(PrintStream out) {
        var threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        Arrays.sort(threads, Comparator.comparing(ThreadInfo::getThreadName));
        for (var info : threads) {
            out.printf("%n\"%s\" #%d %s%s%n", info.getThreadName(), info.getThreadId(), info.getThreadState(),
                    info.getLockInfo() == null ? "" : " on " + info.getLockInfo()
                            + (info.getLockOwnerName() == null ? "" : " owned by \"" + info.getLockOwnerName() + "\""));
            var stack = info.getStackTrace();
            for (int i = 0; i < stack.length; i++) {
                out.println("\tat " + stack[i]);
                for (var monitor : info.getLockedMonitors()) {
                    if (monitor.getLockedStackDepth() == i) {
                        out.println("\t- locked " + monitor);
                    }
                }
            }
            for (var sync : info.getLockedSynchronizers()) {
                out.println("\t- holds " + sync);
            }
        }
    }
}
