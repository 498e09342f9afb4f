package nl.groeipad.lti.control;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.MalformedURLException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Platforms' public key sets (JWKS), fetched over HTTP and cached per key-set URL. An unknown {@code kid}
 * makes the cache fetch the set again (the platform may have rotated), but at most once per
 * {@link #MIN_REFETCH_INTERVAL}, so a flood of forged tokens cannot make us hammer the platform.
 */
@ApplicationScoped
public class PlatformKeySets {

    static final Duration CACHE_TIME = Duration.ofMinutes(15);
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_BYTES = 256 * 1024;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public Optional<RSAPublicKey> key(String jwksUrl, String kid) throws KeySourceException {
        var selector = new JWKSelector(new JWKMatcher.Builder().keyID(kid).keyType(KeyType.RSA).build());
        var found = source(jwksUrl).get(selector, null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(((RSAKey) found.getFirst()).toRSAPublicKey());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new KeySourceException("unusable RSA key " + kid, e);
        }
    }

    /** Forget a key set, e.g. when a registration is removed or changed. */
    public void forget(String jwksUrl) {
        sources.remove(jwksUrl);
    }

    private JWKSource<SecurityContext> source(String jwksUrl) {
        return sources.computeIfAbsent(jwksUrl, url -> {
            try {
                return JWKSourceBuilder.<SecurityContext>create(URI.create(url).toURL(),
                                new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_BYTES))
                        .cache(CACHE_TIME.toMillis(), TIMEOUT_MILLIS)
                        .rateLimited(MIN_REFETCH_INTERVAL.toMillis())
                        .refreshAheadCache(false)
                        .retrying(false)
                        .outageTolerant(false)
                        .build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalArgumentException("not a key set URL: " + url, e);
            }
        });
    }
}
