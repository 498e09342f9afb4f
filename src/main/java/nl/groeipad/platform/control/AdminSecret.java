package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's secret for manual registration and other admin API calls. Taken from
 * {@code groeipad.admin.secret} (env {@code GROEIPAD_ADMIN_SECRET}); when not configured, one is generated on
 * first start, printed once to the log, and only its hash is kept in the database.
 * <p>
 * Guessing is limited (see {@link GuessingLimit}): by default 10 wrong secrets a minute per client address and 50
 * a minute from all addresses together, per node ({@code groeipad.admin.failures-per-minute} and
 * {@code groeipad.admin.failures-per-minute-overall}); beyond that a presented secret is not even compared.
 * The comparison itself takes the same time whatever the secret (SHA-256 of both, compared in constant time).
 */
@ApplicationScoped
public class AdminSecret {

    private static final Logger LOG = Logger.getLogger(AdminSecret.class.getName());
    private static final String SETTING = "admin-secret-sha256";

    @Inject
    @ConfigProperty(name = "groeipad.admin.secret")
    Optional<String> configured;

    @Inject
    AppSettings settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "groeipad.admin.failures-per-minute", defaultValue = "10")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "groeipad.admin.failures-per-minute-overall", defaultValue = "50")
    int failuresOverall;

    private volatile byte[] expectedHash;
    private volatile GuessingLimit guesses;

    /** The answer to a presented admin secret. */
    public sealed interface Verdict {
        /** The right secret. */
        record Accepted() implements Verdict {
        }

        /** No secret, or a wrong one. */
        record Refused() implements Verdict {
        }

        /** Too many wrong guesses lately: the secret was not compared; try again after {@code retryAfter}. */
        record Limited(Duration retryAfter) implements Verdict {
        }
    }

    /**
     * Checks a secret presented from a client address, within the guessing limit. A missing secret is refused
     * without counting as a guess; a wrong one counts, and is logged.
     */
    public Verdict check(String presented, String address) {
        var limit = guesses();
        var blocked = limit.blocked(address);
        if (blocked.isPresent()) {
            LOG.fine(() -> "Admin secret not compared for " + address + ": guessing limit");
            return new Verdict.Limited(blocked.get());
        }
        if (presented == null || presented.isEmpty()) {
            return new Verdict.Refused();
        }
        if (matches(presented)) {
            limit.succeeded(address);
            return new Verdict.Accepted();
        }
        limit.failed(address);
        var nowBlocked = limit.blocked(address);
        if (nowBlocked.isPresent()) {
            LOG.warning(() -> "Wrong admin secret from " + address + "; guessing limit reached (" + limit.perAddress()
                    + " a minute from one address, " + limit.overall() + " from all): secrets are not compared for "
                    + nowBlocked.get().toSeconds() + " s");
        } else {
            LOG.warning(() -> "Wrong admin secret from " + address);
        }
        return new Verdict.Refused();
    }

    private GuessingLimit guesses() {
        var limit = guesses;
        if (limit == null) {
            synchronized (this) {
                if (guesses == null) {
                    var perAddress = Math.max(1, failuresPerAddress);
                    guesses = new GuessingLimit(perAddress, Math.max(perAddress, failuresOverall), Duration.ofMinutes(1),
                            clock);
                }
                limit = guesses;
            }
        }
        return limit;
    }

    @Transactional
    public void ensure() {
        if (configured.filter(s -> !s.isBlank()).isPresent()) {
            if (configured.get().length() < 16) {
                LOG.warning("groeipad.admin.secret is shorter than 16 characters; choose a longer one");
            }
            expectedHash = sha256(configured.get());
            return;
        }
        var generated = new String[1];
        var stored = settings.getOrCreate(SETTING, () -> {
            var bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            generated[0] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return Base64.getEncoder().encodeToString(sha256(generated[0]));
        });
        expectedHash = Base64.getDecoder().decode(stored);
        if (generated[0] != null) {
            LOG.warning("Generated the Groeipad admin secret (shown once; set GROEIPAD_ADMIN_SECRET to choose your own): "
                    + generated[0]);
        }
    }

    boolean matches(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 512) {
            return false;
        }
        if (expectedHash == null) {
            ensure();
        }
        return MessageDigest.isEqual(sha256(presented), expectedHash);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
