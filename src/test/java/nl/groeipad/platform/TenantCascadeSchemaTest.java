package nl.groeipad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Removing a registration removes everything its organisation stored ({@code TenantRegistry.remove}): the database
 * does it, by a foreign key from every table's {@code tenant_id} to {@code tenant} with {@code ON DELETE CASCADE}.
 * A table that forgets it keeps rows of an organisation that is gone (as {@code catalogue_revision} did until V32).
 * Checked on the schema Flyway makes (H2); the same migrations run on MariaDB in the ITs.
 */
class TenantCascadeSchemaTest {

    @Test
    void everyTableWithATenantIdCascadesFromItsOrganisation() throws Exception {
        InMemoryDatabase.emf(); // migrates
        var withTenantId = new TreeSet<String>();
        var cascading = new TreeSet<String>();
        try (var db = DriverManager.getConnection(InMemoryDatabase.URL, InMemoryDatabase.USER, InMemoryDatabase.PASSWORD);
             var sql = db.createStatement()) {
            try (var rows = sql.executeQuery("SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND column_name = 'tenant_id'")) {
                while (rows.next()) {
                    withTenantId.add(rows.getString(1));
                }
            }
            var metadata = db.getMetaData();
            for (var table : withTenantId) {
                try (var keys = metadata.getImportedKeys(null, "public", table)) {
                    while (keys.next()) {
                        if ("tenant".equals(keys.getString("PKTABLE_NAME")) && "tenant_id".equals(keys.getString("FKCOLUMN_NAME"))
                                && keys.getShort("DELETE_RULE") == java.sql.DatabaseMetaData.importedKeyCascade) {
                            cascading.add(table);
                        }
                    }
                }
            }
        }
        assertThat(withTenantId).as("tables with a tenant_id").contains("catalogue_item", "catalogue_revision", "plan")
                .hasSizeGreaterThan(20);
        var missing = new ArrayList<>(withTenantId);
        missing.removeAll(cascading);
        missing.removeAll(NOT_AN_ORGANISATIONS_DATA);
        assertThat(missing).as("tables whose tenant_id does not cascade from tenant").isEmpty();
    }

    /**
     * Tables whose rows are not the organisation's data and go by themselves: a used nonce is kept only until its
     * id_token has expired (minutes) and housekeeping purges it; no foreign-key check on every launch for it.
     */
    private static final Set<String> NOT_AN_ORGANISATIONS_DATA = Set.of("lti_used_nonce");
}
