package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of the launch path, not a test of speed: {@code mvn verify -Pbenchmark}. One "launch" is what a
 * person's browser does: OIDC login at the tool, the platform's authorization endpoint (the in-test
 * platform signs an id_token), the form post to {@code /lti/launch}, and the first API call
 * {@code GET /api/v1/me}. Everything on loopback, against MariaDB. Results go to the console and to
 * {@code target/benchmark-launch.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchBenchmarkIT {

    private static final int WARM_UP = 200;
    private static final int PER_CLIENT_SINGLE = 400;
    private static final int PER_CLIENT_CONCURRENT = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void launchPath() throws Exception {
        try (var platform = new TestPlatform()) {
            var admin = new ToolClient(Deployments.base());
            var created = admin.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Benchmark","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(), platform.deploymentId()));
            assertThat(created.statusCode()).isEqualTo(201);
            for (int i = 0; i < 40; i++) {
                platform.person("bench-" + i, "Deelnemer", "Nummer " + i, TestPlatform.LEARNER);
            }

            run(platform, 1, WARM_UP); // JIT, pools, key caches
            var report = new StringBuilder("Launch path benchmark (login + platform auth + launch + GET /api/v1/me), loopback, MariaDB\n");
            report.append(run(platform, 1, PER_CLIENT_SINGLE).describe(1));
            report.append(run(platform, 16, PER_CLIENT_CONCURRENT).describe(16));
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-launch.txt"), report);
        }
    }

    record Result(List<Long> nanos, long wallNanos, int failures) {
        String describe(int clients) {
            var sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            double seconds = wallNanos / 1e9;
            return "%2d client(s): %5d launches in %6.2f s = %7.1f launches/s; p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms; failures %d%n"
                    .formatted(clients, sorted.size(), seconds, sorted.size() / seconds, percentile(sorted, 50),
                            percentile(sorted, 95), sorted.getLast() / 1e6, failures);
        }

        private static double percentile(List<Long> sorted, int p) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }
    }

    private static Result run(TestPlatform platform, int clients, int launchesPerClient) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        var durations = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        var tasks = new ArrayList<Callable<Void>>();
        for (int c = 0; c < clients; c++) {
            var person = "bench-" + c;
            tasks.add(() -> {
                var browser = new ToolClient(Deployments.base());
                for (int i = 0; i < launchesPerClient; i++) {
                    long start = System.nanoTime();
                    try {
                        var token = ToolClient.sessionToken(browser.launch(platform, person));
                        if (browser.api("GET", "/api/v1/me", token, null).statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failures.incrementAndGet();
                    }
                    durations.add(System.nanoTime() - start);
                }
                return null;
            });
        }
        long wall = System.nanoTime();
        for (var f : pool.invokeAll(tasks)) {
            f.get();
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        assertThat(failures.get()).as("failed launches").isZero();
        return new Result(List.copyOf(durations), wall, failures.get());
    }
}
