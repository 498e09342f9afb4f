package nl.groeipad.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Migration V7 on a database that holds what concurrent additions left before it: lists with duplicate
 * positions. The schema is migrated to V6, the duplicates are stored, then V7 runs: it must succeed, keep each
 * list's order, make the positions distinct, give every aggregate version 1, and refuse a duplicate from then
 * on. The same scenario runs on H2 in MySQL mode (unit test) and on MariaDB (IT).
 */
public final class PositionsMigration {

    private final DataSource dataSource;
    private final String tenant = id();
    private final String plan = id();
    private final String goal1 = "00000000-0000-0000-0000-000000000001";
    private final String goal2 = "00000000-0000-0000-0000-000000000002";
    private final String goal3 = "00000000-0000-0000-0000-000000000003";
    private final String route = id();
    private final String framework = id();
    private final String competency = id();

    public PositionsMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void run() throws SQLException {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(MigrationVersion.fromVersion("6"))
                .load().migrate();
        try (var connection = dataSource.getConnection(); var sql = connection.createStatement()) {
            storeDuplicates(sql);
        }
        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        try (var connection = dataSource.getConnection(); var sql = connection.createStatement()) {
            assertRenumbered(connection);
            assertThat(ints(connection, "select version from plan where id = ?", plan)).containsExactly(1);
            assertThat(ints(connection, "select revision from competency_framework where id = ?", framework)).containsExactly(1);
            assertThatThrownBy(() -> sql.execute(goal(id(), 0, "2026-03-05 09:00:00")))
                    .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
        }
    }

    private void storeDuplicates(Statement sql) throws SQLException {
        var user = id();
        var course = id();
        sql.execute("insert into tenant (id, name, issuer, client_id, auth_url, jwks_url, kind, theme, created_at) values ('"
                + tenant + "', 'Noord', 'https://lms-" + tenant + "', 'c', 'https://lms/auth', 'https://lms/jwks', 'MANUAL',"
                + " 'default', '2026-03-01 09:00:00')");
        sql.execute("insert into lms_user (id, tenant_id, subject, created_at, last_seen_at) values ('" + user + "', '"
                + tenant + "', 'learner', '2026-03-01 09:00:00', '2026-03-01 09:00:00')");
        sql.execute("insert into course (id, tenant_id, context_id, created_at) values ('" + course + "', '" + tenant
                + "', 'c1', '2026-03-01 09:00:00')");
        sql.execute("insert into plan (id, tenant_id, course_id, participant_id, created_by, created_at, starts_on, ends_on)"
                + " values ('" + plan + "', '" + tenant + "', '" + course + "', '" + user + "', '" + user
                + "', '2026-03-01 09:00:00', '2026-03-01', '2026-09-01')");
        // Two goals raced to position 0; the third came after both.
        sql.execute(goal(goal2, 0, "2026-03-01 10:00:02"));
        sql.execute(goal(goal1, 0, "2026-03-01 10:00:01"));
        sql.execute(goal(goal3, 1, "2026-03-01 10:00:03"));
        for (var task : List.of("a", "b", "c")) {
            sql.execute("insert into plan_task (id, tenant_id, plan_id, goal_id, sort_order, title, planned_on, created_at)"
                    + " values ('" + id() + "', '" + tenant + "', '" + plan + "', '" + goal1 + "', 0, 'Taak " + task
                    + "', '2026-03-02', '2026-03-01 10:00:0" + (task.charAt(0) - 'a') + "')");
        }
        sql.execute("insert into route (id, tenant_id, kind, title, framework_id, framework_key, framework_title,"
                + " framework_version, status, created_at, updated_at) values ('" + route + "', '" + tenant
                + "', 'TEMPLATE', 'Route', '" + framework + "', '" + framework + "', 'Raamwerk', 1, 'ACTIVE',"
                + " '2026-03-01 09:00:00', '2026-03-01 09:00:00')");
        for (var i = 0; i < 3; i++) {
            sql.execute("insert into route_step (id, tenant_id, route_id, sort_order, title, competency_key, competency_id,"
                    + " competency_title, step_level) values ('" + id() + "', '" + tenant + "', '" + route + "', 0, 'Stap', '"
                    + competency + "', '" + competency + "', 'Veilig', 'A')");
        }
        sql.execute("insert into competency_framework (id, tenant_id, framework_key, version_number, status, draft_of, title,"
                + " scale_label_1, scale_label_2, scale_label_3, scale_label_4, scale_label_5, source, last_change, created_at)"
                + " values ('" + framework + "', '" + tenant + "', '" + framework + "', 1, 'DRAFT', '" + framework
                + "', 'Raamwerk', '1', '2', '3', '4', '5', 'GROEIPAD', '2026-03-01T09:00:00Z', '2026-03-01 09:00:00')");
        for (var i = 0; i < 2; i++) {
            var key = id();
            sql.execute("insert into competency (id, tenant_id, framework_id, competency_key, sort_order, title, last_change)"
                    + " values ('" + (i == 0 ? competency : key) + "', '" + tenant + "', '" + framework + "', '" + key
                    + "', 0, 'Competentie', '2026-03-01T09:00:00Z')");
            sql.execute("insert into behavioural_indicator (id, tenant_id, competency_id, indicator_key, sort_order,"
                    + " description, last_change) values ('" + id() + "', '" + tenant + "', '" + competency + "', '" + id()
                    + "', 3, 'Gedrag', '2026-03-01T09:00:00Z')");
        }
    }

    private void assertRenumbered(Connection connection) throws SQLException {
        assertThat(strings(connection, "select id from plan_goal where plan_id = ? order by sort_order", plan))
                .containsExactly(goal1, goal2, goal3);
        assertThat(ints(connection, "select sort_order from plan_goal where plan_id = ? order by sort_order", plan))
                .containsExactly(0, 1, 2);
        assertThat(strings(connection, "select title from plan_task where goal_id = ? order by sort_order", goal1))
                .containsExactly("Taak a", "Taak b", "Taak c");
        assertThat(ints(connection, "select sort_order from plan_task where goal_id = ? order by sort_order", goal1))
                .containsExactly(0, 1, 2);
        assertThat(ints(connection, "select sort_order from route_step where route_id = ? order by sort_order", route))
                .containsExactly(0, 1, 2);
        assertThat(ints(connection, "select sort_order from competency where framework_id = ? order by sort_order", framework))
                .containsExactly(0, 1);
        assertThat(ints(connection, "select sort_order from behavioural_indicator where competency_id = ? order by sort_order",
                competency)).containsExactly(0, 1);
    }

    private String goal(String id, int position, String createdAt) {
        return "insert into plan_goal (id, tenant_id, plan_id, sort_order, title, due_on, status, created_at) values ('"
                + id + "', '" + tenant + "', '" + plan + "', " + position + ", 'Doel', '2026-04-01', 'OPEN', '" + createdAt + "')";
    }

    private static List<Integer> ints(Connection connection, String query, String parameter) throws SQLException {
        return strings(connection, query, parameter).stream().map(Integer::valueOf).toList();
    }

    private static List<String> strings(Connection connection, String query, String parameter) throws SQLException {
        try (var statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                var values = new ArrayList<String>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
