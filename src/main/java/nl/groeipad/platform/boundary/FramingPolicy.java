package nl.groeipad.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Groeipad lives inside LMS pages: it must be framable by the organisation's LMS. The server's default
 * {@code X-Frame-Options: SAMEORIGIN} would forbid that; a CSP {@code frame-ancestors} directive takes
 * precedence over it in browsers. Operators narrow it with {@code groeipad.frame-ancestors}
 * (e.g. {@code https://moodle.example.org}). The app and admin pages also get a strict script policy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FramingPolicy extends HttpFilter {

    /** Hash of the inline import map in app/index.html and admin/index.html; update it when the map changes. */
    static final String IMPORT_MAP_HASH = "'sha256-1ChWqU+aefiI4LTRaAIwNguNLa8PGlGhDL1hZorytGc='";

    @Inject
    @ConfigProperty(name = "groeipad.frame-ancestors", defaultValue = "*")
    String frameAncestors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI();
        var policy = "frame-ancestors " + frameAncestors;
        if (path.startsWith("/app/") || path.startsWith("/admin/")) {
            policy = "default-src 'self'; script-src 'self' " + IMPORT_MAP_HASH
                    + "; style-src 'self'; img-src 'self' https: data: blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
                    + policy;
        }
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
