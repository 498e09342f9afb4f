package nl.groeipad.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;

/**
 * Gives every tenant the demo framework once, the first time the tenant uses frameworks, so a fresh install
 * has it (published version 1).
 *
 * <p>Once per tenant, also when two first requests come at the same moment: the import runs in a transaction
 * of its own, and the database allows version 1 of a framework key only once per tenant; the request that
 * loses that race rolls back its copy and carries on with the other's. A tenant that already has any version
 * of the demo framework (e.g. it made version 2) gets nothing.
 */
@ApplicationScoped
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

    @Inject
    TenantScope tenant;

    @Inject
    DemoSeed self;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    private final Set<String> seeded = ConcurrentHashMap.newKeySet();

    public void ensure() {
        var id = tenant.require().value();
        if (seeded.contains(id)) {
            return;
        }
        try {
            self.importIfMissing();
            seeded.add(id);
        } catch (RuntimeException lostTheRace) {
            // usually a concurrent first request imported it; otherwise the next request tries again
            LOG.log(Level.FINE, "Demo framework of tenant " + id + " not imported by this request", lostTheRace);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importIfMissing() {
        var key = DemoFramework.key();
        var present = data.em().createNamedQuery(Framework.COUNT_WITH_KEY, Long.class).setParameter("key", key)
                .getSingleResult();
        if (present == 0) {
            data.em().persist(DemoFramework.publishedVersion(clock.instant()));
            data.em().flush();
            LOG.info(() -> "Imported the demo competency framework for tenant " + tenant.require().value());
        }
    }
}
