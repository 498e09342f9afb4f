package nl.groeipad.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** The catalogue's migration runs on the embedded database (H2 in MySQL mode), as on MariaDB in the ITs. */
class CatalogueMigrationTest {

    @Test
    void theCatalogueTablesAreCreatedOnH2InMySqlMode() throws Exception {
        var url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        // versions compare as numbers ("10" comes after "3"), as Flyway orders them
        assertThat(MigrationVersion.fromVersion(result.targetSchemaVersion)).isGreaterThanOrEqualTo(MigrationVersion.fromVersion("3"));
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var sql = connection.createStatement()) {
            var tenant = UUID.randomUUID().toString();
            sql.execute("insert into tenant (id, name, issuer, client_id, auth_url, jwks_url, kind, theme, created_at) values ('"
                    + tenant + "', 'Noord', 'https://lms', 'c', 'https://lms/auth', 'https://lms/jwks', 'MANUAL', 'default', now())");
            sql.execute("insert into catalogue_item (id, tenant_id, title, title_key, kind, online, level_a, level_b, level_c,"
                    + " style_doing, style_watching, style_thinking, style_feeling, language, search_text, source, created_at, updated_at)"
                    + " values ('" + UUID.randomUUID() + "', '" + tenant + "', 'Één', 'een', 'VIDEO', true, true, false, false,"
                    + " false, true, false, false, 'nl', 'een', 'OWN', now(), now())");
            try (var rows = sql.executeQuery("select count(*) from catalogue_item where search_text like '%ee%' escape '!' and level_a = true")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }
}
