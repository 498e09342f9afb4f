package nl.groeipad.it;

import java.io.File;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, deployed as it is (context root {@code /}) on <b>one Payara Micro server
 * for the whole IT run</b>, against a MariaDB database created empty once per run (Flyway migrates it from
 * scratch on MariaDB).
 *
 * <p>The pattern for an IT class (nothing else to do; {@link SharedServer} makes the deployment suite-wide):
 * <pre>{@code
 * @ExtendWith(ArquillianExtension.class)
 * @RunAsClient
 * class SomethingIT {
 *     private final ToolClient client = new ToolClient(Deployments.base());
 *
 *     @Deployment(testable = false)
 *     static WebArchive deployment() {
 *         return Deployments.groeipad();
 *     }
 *     // each class makes its own organisations: new TestPlatform(), registered dynamically or with
 *     // TestPlatform.registeredAt(client, "name"), and launches its own people through them
 * }
 * }</pre>
 * Classes run one after another on the same server, in any order: a class must not count or list what it did not
 * create (other classes' tenants, registrations, shared catalogue items are there too), must not change what
 * other classes rely on (global settings, the demo tenant beyond trying it), and must make its own data with
 * unique names. Only the first class's {@code @Deployment} method is called.
 */
public final class Deployments {

    private Deployments() {
    }

    private static volatile boolean ready;

    /** The deployment of the run: called once, by the first IT class (see {@link SharedServer}). */
    public static WebArchive groeipad() {
        prepareServer();
        var war = new File(System.getProperty("it.war", "target/groeipad.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** Before the server (re)starts: the port is free and the database is empty. */
    static void prepareServer() {
        ready = false;
        awaitFreePort();
        freshDatabase();
    }

    /** A start that failed may have left a half-booted server holding the port and a half-migrated database. */
    static void prepareRetry() {
        stopLeftoverServers();
        prepareServer();
    }

    /**
     * The tool's address on loopback, as Failsafe configured the port. The first call after the deployment waits
     * until the server answers {@code /health/ready} (200 once Flyway has run; the tool keys of a new database are
     * made in the background just after).
     */
    public static String base() {
        var base = "http://127.0.0.1:" + System.getProperty("it.http.port", "18080");
        if (!ready) {
            awaitReady(base);
            ready = true;
        }
        return base;
    }

    private static void awaitReady(String base) {
        var http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health/ready"))
                .timeout(java.time.Duration.ofSeconds(5)).build();
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // listener not (re)bound yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(base + " did not become ready within 120 s");
    }

    /**
     * A server of an earlier run (or of a failed start) may still be shutting down; a new one that cannot bind
     * the port would look started to Arquillian but refuse every connection.
     */
    static void awaitFreePort() {
        var port = Integer.parseInt(System.getProperty("it.http.port", "18080"));
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try (var probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
                return;
            } catch (java.io.IOException busy) {
                if (System.nanoTime() > deadline - java.time.Duration.ofSeconds(60).toNanos()) {
                    stopLeftoverServers();
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("port " + port + " is still in use after 90 s");
    }

    /**
     * A server of this run that never finished booting is still our child process and holds the port; stop it,
     * so one stuck start-up does not fail every class after it.
     */
    private static void stopLeftoverServers() {
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    /** Drops and creates the test database and its user, as the MariaDB administrator. */
    static void freshDatabase() {
        var url = System.getProperty("it.db.url", "jdbc:mysql://127.0.0.1:3306/groeipad_it");
        var database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        var user = System.getProperty("it.db.user", "groeipad_it");
        var password = System.getProperty("it.db.password", "groeipad_it");
        if (!database.matches("[A-Za-z0-9_]+") || !user.matches("[A-Za-z0-9_]+") || !password.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("test database, user and password must be simple names");
        }
        try (var admin = DriverManager.getConnection(System.getProperty("it.db.admin-url",
                "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
             var sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (var host : new String[] {"127.0.0.1", "localhost"}) {
                sql.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the MariaDB test database (is MariaDB running on 127.0.0.1:3306?)", e);
        }
    }
}
