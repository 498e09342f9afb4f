package nl.groeipad.tenant.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once at every start, {@link TenantRegistered} for every organisation, so that one registered before a kind of
 * starter content existed, or whose import failed, gets it now (the observers are idempotent: an organisation that
 * has a kind costs one query for it). It runs in the background, so it does not delay readiness; nodes that start
 * together meet on the database's unique key, not in memory.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StarterContentAtStart {

    private static final Logger LOG = Logger.getLogger(StarterContentAtStart.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    Event<TenantRegistered> registered;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void catchUpInTheBackground() {
        executor.execute(this::catchUp);
    }

    void catchUp() {
        try {
            var tenants = registry.all();
            for (var tenant : tenants) {
                registered.fire(new TenantRegistered(tenant.tenantId()));
            }
            LOG.fine(() -> "Starter content checked for " + tenants.size() + " organisations");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Starter content could not be checked at start", e);
        }
    }
}
