package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's secret for manual registration and other admin API calls. Taken from
 * {@code groeipad.admin.secret} (env {@code GROEIPAD_ADMIN_SECRET}); when not configured, one is generated on
 * first start, printed once to the log, and only its hash is kept in the database.
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

    private volatile byte[] expectedHash;

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

    public boolean matches(String presented) {
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
