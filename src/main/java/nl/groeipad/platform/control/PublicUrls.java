package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tool's public base URL as platforms and browsers reach it: {@code groeipad.public-base-url} when set
 * (always set it in production, e.g. behind a reverse proxy), otherwise the scheme and host of the request.
 */
@ApplicationScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "groeipad.public-base-url")
    Optional<String> configured;

    public String base(URI requestUri) {
        return configured.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .orElseGet(() -> requestUri.getScheme() + "://" + requestUri.getRawAuthority());
    }

    /**
     * Whether browsers reach Groeipad over https: the configured public URL says so, or else the request itself
     * (then only a request that came in over TLS counts). Decides HSTS, without parsing the request's URL.
     */
    public boolean reachedOverHttps(boolean requestIsSecure) {
        return configured.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.regionMatches(true, 0, "https://", 0, 8)).orElse(requestIsSecure);
    }

    /** Cookies that must survive a cross-site form post need https; plain http is for local development. */
    public boolean secure(URI requestUri) {
        return base(requestUri).startsWith("https://");
    }
}
