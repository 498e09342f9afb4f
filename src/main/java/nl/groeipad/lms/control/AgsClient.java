package nl.groeipad.lms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.groeipad.lms.entity.AgsUrls;
import nl.groeipad.lms.entity.RetryPolicy;
import nl.groeipad.lms.entity.Score;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP side of Assignment and Grade Services 2.0: posting a score to a line item (§3.4, media type
 * {@code application/vnd.ims.lis.v1.score+json}), and finding or creating a line item through the line-items
 * endpoint (§3.2). Answers are reported, never thrown: the caller decides with the {@link RetryPolicy}.
 */
@ApplicationScoped
public class AgsClient {

    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    public static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String LINE_ITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    @Inject
    @ConfigProperty(name = "groeipad.lms.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    private HttpClient http;

    /** The answer to one call: its outcome for the retry policy and, when it failed, a short reason. */
    public record Sent(RetryPolicy.Outcome outcome, String error) {
        public boolean ok() {
            return outcome instanceof RetryPolicy.Answered a && a.status() >= 200 && a.status() < 300;
        }

        public int status() {
            return outcome instanceof RetryPolicy.Answered a ? a.status() : 0;
        }
    }

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The score JSON of AGS 2.0 §3.4.1 for one person. */
    public static String scoreJson(Score score, String lmsUserId, Instant timestamp) {
        var json = Json.createObjectBuilder()
                .add("userId", lmsUserId)
                .add("scoreGiven", score.given())
                .add("scoreMaximum", score.maximum())
                .add("activityProgress", score.activity().name())
                .add("gradingProgress", score.grading().name())
                .add("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        timestamp.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)));
        if (score.comment() != null) {
            json.add("comment", score.comment());
        }
        return json.build().toString();
    }

    public Sent postScore(String lineItemUrl, String token, String scoreJson) {
        var request = HttpRequest.newBuilder(URI.create(AgsUrls.scores(lineItemUrl)))
                .timeout(Duration.ofMillis(timeoutMillis))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", SCORE)
                .POST(HttpRequest.BodyPublishers.ofString(scoreJson)).build();
        return send(request).sent();
    }

    /** A line item of the course with this resourceId (and tag), or empty; the answer tells why not. */
    public Found findLineItem(String lineItemsUrl, String token, String resourceId, String tag) {
        var url = AgsUrls.withParameter(lineItemsUrl, "resource_id", resourceId);
        if (tag != null) {
            url = AgsUrls.withParameter(url, "tag", tag);
        }
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(timeoutMillis))
                .header("Authorization", "Bearer " + token).header("Accept", LINE_ITEMS).GET().build();
        var answer = send(request);
        if (!answer.sent().ok()) {
            return new Found(answer.sent(), Optional.empty());
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            var items = reader.readArray();
            return new Found(answer.sent(), items.stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                    .filter(item -> resourceId.equals(item.getString("resourceId", null))
                            && (tag == null || tag.equals(item.getString("tag", null))))
                    .map(item -> item.getString("id", null)).filter(id -> id != null && AgsUrls.sameOrigin(lineItemsUrl, id))
                    .findFirst());
        } catch (RuntimeException e) {
            return new Found(new Sent(RetryPolicy.Outcome.status(502), "line items not understood: " + e.getMessage()),
                    Optional.empty());
        }
    }

    /** Creates a line item (§3.2.6); its URL (the {@code id} of the answer) when the platform made it. */
    public Found createLineItem(String lineItemsUrl, String token, String label, String resourceId, String tag,
                                java.math.BigDecimal scoreMaximum) {
        var body = Json.createObjectBuilder().add("scoreMaximum", scoreMaximum).add("label", label)
                .add("resourceId", resourceId);
        if (tag != null) {
            body.add("tag", tag);
        }
        var request = HttpRequest.newBuilder(URI.create(lineItemsUrl)).timeout(Duration.ofMillis(timeoutMillis))
                .header("Authorization", "Bearer " + token).header("Content-Type", LINE_ITEM).header("Accept", LINE_ITEM)
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
        var answer = send(request);
        if (!answer.sent().ok()) {
            return new Found(answer.sent(), Optional.empty());
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject item = reader.readObject();
            var id = item.getString("id", null);
            if (id == null || !AgsUrls.sameOrigin(lineItemsUrl, id)) {
                return new Found(new Sent(RetryPolicy.Outcome.status(502), "the created line item is not on the platform's host: " + id),
                        Optional.empty());
            }
            return new Found(answer.sent(), Optional.of(id));
        } catch (RuntimeException e) {
            return new Found(new Sent(RetryPolicy.Outcome.status(502), "line item not understood: " + e.getMessage()),
                    Optional.empty());
        }
    }

    public record Found(Sent sent, Optional<String> url) {
    }

    private record Answer(Sent sent, String body) {
    }

    private Answer send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var status = response.statusCode();
            var outcome = RetryPolicy.Outcome.status(status,
                    RetryPolicy.retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
            var error = status >= 200 && status < 300 ? null
                    : "HTTP " + status + (response.body().isBlank() ? "" : ": " + response.body().strip());
            return new Answer(new Sent(outcome, error), response.body());
        } catch (HttpTimeoutException e) {
            return new Answer(new Sent(RetryPolicy.Outcome.unreachable("timeout"), "no answer within " + timeoutMillis + " ms"), "");
        } catch (IOException e) {
            return new Answer(new Sent(RetryPolicy.Outcome.unreachable(String.valueOf(e.getMessage())),
                    "unreachable: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(new Sent(RetryPolicy.Outcome.unreachable("interrupted"), "interrupted"), "");
        }
    }
}
