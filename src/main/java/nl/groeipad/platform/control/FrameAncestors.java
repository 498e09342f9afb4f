package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may show Groeipad in a frame (CSP {@code frame-ancestors}). Groeipad lives inside LMS pages, so by default
 * the origins of the registered platforms may ({@code 'self'} plus the scheme, host and port of each issuer and
 * authorization URL); {@code groeipad.frame-ancestors} ({@code GROEIPAD_FRAME_ANCESTORS}) replaces that list. The
 * registration page also lets the hosts of {@code groeipad.registration.allowed-hosts} frame it: a platform shows
 * it before it is registered.
 * <p>
 * The registered origins are read from the database at most once a minute per node, and again right after this
 * node registered or removed an organisation; another node's registration shows within that minute.
 */
@ApplicationScoped
public class FrameAncestors {

    private static final Logger LOG = Logger.getLogger(FrameAncestors.class.getName());
    static final Duration REFRESH = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "groeipad.frame-ancestors")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "groeipad.registration.allowed-hosts")
    Optional<String> registrationHosts;

    @Inject
    Instance<EmbeddingPlatforms> platforms;

    @Inject
    Clock clock;

    private record Snapshot(String sources, Instant takenAt) {
    }

    private volatile Snapshot snapshot;

    /** The sources of {@code frame-ancestors} for the app and the LTI pages. */
    public String forPages() {
        var configuredSources = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (configuredSources.isPresent()) {
            return configuredSources.get();
        }
        var current = snapshot;
        var now = clock.instant();
        if (current == null || !now.isBefore(current.takenAt().plus(REFRESH))) {
            current = new Snapshot(sources(registeredUrls(current)), now);
            snapshot = current;
        }
        return current.sources();
    }

    /** For the Dynamic Registration page: also the hosts that may register themselves. */
    public String forRegistration() {
        var pages = forPages();
        var hosts = hostSources(registrationHosts.orElse(""));
        if (pages.equals("*") || hosts.isEmpty()) {
            return pages;
        }
        return hosts.contains("*") ? "*" : pages + " " + String.join(" ", hosts);
    }

    void registrationsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantsChanged change) {
        snapshot = null;
    }

    /** The issuer and authorization URLs of the registered platforms. */
    Collection<String> platformUrls() {
        return platforms == null || platforms.isUnsatisfied() ? List.of() : platforms.get().urls();
    }

    private Collection<String> registeredUrls(Snapshot previous) {
        try {
            return platformUrls();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the registered platforms for frame-ancestors; keeping the last list", e);
            return previous == null ? List.of() : List.of(previous.sources().split(" "));
        }
    }

    /** {@code 'self'} and the origin of each URL, sorted, without duplicates; URLs that are no web address are left out. */
    static String sources(Collection<String> urls) {
        var origins = new TreeSet<String>();
        for (var url : urls) {
            if (url != null && url.startsWith("'")) {
                continue;
            }
            origin(url).ifPresent(origins::add);
        }
        var all = new ArrayList<String>();
        all.add("'self'");
        all.addAll(origins);
        return String.join(" ", all);
    }

    /** The web origin (scheme://host[:port]) of an http(s) URL. */
    static Optional<String> origin(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            var uri = URI.create(url.strip());
            var scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null) {
                return Optional.empty();
            }
            var host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The allowed registration hosts ({@code moodle.example.org}, {@code *.example.org}, {@code *}) as CSP host sources. */
    static Set<String> hostSources(String allowedHosts) {
        var sources = new LinkedHashSet<String>();
        Arrays.stream(allowedHosts.split(",")).map(String::strip).map(h -> h.toLowerCase(Locale.ROOT))
                .filter(h -> h.matches("\\*|(\\*\\.)?[a-z0-9.-]+(:[0-9]+)?")).forEach(sources::add);
        return sources;
    }
}
