package nl.groeipad.it;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.net.URI;
import java.sql.DriverManager;
import nl.groeipad.platform.PositionsMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V7 on MariaDB, without a server: a scratch database migrated to V6 holds duplicate positions as
 * concurrent additions left them; V7 must renumber them (keeping the order) before it makes them unique.
 */
class PositionsMigrationIT {

    private final String database = URI.create(System.getProperty("it.db.url",
            "jdbc:mysql://127.0.0.1:3306/groeipad_it").substring("jdbc:".length())).getPath().substring(1) + "_v7";

    @Test
    void duplicatePositionsAreRenumberedInOrderBeforeTheyBecomeUnique() throws Exception {
        admin("DROP DATABASE IF EXISTS " + database);
        admin("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var dataSource = new MysqlDataSource();
        dataSource.setURL("jdbc:mysql://127.0.0.1:3306/" + database);
        dataSource.setUser("root");
        dataSource.setPassword("");
        new PositionsMigration(dataSource).run();
    }

    @AfterEach
    void dropScratchDatabase() throws Exception {
        admin("DROP DATABASE IF EXISTS " + database);
    }

    private void admin(String statement) throws Exception {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("scratch database must be a simple name: " + database);
        }
        try (var connection = DriverManager.getConnection(System.getProperty("it.db.admin-url",
                "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
             var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
