package nl.groeipad.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bodies of what the HTTP listener refuses before Groeipad sees the request: the same answers as the web app's
 * error page ({@code nl.groeipad.platform.boundary.ErrorPages}, a unit test keeps the files equal to it) — RFC 9457
 * problem+json under the APIs, the friendly page for people elsewhere, Dutch unless the client prefers English.
 */
final class EdgeAnswers {

    static final String PROBLEM_TYPE = "application/problem+json";
    static final String PAGE_TYPE = "text/html;charset=utf-8";

    private static final byte[][] BAD_REQUEST = {
            read("400.nl.json"), read("400.en.json"), read("400.nl.html"), read("400.en.html")};
    private static final byte[][] UNAVAILABLE = {
            read("503.nl.json"), read("503.en.json"), read("503.nl.html"), read("503.en.html")};

    private EdgeAnswers() {
    }

    /** The answer to a refused request, by its raw (undecoded) path, Accept and Accept-Language headers. */
    static Answer badRequest(String path, String accept, String acceptLanguage) {
        return choose(BAD_REQUEST, path, accept, acceptLanguage);
    }

    /** The answer to a request that came while the web app is not (yet, or no longer) deployed: 503. */
    static Answer unavailable(String path, String accept, String acceptLanguage) {
        return choose(UNAVAILABLE, path, accept, acceptLanguage);
    }

    private static Answer choose(byte[][] bodies, String path, String accept, String acceptLanguage) {
        var json = wantsJson(path, accept);
        var english = prefersEnglish(acceptLanguage);
        return new Answer(json ? PROBLEM_TYPE : PAGE_TYPE, bodies[(json ? 0 : 2) + (english ? 1 : 0)], !json);
    }

    /** As {@code ErrorPages.wantsJson}: under the APIs, or asked for JSON by a client that does not want HTML. */
    static boolean wantsJson(String path, String accept) {
        if (path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api?")
                || path.startsWith("/ims/") || path.startsWith("/lti/jwks"))) {
            return true;
        }
        var wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return (wanted.contains("application/json") || wanted.contains("application/problem+json"))
                && !wanted.contains("text/html");
    }

    /** English when the highest-weighted of "nl" and "en" in Accept-Language is "en" (as the app decides). */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null) {
            return false;
        }
        double best = -1;
        boolean english = false;
        for (var range : acceptLanguage.split(",")) {
            var parts = range.strip().split(";");
            var tag = parts[0].strip().toLowerCase(Locale.ROOT);
            var language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            if (!language.equals("nl") && !language.equals("en")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                var p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException ignored) {
                        q = 0;
                    }
                }
            }
            if (q > best) {
                best = q;
                english = language.equals("en");
            }
        }
        return english;
    }

    private static byte[] read(String name) {
        try (InputStream in = EdgeAnswers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(String contentType, byte[] body, boolean page) {
        String contentSecurityPolicy() {
            return page ? "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'"
                    : "default-src 'none'; frame-ancestors 'none'";
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
