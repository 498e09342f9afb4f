package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * SQL statements the application's database user runs per request (MariaDB user statistics, which count only the
 * ITs' database user) — the one way the ITs count them. The server's own timers (the score outbox, housekeeping) run
 * as the same user and can only add statements, never take them away: so a count is taken more than once and the
 * quietest (or the median) is what a test compares.
 */
final class SelectCount {

    private SelectCount() {
    }

    /** Which statements a {@link Counter} counts (columns of {@code information_schema.user_statistics}). */
    enum Statements {
        SELECTS("select_commands"),
        /** SELECT and INSERT/UPDATE/DELETE. */
        READS_AND_WRITES("select_commands + update_commands"),
        /** Also the others (SET, COMMIT, …). */
        ALL("select_commands + update_commands + other_commands");

        private final String columns;

        Statements(String columns) {
            this.columns = columns;
        }
    }

    /** What an action does while it is counted; a test's steps may throw. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** The statements of one kind the application's database user runs; {@link #during} one action. */
    static final class Counter implements AutoCloseable {
        private final Connection admin;
        private final Statements kind;
        private final String user = System.getProperty("it.db.user", "groeipad_it");

        private Counter(Statements kind) throws SQLException {
            this.kind = kind;
            this.admin = DriverManager.getConnection(System.getProperty("it.db.admin-url",
                    "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
            try (var sql = admin.createStatement()) {
                sql.execute("SET GLOBAL userstat = 1");
            }
        }

        /** How many statements ran while the action ran (with whatever the server's timers ran meanwhile). */
        long during(Action action) throws Exception {
            var before = soFar();
            action.run();
            return soFar() - before;
        }

        long soFar() throws SQLException {
            try (var sql = admin.prepareStatement("SELECT " + kind.columns
                    + " FROM information_schema.user_statistics WHERE user = ?")) {
                sql.setString(1, user);
                try (var rows = sql.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0;
                }
            }
        }

        @Override
        public void close() throws SQLException {
            admin.close();
        }
    }

    /** Counts statements of this kind from now on (user statistics switched on). */
    static Counter counting(Statements kind) throws SQLException {
        return new Counter(kind);
    }

    /**
     * SELECTs per {@code GET path} with this token (each answered 200), rounded to whole statements: three rounds of
     * 10 requests, the quietest taken.
     */
    static long perRequest(ToolClient client, String path, String token) throws Exception {
        try (var count = counting(Statements.SELECTS)) {
            client.api("GET", path, token, null); // warm: pools, caches, statistics row
            Thread.sleep(250);
            long quietest = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                var selects = count.during(() -> {
                    for (int i = 0; i < 10; i++) {
                        assertThat(client.api("GET", path, token, null).statusCode()).isEqualTo(200);
                    }
                    Thread.sleep(250); // the statistics row is written when the statement ends
                });
                quietest = Math.min(quietest, Math.round(selects / 10.0));
            }
            return quietest;
        }
    }
}
