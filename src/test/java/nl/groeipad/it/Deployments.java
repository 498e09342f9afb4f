package nl.groeipad.it;

import java.io.File;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, deployed as it is (context root {@code /}), against a MariaDB
 * database created empty for each test class, so Flyway's migrations run on MariaDB from scratch.
 */
public final class Deployments {

    private Deployments() {
    }

    private static volatile boolean ready;

    public static WebArchive groeipad() {
        ready = false;
        awaitFreePort();
        freshDatabase();
        var war = new File(System.getProperty("it.war", "target/groeipad.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The tool's address on loopback, as Failsafe configured the port. The first call after a deployment waits
     * until the server answers {@code /health/ready}: Payara reports the deployment before the post-boot command
     * has rebound the HTTP listener to 127.0.0.1.
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
     * The previous test class's server may still be shutting down; a new one that cannot bind the port would
     * look started to Arquillian but refuse every connection.
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
     * A server of an earlier test class of this run that never finished booting is still our child process and
     * holds the port; stop it, so one stuck start-up does not fail every class after it.
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
