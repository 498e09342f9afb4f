package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Benchmark of the launch path and of the server's footprint, not a test of speed: {@code mvn verify -Pbenchmark
 * -Dit.test=LaunchBenchmarkIT}. It starts the runnable bundle as its own process with the JVM options of the README's
 * run command ({@code -Dbenchmark.jvm.options} to try others; {@code -Dbenchmark.jfr=true} adds a flight recording to
 * {@code target/benchmark-launch.jfr}), against MariaDB, and drives it from this JVM (a separate process: no lock,
 * heap or thread pool shared with the server).
 *
 * <p>One launch is what a person's browser does: the OIDC login at the tool, the platform's authorization endpoint
 * (the in-test platform signs an id_token), the form post to {@code POST /lti/launch}, and the first API call
 * {@code GET /api/v1/me}. The launch post is timed on its own as well as the whole flow. After a warm-up of
 * 3,000 launches it measures one client and then 16 concurrent clients, 10,000 launches in all, and
 * reports the time until ready, the server's CPU and SQL statements per launch, the CPU per launch of the load driver
 * (this JVM) and of MariaDB, which share the machine's cores with the server, and the resident memory after them.
 * {@code -Dbenchmark.preboot=FILE} adds asadmin commands to the server's pre-boot commands, to try a server setting.
 * {@code -Dbenchmark.driver-nice=N} (1–19) lowers the scheduling priority of the load driver's threads once the server
 * is ready, so that on a machine where they share the cores the server's requests go first, as they would where the
 * browsers and the LMS run on machines of their own: a second measurement beside the standard one, never instead of it
 * (the report says so).
 * Results go to the console and to
 * {@code target/benchmark-launch.txt}.
 */
class LaunchBenchmarkIT {

    /** {@code -Dbenchmark.scale=0.1} for a quick look (e.g. with a flight recording); the report says so. */
    static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    static final int WARM_UP = (int) (3_000 * SCALE);
    static final int SINGLE = (int) (1_000 * SCALE);
    static final int CLIENTS = 16;
    static final int PER_CLIENT = (int) (375 * SCALE);

    /** The targets of issue 7 §9. */
    static final double TARGET_P95_C16_MS = 50;
    static final double TARGET_P95_C1_MS = 10;
    static final long TARGET_RSS_MIB = 450;
    static final Duration TARGET_READY = Duration.ofSeconds(10);

    /** {@code -Dbenchmark.driver-nice=N}: 0 (the standard run) or the nice value of the load driver's threads. */
    static final int DRIVER_NICE = Integer.getInteger("benchmark.driver-nice", 0);

