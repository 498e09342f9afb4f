package nl.groeipad.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.groeipad.platform.control.FrameAncestors;
import nl.groeipad.platform.control.PublicUrls;

/**
 * The security headers of every answer. Groeipad lives inside LMS pages: the app and the LTI pages may be framed
 * by the registered platforms ({@link FrameAncestors}; CSP {@code frame-ancestors}, with no contradicting
 * {@code X-Frame-Options}); the operator's page and the APIs are never framed ({@code frame-ancestors 'none'},
 * {@code X-Frame-Options: DENY}). The app and admin pages also get a strict script policy. HSTS when Groeipad is
 * reached over https. The service worker (/app/sw.js, scope /app/) is allowed by {@code worker-src 'self'}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FramingPolicy extends HttpFilter {

    /** Hash of the inline import map in app/index.html and admin/index.html; update it when the map changes. */
    static final String IMPORT_MAP_HASH = "'sha256-MWNzMws0S5fsUr5qB0XnsAQOsUUUUg+FzrzLsHoMQaI='";
    static final String HSTS = "max-age=31536000";

    @Inject
    FrameAncestors ancestors;

    @Inject
    PublicUrls urls;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI();
        var neverFramed = neverFramed(path);
        var policy = "frame-ancestors " + (neverFramed ? "'none'"
                : path.startsWith("/lti/register") ? ancestors.forRegistration() : ancestors.forPages());
        if (path.startsWith("/app/") || path.startsWith("/admin/")) {
            policy = "default-src 'self'; script-src 'self' " + IMPORT_MAP_HASH
                    + "; style-src 'self'; img-src 'self' https: data: blob:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'; "
                    + policy;
        }
        response.setHeader("Content-Security-Policy", policy);
        if (neverFramed) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (urls.reachedOverHttps(request.isSecure())) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /** The operator's page and the JSON APIs: nothing shows them in a frame. */
    static boolean neverFramed(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/") || path.equals("/api")
                || path.startsWith("/ims/") || path.equals("/openapi") || path.startsWith("/openapi/");
    }
}
