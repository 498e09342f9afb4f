package nl.groeipad.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable bundle ({@code target/groeipad-microbundle.jar}) started the way an operator starts it: its own
 * process and JVM, with the given JVM options, so that what is measured (start-up time, resident memory) is what
 * production gets, and the load driver in the test JVM shares no lock, heap or thread pool with the server.
 */
final class Bundle implements AutoCloseable {

    private final Process process;
    private final String base;
    private final Duration readyAfter;
    private final Path log;

    private Bundle(Process process, String base, Duration readyAfter, Path log) {
        this.process = process;
        this.base = base;
        this.readyAfter = readyAfter;
        this.log = log;
    }

    /** Starts the bundle on loopback and waits until {@code /health/ready} answers 200 (at most {@code limit}). */
    static Bundle start(Path jar, int port, List<String> jvmOptions, Map<String, String> environment, Path log,
                        Duration limit) throws IOException, InterruptedException {
        return start(jar, port, jvmOptions, List.of(), environment, log, limit, () -> { });
    }

    /**
     * As {@link #start(Path, int, List, Map, Path, Duration)}, with more Payara Micro options and something to do
     * between the readiness probes while the server starts (e.g. ask what it answers in the meantime).
     */
    static Bundle start(Path jar, int port, List<String> jvmOptions, List<String> microOptions,
                        Map<String, String> environment, Path log, Duration limit, Runnable whileStarting)
            throws IOException, InterruptedException {
        try (var probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (IOException busy) {
            throw new IllegalStateException("port " + port + " is in use: is a server of an earlier run still running?", busy);
        }
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port), "--disablephonehome"));
        command.addAll(microOptions);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        var process = builder.start();
        var base = "http://127.0.0.1:" + port;
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        var ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < limit.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bundle exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            whileStarting.run();
            try {
                // sendAsync with a bound of our own: a loaded machine once left a plain send() waiting for minutes
                if (http.sendAsync(ready, HttpResponse.BodyHandlers.discarding()).get(3, TimeUnit.SECONDS).statusCode() == 200) {
                    return new Bundle(process, base, Duration.ofNanos(System.nanoTime() - started), log);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the bundle was not ready within " + limit + "; see " + log);
    }

    String base() {
        return base;
    }

    Duration readyAfter() {
        return readyAfter;
    }

    /** Resident set size (and its peak, and the number of threads) of the server process, from /proc on Linux. */
    Memory memory() {
        try {
            var status = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return new Memory(kib(status, "VmRSS:"), kib(status, "VmHWM:"), kib(status, "Threads:"));
        } catch (IOException | RuntimeException notLinux) {
            return new Memory(-1, -1, -1);
        }
    }

    /** CPU time the server process has used so far (user + system), from /proc on Linux; -1 elsewhere. */
    Duration cpu() {
        return cpuOf(process.pid());
    }

    /** CPU time a process has used so far (user + system), from /proc on Linux; -1 ms elsewhere or when it is gone. */
    static Duration cpuOf(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            return Duration.ofMillis(ticks * 10); // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException notLinux) {
            return Duration.ofMillis(-1);
        }
    }

    /**
     * The JIT's code cache now ({@code jcmd <pid> Compiler.codecache}): in use, the most ever in use and its size, how
     * often it was full and compilation stopped, and whether the JVM ever said "CodeCache is full" (then the JIT
     * compiles nothing more until code is flushed, and CPU rises).
     */
    CodeCache codeCache() {
        try {
            var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Compiler.codecache").redirectErrorStream(true).start();
            var out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                return CodeCache.unknown("jcmd failed: " + out.strip());
            }
            var full = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains("CodeCache is full");
            // the line "CodeCache: size=...Kb used=...Kb max_used=...Kb" is the whole cache, also when it is segmented
            var total = out.lines().filter(l -> l.startsWith("CodeCache:")).findFirst().orElse("");
            return new CodeCache(kib(total, "used="), kib(total, "max_used="), kib(total, "size="),
                    count(out, "full_count="), count(out, "stopped_count="), full, "");
        } catch (IOException | RuntimeException e) {
            return CodeCache.unknown(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CodeCache.unknown(e.toString());
        }
    }

    record CodeCache(long usedKib, long maxUsedKib, long sizeKib, long fullCount, long stoppedCount, boolean fullInLog,
                     String problem) {
        static CodeCache unknown(String problem) {
            return new CodeCache(-1, -1, -1, -1, -1, false, problem);
        }

        String describe() {
            return sizeKib < 0 ? "n/a (" + problem + ")"
                    : "code cache used %.1f MiB, at most %.1f MiB, of %.1f MiB (%.0f %%); full %d time(s), compilation stopped %d time(s); \"CodeCache is full\" in the log: %s"
                    .formatted(usedKib / 1024.0, maxUsedKib / 1024.0, sizeKib / 1024.0, 100.0 * maxUsedKib / sizeKib,
                            fullCount, stoppedCount, fullInLog ? "YES (the JIT was disabled)" : "no");
        }
    }

    /** A {@code key=123Kb} field of the code cache's summary line; -1 when it is missing. */
    private static long kib(String line, String key) {
        return java.util.regex.Pattern.compile("(?<![a-z_])" + java.util.regex.Pattern.quote(key) + "(\\d+)Kb").matcher(line)
                .results().mapToLong(m -> Long.parseLong(m.group(1))).findFirst().orElse(-1);
    }

    private static long count(String codecache, String key) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + "(\\d+)").matcher(codecache)
                .results().mapToLong(m -> Long.parseLong(m.group(1))).findFirst().orElse(-1);
    }

    record Memory(long rssKib, long peakRssKib, long threads) {
        String describe() {
            return rssKib < 0 ? "n/a (no /proc)" : "RSS %d MiB (peak %d MiB), %d threads".formatted(rssKib / 1024, peakRssKib / 1024, threads);
        }
    }

    private static long kib(List<String> status, String key) {
        return status.stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length()).strip().split("\\s+")[0])).orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Payara shuts down, a flight recording is written
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The environment of the test JVM (Failsafe sets GROEIPAD_DB_* for MariaDB) with this server's own settings. */
    static Map<String, String> environment(int port, Map<String, String> more) {
        var environment = new java.util.HashMap<>(Map.of(
                "GROEIPAD_PUBLIC_BASE_URL", "http://127.0.0.1:" + port,
                "GROEIPAD_ADMIN_SECRET", ToolClient.ADMIN_SECRET,
                "GROEIPAD_DEMO_ENABLED", "false",
                // as the README's run command and the Dockerfile
                "MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2")));
        environment.putAll(more);
        return environment;
    }
}
