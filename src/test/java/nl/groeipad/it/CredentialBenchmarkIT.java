package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of certificates, not a test of speed: {@code mvn verify -Pbenchmark -Dit.test=CredentialBenchmarkIT}.
 * One organisation, one participant with the starter route; 1,000 certificates issued end to end over HTTP, one
 * client after each other: the issue (route read, OB 3.0 credential built and signed as VC-JWT, stored), then its
 * PDF, its OB 2.0 assertion and its baked badge image fetched as a participant and a backpack would. Then the public
 * verification endpoint (JSON) over 1,000 requests on random issued ids after 100 warm-up requests. p50/p95/max to
 * the console and {@code target/benchmark-credential.txt}. {@code -Dbenchmark.scale=0.1} issues 100.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialBenchmarkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void issuingAndVerifying() throws Exception {
        var scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
        var certificates = (int) Math.max(10, Math.round(1000 * scale));
        var http = HttpClient.newHttpClient();
        try (var platform = new TestPlatform()) {
            var client = new ToolClient(Deployments.base());
            var created = client.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Benchmark certificaten","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(), platform.deploymentId()));
            assertThat(created.statusCode()).isEqualTo(201);
            var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "coach-1"));
            var participant = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "learner-1"));
            var courseId = ToolClient.json(client.api("GET", "/api/v1/me", coach, null)).getJsonObject("course").getString("id");
            var participantId = ToolClient.json(client.api("GET", "/api/v1/me", participant, null)).getJsonObject("user").getString("id");
            var starter = ToolClient.jsonArray(client.api("GET", "/api/v1/routes", coach, null)).getValuesAs(JsonObject.class)
                    .stream().filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).findFirst().orElseThrow();
            assertThat(client.api("POST", "/api/v1/courses/" + courseId + "/participants/" + participantId + "/route", coach,
                    "{\"templateId\":\"" + starter.getString("id") + "\"}").statusCode()).isEqualTo(201);
            CompletionSteps.completeRoute(client, coach, courseId, participantId);
            var path = "/api/v1/courses/" + courseId + "/participants/" + participantId + "/credentials";

            var issue = new ArrayList<Long>();
            var endToEnd = new ArrayList<Long>();
            var verifyUrls = new ArrayList<String>();
            var started = System.nanoTime();
            for (int i = 0; i < certificates; i++) {
                var t0 = System.nanoTime();
                var response = client.api("POST", path, coach, "{\"message\":\"Certificaat " + i + "\"}");
                var t1 = System.nanoTime();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                var links = ToolClient.json(response).getJsonObject("links");
                var pdf = http.send(HttpRequest.newBuilder(URI.create(Deployments.base() + links.getString("pdf")))
                        .header("Accept", "application/pdf").header("Authorization", "Bearer " + participant).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(get(http, links.getString("assertion")).statusCode()).isEqualTo(200);
                assertThat(get(http, links.getString("badge")).statusCode()).isEqualTo(200);
                var t2 = System.nanoTime();
                issue.add(t1 - t0);
                endToEnd.add(t2 - t0);
                verifyUrls.add(links.getString("verify") + "/verification");
            }
            var issuingSeconds = (System.nanoTime() - started) / 1e9;

            var random = new Random(42);
            for (int i = 0; i < 100; i++) {
                get(http, verifyUrls.get(random.nextInt(verifyUrls.size())));
            }
            var verify = new ArrayList<Long>();
            for (int i = 0; i < 1000; i++) {
                var t0 = System.nanoTime();
                var response = get(http, verifyUrls.get(random.nextInt(verifyUrls.size())));
                verify.add(System.nanoTime() - t0);
                assertThat(response.statusCode()).isEqualTo(200);
            }

            var report = new StringBuilder("Certificate benchmark: HTTP on loopback, Payara Micro, MariaDB; one client\n");
            report.append(String.format("%d certificates issued end to end in %.1f s (%.1f per second)%n", certificates,
                    issuingSeconds, certificates / issuingSeconds));
            report.append(line("issue (POST: route, OB 3.0 built and signed, stored)", issue));
            report.append(line("end to end (issue + PDF + OB 2.0 assertion + baked PNG)", endToEnd));
            report.append(line("verification endpoint (GET …/verification, 1,000 after 100 warm-up)", verify));
            report.append(String.format("machine load average at the end: %s%n", loadAverage()));
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-credential.txt"), report);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String line(String what, List<Long> nanos) {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%-72s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what, ms(sorted, 0.50), ms(sorted, 0.95),
                sorted.getLast() / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
