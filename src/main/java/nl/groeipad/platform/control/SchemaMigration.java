package nl.groeipad.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one data source of the application and its schema.
 *
 * <p>The data source is defined by configuration only. Defaults (in
 * {@code META-INF/microprofile-config.properties}) give an embedded H2 file database under {@code ./data};
 * environment variables ({@code GROEIPAD_DB_URL}, {@code GROEIPAD_DB_DATASOURCE_CLASS}, ...) switch to
 * MySQL 8 / MariaDB 10.11 through MySQL Connector/J.
 *
 * <p>At deployment, before anything is served, Flyway brings the schema up to date with the versioned SQL
 * in {@code db/migration}; the same scripts run on MySQL/MariaDB and H2. Flyway takes a database lock, so
 * cluster nodes starting together migrate once.
 *
 * <p>Transactions are READ COMMITTED (H2's default, set explicitly for MySQL/MariaDB, whose default is
 * REPEATABLE READ): a writer that waited for an aggregate's row lock ({@code TenantData.findForChange}) then
 * reads what the writer before it committed, not a snapshot from before the wait. The pool makes sure of the
 * level at every lease; with Connector/J's {@code useLocalSessionState} that costs no round trip.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=groeipad.db.datasource-class}",
        url = "${MPCONFIG=groeipad.db.url}",
        user = "${MPCONFIG=groeipad.db.user}",
        password = "${MPCONFIG=groeipad.db.password}",
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                // A lease checks a connection only if it was not checked in the last second (as HikariCP skips the
                // check for a connection used in the last half second): the auto-commit check is two statements
                // ("SET autocommit=0", "SET autocommit=1"), and checking at every lease made them 28 of the 49
                // statements of a launch (login, launch, first API call)
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.fail-all-connections=true",
                // Every connection of this pool has the same user and settings, so a lease need not match the one it
                // takes against the request (for an application's data source Payara matches by default; in a flight
                // recording of the launch benchmark that was a fifth of the CPU of taking a connection from the pool)
                "fish.payara.match-connections=false",
                // MySQL Connector/J: keep the session's isolation level and autocommit in the driver, so that
                // the pool's check of the isolation level at every lease is no SELECT (H2 has no such setter;
                // the pool sets a data source's properties by its setters and ignores the others)
                "useLocalSessionState=true",
                // MySQL Connector/J: DATETIME columns hold UTC, whatever the JVM's time zone is (the driver would
                // otherwise write in the JVM's zone while the JPA provider reads the value back as UTC: an hour
                // off on a server set to Europe/Amsterdam); the ITs run the server with TZ=Europe/Amsterdam
                "serverTimezone=UTC",
                // MySQL Connector/J, measured in a flight recording of the launch benchmark (the driver was 18 % of the
                // request threads' own CPU): no OpenTelemetry span per statement (the driver makes one whenever the
                // OpenTelemetry API is on the class path, as Payara's MicroProfile Telemetry puts it), and each
                // connection keeps the parsed form of the statements it ran instead of parsing the SQL text anew at
                // every prepare (client-side prepared statements, as before)
                "openTelemetry=DISABLED",
                "cachePrepStmts=true",
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=2048"
        })
@Singleton
@Startup
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/groeipad";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AdminSecret adminSecret;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now); transactions " + isolation());
        adminSecret.ensure();
    }

    /** The isolation level the pool's connections run at (READ COMMITTED is what the locking relies on). */
    private String isolation() {
        try (var connection = dataSource.getConnection()) {
            return switch (connection.getTransactionIsolation()) {
                case java.sql.Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
                case java.sql.Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ (expected READ COMMITTED)";
                case java.sql.Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE (expected READ COMMITTED)";
                default -> "at isolation level " + connection.getTransactionIsolation() + " (expected READ COMMITTED)";
            };
        } catch (java.sql.SQLException e) {
            return "at an unknown isolation level (" + e.getMessage() + ")";
        }
    }
}
