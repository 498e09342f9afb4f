package nl.groeipad.platform.entity;

/**
 * The persistence-unit property that names the current tenant. Every tenant-owned entity is declared
 *
 * <pre>
 * &#64;Multitenant(MultitenantType.SINGLE_TABLE)
 * &#64;TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY)
 * </pre>
 *
 * so EclipseLink writes {@code tenant_id} on insert and adds {@code tenant_id = ?} to every read, including
 * {@code find} by primary key and JPQL. Entity managers for such entities come only from
 * {@code TenantData}, which sets this property; without it EclipseLink refuses the query. An ArchUnit test
 * checks that every entity of a tenant-owned table carries the annotations.
 */
public final class TenantOwned {
    public static final String TENANT_PROPERTY = "groeipad.tenant-id";

    private TenantOwned() {
    }
}
