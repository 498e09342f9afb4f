package nl.groeipad.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plays a browser (cookies, no automatic redirects) and an API client against the tool under test. */
public final class ToolClient {

    public static final String ADMIN_SECRET = "it-admin-secret-0123456789";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state|JWT)\" value=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    public ToolClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A browser with no cookies, e.g. one that never started the login. */
    public ToolClient freshBrowser() {
        return new ToolClient(base);
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
    }

    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> api(String method, String path, String token, String json) {
        return api(method, path, token, json, null);
    }

    /**
     * An API call with {@code If-Match: "<version>"} when {@code version} is given: the version of the
     * aggregate the caller saw, as optimistic concurrency asks for on changes.
     */
    public HttpResponse<String> api(String method, String path, String token, String json, Object version) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return send(request.build());
    }

    /** The version an answer's {@code ETag: "<version>"} names (weak or strong); fails when there is none. */
    public static int etag(HttpResponse<?> response) {
        var tag = response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(
                "no ETag on " + response.request().method() + " " + response.uri() + ": " + response.statusCode()));
        return Integer.parseInt(tag.replaceFirst("^W/", "").replace("\"", ""));
    }

    /** Sends raw bytes (e.g. a photo) with the session token; answers the JSON (or problem) text. */
    public HttpResponse<String> upload(String method, String path, String token, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request.build());
    }

    /** Fetches bytes (e.g. a photo) with the session token. */
    public HttpResponse<byte[]> download(String path, String token) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "image/*").header("Authorization", "Bearer " + token).GET();
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> admin(String method, String path, String json) {
        return admin(method, path, json, null);
    }

    /** An operator call with {@code If-Match: "<version>"} when {@code version} is given. */
    public HttpResponse<String> admin(String method, String path, String json, Object version) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").header("X-Admin-Secret", ADMIN_SECRET)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return send(request.build());
    }

    /** Login initiation as the platform starts it; answers the tool's redirect (or refusal). */
    public HttpResponse<String> initiateLogin(TestPlatform platform, String loginHint) {
        return get("/lti/login?iss=" + enc(platform.issuer()) + "&login_hint=" + enc(loginHint)
                + "&target_link_uri=" + enc(base + "/lti/launch") + "&client_id=" + enc(platform.clientId())
                + "&lti_deployment_id=" + enc(platform.deploymentId())
                + "&lti_message_hint=" + enc("{\"cmid\":2,\"launchid\":\"ltilaunch1_1\"}"));
    }

    /** The whole road: login, the platform's authorization endpoint, the form post; answers the launch response. */
    public HttpResponse<String> launch(TestPlatform platform, String loginHint) {
        var form = authorizationForm(platform, loginHint);
        return postForm(form.get("action"), Map.of("id_token", form.get("id_token"), "state", form.get("state")));
    }

    /** Login and the platform's answer, without posting it: for tests that alter the post. */
    public Map<String, String> authorizationForm(TestPlatform platform, String loginHint) {
        var login = initiateLogin(platform, loginHint);
        if (login.statusCode() != 302) {
            throw new AssertionError("login answered " + login.statusCode() + ": " + login.body());
        }
        var auth = get(login.headers().firstValue("Location").orElseThrow());
        if (auth.statusCode() != 200) {
            throw new AssertionError("platform refused authentication request: " + auth.body());
        }
        return form(auth.body());
    }

    public static Map<String, String> form(String html) {
        var result = new java.util.HashMap<String, String>();
        var m = HIDDEN.matcher(html);
        while (m.find()) {
            result.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\""));
        }
        var action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        if (action.find()) {
            result.put("action", action.group(1).replace("&amp;", "&"));
        }
        return result;
    }

    /** The session token from an accepted launch's redirect into the app. */
    public static String sessionToken(HttpResponse<String> launch) {
        var location = launch.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "launch was not accepted: " + launch.statusCode() + " " + launch.body()));
        return URLDecoder.decode(location.substring(location.indexOf("#session=") + 9), StandardCharsets.UTF_8);
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
