package nl.groeipad.lms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names and Role Provisioning Services 2.0: reads a course's context membership (§2.2), page after page as the
 * platform's {@code Link: <…>; rel="next"} headers lead (§2.4.2), at most {@link #MAX_PAGES} pages.
 */
@ApplicationScoped
public class NrpsClient {

    public static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 200;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel\\s*=\\s*\"?next\"?", Pattern.CASE_INSENSITIVE);

    @Inject
    @ConfigProperty(name = "groeipad.lms.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    private HttpClient http;

    /** One member as NRPS reports it; names and email only when the platform shares them. */
    public record Member(String userId, String status, List<String> roles, String name, String givenName, String familyName,
                         String email) {
        public boolean active() {
            return !"Inactive".equalsIgnoreCase(status) && !"Deleted".equalsIgnoreCase(status);
        }
    }

    /** The platform did not give the membership (status 0: no answer). */
    public static class Failure extends Exception {
        private final int status;

        Failure(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public List<Member> members(String membershipsUrl, String token) throws Failure {
        var members = new ArrayList<Member>();
        var next = Optional.of(membershipsUrl);
        for (int page = 0; next.isPresent(); page++) {
            if (page == MAX_PAGES) {
                throw new Failure("more than " + MAX_PAGES + " pages of members", 0);
            }
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(URI.create(next.get())).timeout(Duration.ofMillis(timeoutMillis))
                        .header("Authorization", "Bearer " + token).header("Accept", MEMBERSHIPS).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new Failure("unreachable: " + e.getMessage(), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted", 0);
            }
            if (response.statusCode() != 200) {
                throw new Failure("HTTP " + response.statusCode(), response.statusCode());
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                var container = reader.readObject();
                for (var value : container.getJsonArray("members")) {
                    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                        member(value.asJsonObject()).ifPresent(members::add);
                    }
                }
            } catch (RuntimeException e) {
                throw new Failure("membership not understood: " + e.getMessage(), 0);
            }
            next = next(response.headers().allValues("Link"));
            if (next.isPresent() && !sameOrigin(membershipsUrl, next.get())) {
                // The access token goes only where the signed launch pointed: the platform's own host.
                throw new Failure("the next page is on another host: " + next.get(), 0);
            }
        }
        return members;
    }

    static boolean sameOrigin(String a, String b) {
        return nl.groeipad.lms.entity.AgsUrls.sameOrigin(a, b);
    }

    /** The {@code rel="next"} target of Link headers (RFC 8288), if any. */
    static Optional<String> next(List<String> linkHeaders) {
        for (var header : linkHeaders) {
            var m = NEXT.matcher(header);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Member> member(JsonObject m) {
        var userId = text(m, "user_id");
        if (userId == null) {
            return Optional.empty();
        }
        var roles = m.containsKey("roles") && m.get("roles").getValueType() == JsonValue.ValueType.ARRAY
                ? m.getJsonArray("roles").stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList()
                : List.<String>of();
        return Optional.of(new Member(userId, Optional.ofNullable(text(m, "status")).orElse("Active"), roles,
                text(m, "name"), text(m, "given_name"), text(m, "family_name"), text(m, "email")));
    }

    private static String text(JsonObject o, String key) {
        var v = o.get(key);
        if (v == null) {
            return null;
        }
        var s = v instanceof JsonString js ? js.getString() : v.toString();
        return s.isBlank() ? null : s;
    }
}
