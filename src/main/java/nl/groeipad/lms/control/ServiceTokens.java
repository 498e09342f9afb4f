package nl.groeipad.lms.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import nl.groeipad.lti.control.ToolKeyRing;
import nl.groeipad.tenant.control.Registration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens for the platform's services (LTI Security Framework §4.1, AGS/NRPS): the OAuth 2 client-credentials
 * grant with a JWT assertion signed by the tool's key ({@code iss} = {@code sub} = client ID, {@code aud} = the
 * platform's token endpoint), sent form-encoded as Moodle requires. A token is kept per organisation and set of scopes
 * until shortly before it expires (a tenth of its lifetime, at most a minute), so many scores cost one token request;
 * concurrent callers for the same key wait for one request.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class.getName());

    @Inject
    ToolKeyRing keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "groeipad.lms.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    record Token(String value, Instant renewAt) {
    }

    /** The platform did not give a token (down, refused, no token endpoint). */
    public static class Unavailable extends Exception {
        private final int status;

        Unavailable(String message, int status) {
            super(message);
            this.status = status;
        }

        /** The HTTP status of the token endpoint's answer, 0 when there was none. */
        public int status() {
            return status;
        }
    }

    /** A valid access token for these scopes; fetched only when none is cached. */
    public String token(Registration platform, Collection<String> scopes) throws Unavailable {
        var scope = String.join(" ", new TreeSet<>(scopes));
        var key = platform.id() + " " + scope;
        var cached = tokens.get(key);
        if (cached != null && clock.instant().isBefore(cached.renewAt())) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = tokens.get(key);
            if (cached != null && clock.instant().isBefore(cached.renewAt())) {
                return cached.value();
            }
            var fresh = request(platform, scope);
            tokens.put(key, fresh);
            return fresh.value();
        }
    }

    /** Forgets a token the platform no longer accepted (401), so the next call fetches a new one. */
    public void forget(Registration platform, Collection<String> scopes, String token) {
        var key = platform.id() + " " + String.join(" ", new TreeSet<>(scopes));
        tokens.computeIfPresent(key, (k, t) -> t.value().equals(token) ? null : t);
    }

    /** How many token requests this node made (for tests and the benchmark's figures). */
    public long requestsMade() {
        return requests.get();
    }

    private Token request(Registration platform, String scope) throws Unavailable {
        if (platform.tokenUrl() == null || platform.tokenUrl().isBlank()) {
            throw new Unavailable("the registration has no token endpoint (access token URL)", 0);
        }
        var now = clock.instant();
        try {
            var tokenEndpoint = URI.create(platform.tokenUrl());
            var claims = new JWTAuthenticationClaimsSet(new ClientID(platform.clientId()), new Audience(tokenEndpoint.toString()));
            var jwtClaims = new com.nimbusds.jwt.JWTClaimsSet.Builder(claims.toJWTClaimsSet())
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
            var signingKey = keys.signingKey();
            var assertion = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), jwtClaims);
            assertion.sign(new RSASSASigner(signingKey));
            var request = new TokenRequest.Builder(tokenEndpoint, new PrivateKeyJWT(assertion), new ClientCredentialsGrant())
                    .scope(Scope.parse(scope)).build();
            var http = request.toHTTPRequest();
            http.setConnectTimeout(timeoutMillis);
            http.setReadTimeout(timeoutMillis);
            requests.incrementAndGet();
            var response = TokenResponse.parse(http.send());
            if (!response.indicatesSuccess()) {
                var error = response.toErrorResponse().getErrorObject();
                throw new Unavailable("token endpoint refused: " + error.getHTTPStatusCode() + " " + error.getCode(),
                        error.getHTTPStatusCode());
            }
            var access = response.toSuccessResponse().getTokens().getAccessToken();
            var lifetime = Duration.ofSeconds(access.getLifetime() > 0 ? access.getLifetime() : 3600);
            var margin = lifetime.dividedBy(10).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : lifetime.dividedBy(10);
            LOG.fine(() -> "Access token for tenant " + platform.id() + " (" + scope + ") valid " + lifetime);
            return new Token(access.getValue(), now.plus(lifetime).minus(margin));
        } catch (IOException e) {
            throw new Unavailable("token endpoint unreachable: " + e.getMessage(), 0);
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw new Unavailable("token endpoint answer not understood: " + e.getMessage(), 0);
        }
    }
}
