package nl.groeipad.lti.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tool's keys exist from the first start on: generated then if the database has none. That happens in the
 * background, so it does not delay readiness: two RSA-2048 key pairs took about a second of the first start (a
 * random prime search, under the quick JIT compiler only), and a restart finds them in the database. Whatever needs
 * a key before they are ready makes them itself ({@link ToolKeyRing}: one thread of a node at a time).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ToolKeyBootstrap {

    private static final Logger LOG = Logger.getLogger(ToolKeyBootstrap.class.getName());

    @Inject
    ToolKeyRing keys;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ensureKeysInTheBackground() {
        executor.execute(this::ensureKeys);
    }

    void ensureKeys() {
        try {
            keys.signingKey();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The tool keys could not be read or made at start; the first request that needs"
                    + " them tries again", e);
        }
    }
}