    @Test
    void launchPathAndFootprint() throws Exception {
        var port = Integer.parseInt(System.getProperty("it.http.port", "18080")) + 1000;
        Deployments.freshDatabase();
        var options = new ArrayList<>(Arrays.asList(System.getProperty("benchmark.jvm.options", "").strip().split("\\s+")));
        options.removeIf(String::isEmpty);
        if (Boolean.getBoolean("benchmark.jfr")) {
            options.add("-XX:StartFlightRecording=filename=" + Path.of("target", "benchmark-launch.jfr").toAbsolutePath()
                    + ",settings=profile");
        }
        var load = Files.readString(Path.of("/proc/loadavg")).strip();
        var report = new StringBuilder("Launch benchmark %s: runnable bundle on loopback against MariaDB, load driver in another JVM\n"
                .formatted(Instant.now()));
        if (SCALE != 1) {
            report.append("SCALED to ").append(SCALE).append(" of the standard run\n");
        }
        report.append("JVM options: ").append(options.isEmpty() ? "(none)" : String.join(" ", options))
                .append("; environment MALLOC_ARENA_MAX=").append(Bundle.environment(port, Map.of()).get("MALLOC_ARENA_MAX"))
                .append('\n');
        var extraPreBoot = extraPreBootCommands();
        if (!extraPreBoot.isBlank()) {
            report.append("extra pre-boot commands: ").append(extraPreBoot.strip().replace("\n", "; ")).append('\n');
        }
        report.append("machine load before (1/5/15 min): ").append(load).append('\n');

        // loopback only, as every server of the tests (Payara Micro's listeners bind to every interface otherwise)
        var loopback = Path.of("target", "benchmark-launch-loopback.asadmin").toAbsolutePath();
        Files.writeString(loopback, """
                set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
                set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1
                """ + extraPreBoot);
        try (var bundle = Bundle.start(Path.of("target", "groeipad-microbundle.jar"), port, options,
                List.of("--prebootcommandfile", loopback.toString()), Bundle.environment(port, Map.of()),
                Path.of("target", "benchmark-launch-server.log"), Duration.ofMinutes(5), () -> { });
             var platform = TestPlatform.registeredAt(new ToolClient(bundle.base()), "Benchmark")) {
            report.append("ready after %.1f s (target < %d s), %.1f s of CPU; after start: %s%n".formatted(
                    bundle.readyAfter().toMillis() / 1000.0, TARGET_READY.toSeconds(), bundle.cpu().toMillis() / 1000.0,
                    bundle.memory().describe()));
            report.append("after start: ").append(bundle.codeCache().describe()).append('\n');
            if (DRIVER_NICE > 0) {
                report.append(lowerDriverPriority(DRIVER_NICE)).append('\n');
            }
            for (int i = 0; i < CLIENTS; i++) {
                platform.person("bench-" + i, "Deelnemer", "Nummer " + i, TestPlatform.LEARNER);
            }

            var warmUp = run(bundle, platform, CLIENTS, WARM_UP / CLIENTS);
            report.append("warm-up: ").append(warmUp.describe(CLIENTS));
            var single = run(bundle, platform, 1, SINGLE);
            report.append(single.describe(1));
            var concurrent = run(bundle, platform, CLIENTS, PER_CLIENT);
            report.append(concurrent.describe(CLIENTS));
            var launches = warmUp.launches() + single.launches() + concurrent.launches();
            var memory = bundle.memory();
            report.append("after %,d launches: %s%n".formatted(launches, memory.describe()));
            report.append("after %,d launches: %s%n".formatted(launches, bundle.codeCache().describe()));
            report.append("targets (issue 7 §9): launch POST p95 c16 %.1f ms (< %.0f) %s; c1 %.1f ms (< %.0f) %s; RSS %d MiB (< %d) %s; ready %.1f s (< %d) %s%n"
                    .formatted(concurrent.launchPost().p95(), TARGET_P95_C16_MS, mark(concurrent.launchPost().p95() < TARGET_P95_C16_MS),
                            single.launchPost().p95(), TARGET_P95_C1_MS, mark(single.launchPost().p95() < TARGET_P95_C1_MS),
                            memory.rssKib() / 1024, TARGET_RSS_MIB, mark(memory.rssKib() >= 0 && memory.rssKib() / 1024 < TARGET_RSS_MIB),
                            bundle.readyAfter().toMillis() / 1000.0, TARGET_READY.toSeconds(),
                            mark(bundle.readyAfter().compareTo(TARGET_READY) < 0)));
            report.append("machine load after (1/5/15 min): ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-launch.txt"), report);
            assertThat(warmUp.failures() + single.failures() + concurrent.failures()).as("failed launches").isZero();
        }
    }

    /**
     * Sets every thread of this JVM to the nice value (Linux: a thread's priority is its own, and the threads it starts
     * later inherit it, so the clients' pool and the HTTP client's threads do too). The server is another process, started
     * before, and keeps its priority.
     */
    private static String lowerDriverPriority(int nice) throws Exception {
        var command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(t -> t.getFileName().toString()).forEach(command::add);
        }
        var renice = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(renice.getInputStream().readAllBytes()).strip();
        if (renice.waitFor() != 0) {
            throw new IllegalStateException("renice failed: " + output);
        }
        return ("NOT THE STANDARD RUN: the load driver's %d threads run at nice %d, the server at its own priority"
                + " (-Dbenchmark.driver-nice)").formatted(command.size() - 4, nice);
    }

    /** {@code -Dbenchmark.preboot=FILE}: more asadmin commands before boot, to try a server setting (the report names them). */
    private static String extraPreBootCommands() throws java.io.IOException {
        var file = System.getProperty("benchmark.preboot", "");
        return file.isBlank() ? "" : Files.readString(Path.of(file));
    }

    private static Duration driverCpu() {
        return Duration.ofNanos(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime());
    }

    /** MariaDB's CPU so far (every process whose command is mariadbd or mysqld); -1 ms if there is none to read. */
    private static Duration databaseCpu() {
        var used = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .map(p -> Bundle.cpuOf(p.pid())).filter(cpu -> !cpu.isNegative())
                .reduce(Duration::plus);
        return used.orElse(Duration.ofMillis(-1));
    }

    private static String mark(boolean met) {
        return met ? "met" : "MISSED";
    }

    /** Percentiles of one measured step, in milliseconds. */
    record Timings(List<Long> nanos) {
        double p(int percent) {
            var sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1))) / 1e6;
        }

        double p95() {
            return p(95);
        }

        String describe() {
            return "p50 %6.1f, p95 %6.1f, p99 %6.1f, max %6.1f ms".formatted(p(50), p(95), p(99), p(100));
        }
    }

    /**
     * @param driverCpu this JVM's CPU (the browsers and the platform, which signs an id_token per launch): on this
     *                  machine the load driver shares the cores with the server, where real browsers and the LMS do not
     * @param databaseCpu MariaDB's CPU, when its process can be read ({@code /proc}); negative otherwise
     */
    record Result(Timings flow, Timings launchPost, long wallNanos, int failures, Duration serverCpu, long statements,
                  Duration driverCpu, Duration databaseCpu) {
        int launches() {
            return flow.nanos().size();
        }

        String describe(int clients) {
            double seconds = wallNanos / 1e9;
            return ("%2d client(s): %,6d launches in %6.1f s = %6.1f launches/s; failures %d; server CPU %.2f ms per launch;"
                    + " SQL statements %.1f per launch%n"
                    + "  CPU per launch besides the server's: load driver %.2f ms, MariaDB %s%n"
                    + "  whole flow:       %s%n  POST /lti/launch: %s%n")
                    .formatted(clients, launches(), seconds, launches() / seconds, failures,
                            serverCpu.toNanos() / 1e6 / launches(), (double) statements / launches(),
                            driverCpu.toNanos() / 1e6 / launches(),
                            databaseCpu.isNegative() ? "unknown" : "%.2f ms".formatted(databaseCpu.toNanos() / 1e6 / launches()),
                            flow.describe(), launchPost.describe());
        }
    }

    private static Result run(Bundle bundle, TestPlatform platform, int clients, int launchesPerClient) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        var flows = Collections.synchronizedList(new ArrayList<Long>());
        var posts = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        var tasks = new ArrayList<Callable<Void>>();
        for (int c = 0; c < clients; c++) {
            var person = "bench-" + c;
            tasks.add(() -> {
                var browser = new ToolClient(bundle.base());
                for (int i = 0; i < launchesPerClient; i++) {
                    long start = System.nanoTime();
                    try {
                        var form = browser.authorizationForm(platform, person);
                        long post = System.nanoTime();
                        var launch = browser.postForm(form.get("action"), Map.of("id_token", form.get("id_token"), "state", form.get("state")));
                        posts.add(System.nanoTime() - post);
                        var token = ToolClient.sessionToken(launch);
                        if (browser.api("GET", "/api/v1/me", token, null).statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failures.incrementAndGet();
                    }
                    flows.add(System.nanoTime() - start);
                }
                return null;
            });
        }
        // every statement of the server's database user (MariaDB user statistics, as the other benchmarks count them),
        // the server's timers included
        try (var statements = SelectCount.counting(SelectCount.Statements.ALL)) {
            var cpu = bundle.cpu();
            var driverCpu = driverCpu();
            var databaseCpu = databaseCpu();
            var before = statements.soFar();
            long wall = System.nanoTime();
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
            wall = System.nanoTime() - wall;
            pool.shutdown();
            var used = bundle.cpu().minus(cpu);
            var driverUsed = driverCpu().minus(driverCpu);
            var databaseUsed = databaseCpu.isNegative() ? databaseCpu : databaseCpu().minus(databaseCpu);
            Thread.sleep(250); // the statistics row is written when a statement ends
            return new Result(new Timings(List.copyOf(flows)), new Timings(List.copyOf(posts)), wall, failures.get(),
                    used, statements.soFar() - before, driverUsed, databaseUsed);
        }
    }
}
