package nl.groeipad.platform;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Migration V7 renumbers duplicate positions left by concurrent additions, on H2 in MySQL mode. */
class PositionsMigrationTest {

    @Test
    void duplicatePositionsAreRenumberedInOrderBeforeTheyBecomeUnique() throws Exception {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        new PositionsMigration(dataSource).run();
    }
}
