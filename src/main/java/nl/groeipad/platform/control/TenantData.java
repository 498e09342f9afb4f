package nl.groeipad.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
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
}
