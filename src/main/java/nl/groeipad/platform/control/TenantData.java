package nl.groeipad.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import nl.groeipad.platform.entity.TenantOwned;

/**
 * The central tenant-isolation mechanism: the only source of entity managers for tenant-owned data.
 *
 * <p>Each JTA transaction gets one entity manager per tenant, created with the tenant property that
 * EclipseLink's single-table multitenancy needs; EclipseLink then scopes every read and write of a
 * {@code @Multitenant} entity to that tenant. Stores never filter by tenant themselves, so a forgotten
 * {@code where} cannot leak another organisation's data.
 */
@ApplicationScoped
public class TenantData {

    @PersistenceUnit(unitName = "groeipad")
    EntityManagerFactory emf;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantScope scope;

    /** The entity manager of the current tenant in the current transaction. */
    public EntityManager em() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("tenant data is read and written inside a transaction");
        }
        var tenant = scope.require();
        var key = TenantData.class.getName() + ":" + tenant.value();
        var em = (EntityManager) transactions.getResource(key);
        if (em == null) {
            var created = emf.createEntityManager(SynchronizationType.SYNCHRONIZED,
                    Map.of(TenantOwned.TENANT_PROPERTY, tenant.value()));
            created.joinTransaction();
            transactions.putResource(key, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            em = created;
        }
        return em;
    }

    /**
     * An aggregate root read for a change: its row stays locked until the transaction ends, so writers of one
     * aggregate take turns (positions in its ordered lists are assigned one writer at a time), and its state is
     * read fresh from the database (also when this transaction had read it before). Readers are never blocked.
     * Once the change is allowed (its precondition checked against the version read here), call
     * {@link #willChange}: its version then rises with the change.
     */
    public <T> Optional<T> findForChange(Class<T> type, String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(findForChange(em(), type, id));
    }

    /** {@link #findForChange(Class, String)} in the given entity manager; null when there is no such row. */
    public static <T> T findForChange(EntityManager em, Class<T> type, String id) {
        return em.find(type, id, LockModeType.PESSIMISTIC_WRITE, FRESH);
    }

    /**
     * The aggregate (read by {@link #findForChange}) changes in this transaction: its version rises by one at
     * commit, also when only its parts change. Called after the precondition was checked, so that a refused
     * change shows the version as stored.
     */
    public void willChange(Object aggregateRoot) {
        willChange(em(), aggregateRoot);
    }

    public static void willChange(EntityManager em, Object aggregateRoot) {
        em.lock(aggregateRoot, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * Read from the database even when the persistence context holds the entity already, with the parts its
     * mappings cascade to. (CascadeAllParts lost parts added after the refresh: EclipseLink 5.0, H2 test.)
     */
    private static final Map<String, Object> FRESH = Map.of("eclipselink.refresh", "true",
            "eclipselink.refresh.cascade", "CascadeByMapping");
}
