package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SELECT statements the application's database user runs per request (MariaDB user statistics, which count only the
 * ITs' database user). The server's own timers (the score outbox, housekeeping) run as the same user, so three rounds
 * of 10 requests are counted and the quietest round is taken: a timer can only add statements, never take them away.
 */
final class SelectCount {

    private SelectCount() {
    }

    /** SELECTs per {@code GET path} with this token (each answered 200), rounded to whole statements. */
    static long perRequest(ToolClient client, String path, String token) throws SQLException, InterruptedException {
        try (var admin = DriverManager.getConnection(System.getProperty("it.db.admin-url",
                "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
             var sql = admin.createStatement()) {
            sql.execute("SET GLOBAL userstat = 1");
            var user = System.getProperty("it.db.user", "groeipad_it");
            client.api("GET", path, token, null); // warm: pools, caches, statistics row
            Thread.sleep(250);
            long quietest = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                var before = selects(sql, user);
                for (int i = 0; i < 10; i++) {
                    assertThat(client.api("GET", path, token, null).statusCode()).isEqualTo(200);
                }
                Thread.sleep(250);
                quietest = Math.min(quietest, Math.round((selects(sql, user) - before) / 10.0));
            }
            return quietest;
        }
    }

    private static long selects(Statement sql, String user) throws SQLException {
        try (var rows = sql.executeQuery("SELECT select_commands FROM information_schema.user_statistics WHERE user = '"
                + user.replace("'", "") + "'")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
