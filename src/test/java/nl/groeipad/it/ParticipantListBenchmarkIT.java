package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of the coach's participant list ("Mijn deelnemers" with plan summaries), not a test of speed:
 * {@code mvn verify -Pbenchmark -Dit.test=ParticipantListBenchmarkIT}. Two organisations, each a course with
 * a coach launched through the real LTI path: one with 10 participants, one with 1,000. Their participants,
 * enrolments and plans (2 goals, 8 tasks each, some done, some overdue) are seeded straight into MariaDB with
 * batched JDBC — the rows the application itself writes at launch and in the plan builder — because 1,000
 * launches plus 10,000 API calls would benchmark the launch path (see LaunchBenchmarkIT), not the list.
 * Measures p50/p95 of {@code GET /api/v1/courses/{id}/participants} for the full list and for a page of 50,
 * and the SQL statements per request (MariaDB user statistics of the application's database user, so other
 * databases on the server do not count). Results: console and {@code target/benchmark-participants.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantListBenchmarkIT {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    record Course(String tenantId, String courseId, String coachToken, int participants) {
    }

    @Test
    void participantList() throws Exception {
        try (var smallLms = new TestPlatform(); var bigLms = new TestPlatform()) {
            var small = course(smallLms, "Klein leerbedrijf", 10);
            var big = course(bigLms, "Groot leerbedrijf", 1000);
            enableUserStatistics();

            var report = new StringBuilder("Participant list benchmark: GET /api/v1/courses/{id}/participants as the coach,"
                    + " loopback, MariaDB; " + RUNS + " sequential requests after " + WARM_UP + " warm-up\n");
            for (var course : List.of(small, big)) {
                report.append(measure(course, "", "full list"));
                report.append(measure(course, "?limit=50", "page of 50"));
            }
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-participants.txt"), report);
        }
    }

    private String measure(Course course, String query, String what) throws Exception {
        var path = "/api/v1/courses/" + course.courseId() + "/participants" + query;
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(client.api("GET", path, course.coachToken(), null).statusCode()).isEqualTo(200);
        }
        var durations = new ArrayList<Long>();
        var before = statements();
        long bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            var response = client.api("GET", path, course.coachToken(), null);
            durations.add(System.nanoTime() - start);
            assertThat(response.statusCode()).isEqualTo(200);
            bytes = response.body().length();
        }
        var after = statements();
        Collections.sort(durations);
        return "%5d participants, %-10s: p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms; %6d bytes; per request %.2f SELECT, %.2f statements in all%n"
                .formatted(course.participants(), what, percentile(durations, 50), percentile(durations, 95),
                        durations.getLast() / 1e6, bytes, (after[0] - before[0]) / (double) RUNS, (after[1] - before[1]) / (double) RUNS);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** A registered organisation whose coach launched (so the course exists), with seeded participants and plans. */
    private Course course(TestPlatform lms, String name, int participants) throws Exception {
        var created = client.admin("POST", "/api/v1/admin/registrations", """
                {"name":"%s","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                .formatted(name, lms.issuer(), lms.clientId(), lms.issuer(), lms.issuer(), lms.deploymentId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var tenantId = ToolClient.json(created).getString("id");
        var token = ToolClient.sessionToken(client.freshBrowser().launch(lms, "coach-1"));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        var courseId = me.getJsonObject("course").getString("id");
        seed(tenantId, courseId, me.getJsonObject("user").getString("id"), participants);
        return new Course(tenantId, courseId, token, participants);
    }

    private static void seed(String tenant, String course, String coach, int participants) throws SQLException {
        var now = Instant.now();
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"))) {
            db.setAutoCommit(false);
            try (var users = db.prepareStatement("INSERT INTO lms_user (id, tenant_id, subject, given_name, family_name, full_name,"
                    + " created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 var enrolments = db.prepareStatement("INSERT INTO enrolment (id, tenant_id, course_id, user_id, role, last_launch_at)"
                         + " VALUES (?, ?, ?, ?, 'PARTICIPANT', ?)");
                 var plans = db.prepareStatement("INSERT INTO plan (id, tenant_id, course_id, participant_id, created_by, created_at,"
                         + " starts_on, ends_on, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var goals = db.prepareStatement("INSERT INTO plan_goal (id, tenant_id, plan_id, sort_order, title, due_on, status,"
                         + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)");
                 var tasks = db.prepareStatement("INSERT INTO plan_task (id, tenant_id, plan_id, goal_id, sort_order, title,"
                         + " planned_on, done_at, done_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < participants; p++) {
                    var user = UUID.randomUUID().toString();
                    var seen = Timestamp.from(now.minusSeconds(60L * p));
                    users.setString(1, user);
                    users.setString(2, tenant);
                    users.setString(3, "bench-" + p);
                    users.setString(4, "Deelnemer");
                    users.setString(5, "Nummer " + p);
                    users.setString(6, "Deelnemer Nummer " + p);
                    users.setTimestamp(7, seen);
                    users.setTimestamp(8, seen);
                    users.addBatch();
                    enrolments.setString(1, UUID.randomUUID().toString());
                    enrolments.setString(2, tenant);
                    enrolments.setString(3, course);
                    enrolments.setString(4, user);
                    enrolments.setTimestamp(5, seen);
                    enrolments.addBatch();
                    var plan = UUID.randomUUID().toString();
                    plans.setString(1, plan);
                    plans.setString(2, tenant);
                    plans.setString(3, course);
                    plans.setString(4, user);
                    plans.setString(5, coach);
                    plans.setTimestamp(6, Timestamp.from(now));
                    plans.setDate(7, Date.valueOf(today.minusDays(14)));
                    plans.setDate(8, Date.valueOf(today.plusWeeks(20)));
                    plans.setTimestamp(9, seen);
                    plans.addBatch();
                    for (int g = 0; g < 2; g++) {
                        var goal = UUID.randomUUID().toString();
                        goals.setString(1, goal);
                        goals.setString(2, tenant);
                        goals.setString(3, plan);
                        goals.setInt(4, g);
                        goals.setString(5, "Doel " + g + " van deelnemer " + p);
                        goals.setDate(6, Date.valueOf(today.plusWeeks(6)));
                        goals.setTimestamp(7, Timestamp.from(now));
                        goals.addBatch();
                        for (int t = 0; t < 4; t++) {
                            var day = today.plusDays(t * 3L - 4 + (p % 3));
                            var done = t == 0 || (t == 1 && p % 2 == 0);
                            tasks.setString(1, UUID.randomUUID().toString());
                            tasks.setString(2, tenant);
                            tasks.setString(3, plan);
                            tasks.setString(4, goal);
                            tasks.setInt(5, t);
                            tasks.setString(6, "Taak " + t + " van doel " + g);
                            tasks.setDate(7, Date.valueOf(day));
                            tasks.setTimestamp(8, done ? Timestamp.from(now) : null);
                            tasks.setString(9, done ? user : null);
                            tasks.setTimestamp(10, Timestamp.from(now));
                            tasks.addBatch();
                        }
                    }
                }
                for (var batch : List.of(users, enrolments, plans, goals, tasks)) {
                    batch.executeBatch();
                }
            }
            db.commit();
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.admin-url", "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
    }

    private static void enableUserStatistics() throws SQLException {
        try (var db = admin(); var sql = db.createStatement()) {
            sql.execute("SET GLOBAL userstat = 1");
        }
    }

    /** SELECTs and all statements run so far by the application's database user. */
    private static long[] statements() throws SQLException {
        try (var db = admin(); var sql = db.prepareStatement("SELECT select_commands, select_commands + update_commands"
                + " + other_commands FROM information_schema.user_statistics WHERE user = ?")) {
            sql.setString(1, System.getProperty("it.db.user"));
            try (var rows = sql.executeQuery()) {
                return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : new long[] {0, 0};
            }
        }
    }
}
