package nl.groeipad.catalogue.control;

import java.util.List;
import nl.groeipad.catalogue.entity.CatalogueRevision;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;

/**
 * Raises the organisation's {@link CatalogueRevision} with every catalogue item written, in the same transaction:
 * an EclipseLink descriptor event on {@code CatalogueItem} (after its insert, update or delete statement), registered
 * for the persistence unit in {@code persistence.xml}. Being one choke point below the entity manager, no write path
 * can forget it — create, revise, remove, share and withdraw ({@link Catalogue}), copy from the shared list
 * ({@link SharedCatalogue}), duplicate, the starter import ({@link StarterCatalogue}), {@link SearchTermsCatchUp} and
 * whatever comes next. The organisation is the one the entity manager writes for (its tenant property, which
 * EclipseLink's multitenancy also writes into the item's row). The statement is an upsert on the primary key, so
 * writers of one organisation's catalogue take turns on its row until they commit, and a reader sees the new revision
 * exactly when it sees the change.
 */
public class CatalogueRevisions implements DescriptorCustomizer {

    /** Works on MariaDB and on H2 in MySQL mode; the first write of an organisation inserts its row. */
    static final String RAISE = "INSERT INTO catalogue_revision (tenant_id, revision) VALUES (#tenant, 1)"
            + " ON DUPLICATE KEY UPDATE revision = revision + 1";

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                raise(event);
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                raise(event);
            }

            @Override
            public void postDelete(DescriptorEvent event) {
                raise(event);
            }
        });
    }

    private static void raise(DescriptorEvent event) {
        var session = event.getSession();
        var tenant = session.getProperty(TenantOwned.TENANT_PROPERTY);
        if (tenant == null) {
            throw new IllegalStateException("a catalogue item was written without an organisation");
        }
        var query = new DataModifyQuery(new SQLCall(RAISE));
        query.addArgument("tenant");
        // SQL of its own, like NativeSql: EclipseLink cannot add the tenant to it, so the statement names it itself,
        // bound from the entity manager's own tenant property, and touches only that organisation's row
        query.setAllowNativeSQLQuery(true);
        session.executeQuery(query, List.of(tenant.toString()));
    }
}
