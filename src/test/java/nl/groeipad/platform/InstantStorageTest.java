package nl.groeipad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Tenant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A moment stored by the application is the same moment when read back, and the column holds it in UTC, on a
 * server whose clock is set to Dutch time (the H2 default database; MariaDB is covered by the ITs, whose server
 * runs with TZ=Europe/Amsterdam). Surefire runs this JVM in Europe/Amsterdam.
 */
class InstantStorageTest {

    static final Instant MOMENT = Instant.parse("2026-12-06T23:09:17.250Z");

    @Test
    void aMomentSurvivesTheRoundTripAndIsStoredInUtcOnAServerInDutchTime() throws Exception {
        assertThat(TimeZone.getDefault().getID()).as("the test JVM runs in Dutch time (pom.xml)").isEqualTo("Europe/Amsterdam");
        var url = defaultUrl().replace("file:./data/groeipad", "mem:instants") + ";DB_CLOSE_DELAY=-1";
        EntityManagerFactory emf = null;
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            emf = Persistence.createEntityManagerFactory("groeipad", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", "sa",
                    "jakarta.persistence.jdbc.password", "",
                    "eclipselink.target-database", "MySQL",
                    "eclipselink.logging.level", "SEVERE"));
            var issuer = "https://moodle-" + UUID.randomUUID() + ".example.org";
            var tenant = new Tenant(new PlatformRegistration("Moodle", issuer, "client", issuer + "/auth", null,
                    issuer + "/certs", List.of("1"), "moodle"), RegistrationKind.MANUAL, MOMENT);
            try (var em = emf.createEntityManager()) {
                em.getTransaction().begin();
                em.persist(tenant);
                em.getTransaction().commit();
            }
            try (var em = emf.createEntityManager()) {
                var read = em.createQuery("select t from Tenant t where t.issuer = :issuer", Tenant.class)
                        .setParameter("issuer", issuer).getSingleResult();
                assertThat(read.createdAt()).isEqualTo(MOMENT);
            }
            try (var connection = DriverManager.getConnection(url, "sa", "");
                 var statement = connection.prepareStatement("SELECT CAST(created_at AS VARCHAR) FROM tenant WHERE issuer = ?")) {
                statement.setString(1, issuer);
                try (var rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).startsWith("2026-12-06 23:09:17");
                }
            }
        } finally {
            if (emf != null) {
                emf.close();
            }
        }
    }

    /** The zero-config H2 URL of microprofile-config.properties. */
    private static String defaultUrl() throws java.io.IOException {
        var defaults = new java.util.Properties();
        try (var in = InstantStorageTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        return defaults.getProperty("groeipad.db.url");
    }
}
