package nl.groeipad.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V28 links goals made from a route before it to their step: the step of the participant's active route in the same
 * course with the same title, competency and level. Other goals (own goals, another participant's route, an archived
 * route) stay unlinked. On H2 in MySQL mode, as the embedded database runs it (MariaDB runs it in the ITs).
 */
class RouteStepLinkMigrationTest {

    static final String KEY = "94d6900c-6eb1-4413-896f-6d48d50be40f";

    @Test
    void goalsMadeFromARouteBeforeV28AreLinkedToTheirStep() throws Exception {
        var url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1";
        var v28 = MigrationVersion.fromVersion("28");
        var before = Arrays.stream(Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                        .load().info().all()).map(m -> m.getVersion()).filter(v -> v.compareTo(v28) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(before).load().migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var sql = connection.createStatement()) {
            var tenant = id();
            sql.execute("insert into tenant (id, name, issuer, client_id, auth_url, jwks_url, kind, theme, created_at) values ('"
                    + tenant + "', 'Noord', 'https://lms', 'c', 'https://lms/auth', 'https://lms/jwks', 'MANUAL', 'default', now())");
            var course = id();
            sql.execute("insert into course (id, tenant_id, context_id, created_at) values ('" + course + "', '" + tenant
                    + "', 'ctx', now())");
            var sam = person(sql, tenant, "sam");
            var kim = person(sql, tenant, "kim");
            var samsRoute = route(sql, tenant, course, sam, true);
            var oldRoute = route(sql, tenant, course, sam, false);
            var kimsRoute = route(sql, tenant, course, kim, true);
            var step = step(sql, tenant, samsRoute, 0, "Hulp vragen");
            step(sql, tenant, oldRoute, 0, "Op tijd komen");
            step(sql, tenant, kimsRoute, 0, "Veilig werken");
            var plan = id();
            sql.execute("insert into plan (id, tenant_id, course_id, participant_id, created_by, created_at, starts_on, ends_on)"
                    + " values ('" + plan + "', '" + tenant + "', '" + course + "', '" + sam + "', '" + kim
                    + "', now(), current_date, current_date + 30)");
            var fromStep = goal(sql, tenant, plan, 0, "Hulp vragen", "A");
            var otherLevel = goal(sql, tenant, plan, 1, "Hulp vragen", "B");
            var fromOldRoute = goal(sql, tenant, plan, 2, "Op tijd komen", "A");
            var kimsTitle = goal(sql, tenant, plan, 3, "Veilig werken", "A");

            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

            assertThat(stepOf(sql, fromStep)).isEqualTo(step);
            assertThat(stepOf(sql, otherLevel)).as("another level is another goal").isNull();
            assertThat(stepOf(sql, fromOldRoute)).as("an archived route does not count").isNull();
            assertThat(stepOf(sql, kimsTitle)).as("another participant's route").isNull();
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static String person(Statement sql, String tenant, String subject) throws Exception {
        var id = id();
        sql.execute("insert into lms_user (id, tenant_id, subject, created_at, last_seen_at) values ('" + id + "', '" + tenant
                + "', '" + subject + "', now(), now())");
        return id;
    }

    private static String route(Statement sql, String tenant, String course, String participant, boolean active) throws Exception {
        var id = id();
        sql.execute("insert into route (id, tenant_id, kind, title, framework_id, framework_key, framework_title,"
                + " framework_version, course_id, participant_id, status, active_key, created_at, updated_at) values ('" + id
                + "', '" + tenant + "', 'PERSONAL', 'Starten', '" + id() + "', '" + id() + "', 'WPO', 1, '" + course + "', '"
                + participant + "', '" + (active ? "ACTIVE" : "ARCHIVED") + "', "
                + (active ? "'" + course + "/" + participant + "'" : "null") + ", now(), now())");
        return id;
    }

    private static String step(Statement sql, String tenant, String route, int position, String title) throws Exception {
        var id = id();
        sql.execute("insert into route_step (id, tenant_id, route_id, sort_order, title, competency_key, competency_id,"
                + " competency_title, step_level) values ('" + id + "', '" + tenant + "', '" + route + "', " + position + ", '"
                + title + "', '" + KEY + "', '" + id() + "', 'Advies vragen', 'A')");
        return id;
    }

    private static String goal(Statement sql, String tenant, String plan, int position, String title, String level) throws Exception {
        var id = id();
        sql.execute("insert into plan_goal (id, tenant_id, plan_id, sort_order, title, competency_key, competency_title,"
                + " target_level, due_on, status, created_at) values ('" + id + "', '" + tenant + "', '" + plan + "', " + position
                + ", '" + title + "', '" + KEY + "', 'Advies vragen', '" + level + "', current_date + 7, 'OPEN', now())");
        return id;
    }

    private static String stepOf(Statement sql, String goal) throws Exception {
        try (var rows = sql.executeQuery("select route_step_id from plan_goal where id = '" + goal + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
