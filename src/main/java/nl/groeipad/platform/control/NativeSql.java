package nl.groeipad.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native SQL, allowed only for tables that belong to no tenant (settings, protocol state). EclipseLink
 * disables native SQL for a persistence unit with multitenant entities, because native SQL would bypass
 * tenant isolation; each use here opts in explicitly and an ArchUnit test keeps it out of tenant-owned features.
 */
public final class NativeSql {
    private NativeSql() {
    }

    public static Query tenantless(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
