package nl.groeipad.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Tenant;
import org.flywaydb.core.Flyway;

/**
 * The real persistence unit "groeipad", resource-local on in-memory H2 in MySQL mode, over the schema of the
 * real Flyway migrations; one per test JVM. Tests stay apart by giving every test its own tenants.
 */
public final class InMemoryDatabase {

    public static final String URL =
            "jdbc:h2:mem:iso;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1";
    public static final String USER = "groeipad";
    public static final String PASSWORD = "groeipad";

    private static EntityManagerFactory emf;

    private InMemoryDatabase() {
    }

    /** Migrates the schema and opens the unit the first time; {@code main}'s unit is JTA, so it is overridden. */
    public static synchronized EntityManagerFactory emf() {
        if (emf == null) {
            Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
            emf = Persistence.createEntityManagerFactory("groeipad", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                    "jakarta.persistence.jdbc.url", URL,
                    "jakarta.persistence.jdbc.user", USER,
                    "jakarta.persistence.jdbc.password", PASSWORD,
                    "eclipselink.target-database", "MySQL",
                    "eclipselink.logging.level", "SEVERE"));
            Runtime.getRuntime().addShutdownHook(new Thread(emf::close));
        }
        return emf;
    }

    /** Registers a new platform (a Moodle site of its own) and returns its tenant. */
    public static TenantId newTenant() {
        var registration = new PlatformRegistration("Moodle", "https://moodle-" + UUID.randomUUID() + ".example.org",
                "IlvFeYJdhVRoIwC", "https://moodle.example.org/mod/lti/auth.php", null,
                "https://moodle.example.org/mod/lti/certs.php", List.of("1"), "moodle");
        var tenant = new Tenant(registration, RegistrationKind.MANUAL, Instant.parse("2026-11-30T04:23:10Z"));
        try (var em = emf().createEntityManager()) {
            em.getTransaction().begin();
            em.persist(tenant);
            em.getTransaction().commit();
        }
        return tenant.tenantId();
    }

    /** A fresh entity manager for the tenant, created the way {@code TenantData} creates one per transaction. */
    public static EntityManager entityManagerFor(TenantId tenant) {
        return emf().createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenant.value()));
    }

    public static <T> T inTenant(TenantId tenant, Function<EntityManager, T> work) {
        try (var em = entityManagerFor(tenant)) {
            return work.apply(em);
        }
    }

    public static <T> T inTenantTransaction(TenantId tenant, Function<EntityManager, T> work) {
        return inTenant(tenant, em -> {
            em.getTransaction().begin();
            var result = work.apply(em);
            em.getTransaction().commit();
            return result;
        });
    }
}
