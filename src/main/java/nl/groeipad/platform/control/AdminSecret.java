package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

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
        var stored = NativeSql.tenantless(em, "select setting_value from app_setting where name = ?")
                .setParameter(1, SETTING).getResultStream().findFirst();
        if (stored.isPresent()) {
            expectedHash = Base64.getDecoder().decode(stored.get().toString());
            return;
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        NativeSql.tenantless(em, "insert into app_setting (name, setting_value) values (?, ?)")
                .setParameter(1, SETTING).setParameter(2, Base64.getEncoder().encodeToString(sha256(secret)))
                .executeUpdate();
        expectedHash = sha256(secret);
        LOG.warning("Generated the Groeipad admin secret (shown once; set GROEIPAD_ADMIN_SECRET to choose your own): "
                + secret);
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
