package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.platform.entity.StarterContentImport;
import nl.groeipad.platform.entity.TenantId;

/**
 * Starter content — what every organisation gets once: the starter competency framework, starter material, a
 * starter route — imported kind by kind when the organisation is registered (features observe
 * {@code tenant.control.TenantRegistered}, which is also fired once at start for every organisation, so one that
 * missed a kind gets it then).
 *
 * <p>Once per organisation and kind, decided by the database: the import runs in a transaction of its own that first
 * writes the organisation's {@link StarterContentImport} row for the kind and then the content; the unique key on
 * (tenant, content) lets one of several nodes or requests win, the others roll back. A failure is logged as an
 * error naming the organisation and never reaches whoever registered it; nothing is remembered in memory.
 */
@ApplicationScoped
public class StarterContent {

    private static final Logger LOG = Logger.getLogger(StarterContent.class.getName());

    @Inject
    TenantScope scope;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    StarterContent self;

    /**
     * Imports one kind of starter content into the organisation unless it has it; {@code importer} writes the content
     * through {@link TenantData}, which then acts for that organisation. True when it imported now.
     */
    @ActivateRequestContext
    public boolean importOnce(TenantId tenant, String content, Runnable importer) {
        try {
            var imported = scope.actingFor(tenant, () -> self.claimAndImport(content, importer));
            if (imported) {
                LOG.info(() -> "Imported starter content " + content + " for tenant " + tenant);
            }
            return imported;
        } catch (RuntimeException failure) {
            if (UniqueKeyViolation.in(failure)) {
                LOG.fine(() -> "Starter content " + content + " of tenant " + tenant + " was imported by another node or request");
            } else {
                LOG.log(Level.SEVERE, "Starter content " + content + " could not be imported for tenant " + tenant, failure);
            }
            return false;
        }
    }

    /** Whether the organisation of the current request has this kind of starter content. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean has(String content) {
        return data.em().createNamedQuery(StarterContentImport.OF, Long.class).setParameter("content", content)
                .getSingleResult() > 0;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimAndImport(String content, Runnable importer) {
        if (has(content)) {
            return false;
        }
        var em = data.em();
        em.persist(new StarterContentImport(content, clock.instant()));
        em.flush(); // claims the kind: a concurrent import of the same organisation stops here on the unique key
        importer.run();
        em.flush();
        return true;
    }
}
