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

    public static WebArchive groeipad() {
        awaitFreePort();
        freshDatabase();
        var war = new File(System.getProperty("it.war", "target/groeipad.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The tool's address on loopback, as Failsafe configured the port. */
    public static String base() {
        return "http://127.0.0.1:" + System.getProperty("it.http.port", "18080");
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
