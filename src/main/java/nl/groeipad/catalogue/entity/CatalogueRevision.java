package nl.groeipad.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The revision of one organisation's catalogue: a number that rises with every item added, changed or removed, in
 * the same transaction as the change (V31). Only read here; the rows are written by
 * {@code catalogue.control.CatalogueRevisions}, an EclipseLink descriptor event on {@link CatalogueItem}. Its one
 * row per organisation is keyed by the tenant itself, so reading it is a primary-key read.
 */
@Entity
@Table(name = "catalogue_revision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36,
        primaryKey = true)
public class CatalogueRevision {

    public static final String CURRENT = "select r.revision from CatalogueRevision r";

    @Id
    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;
    private long revision;

    protected CatalogueRevision() {
    }

    public long revision() {
        return revision;
    }
}
