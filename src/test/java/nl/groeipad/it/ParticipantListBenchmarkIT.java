package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
 * Benchmark of the coach's participant list ("Mijn deelnemers" with plan summaries), "Wie heeft aandacht nodig" and
 * recording one score (issue 9 §6), not a test of speed:
 * {@code mvn verify -Pbenchmark -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -DskipJsTests -Dit.test=ParticipantListBenchmarkIT}.
 * Two organisations, each a course with a coach launched through the real LTI path: one with 10 participants, one
 * with 1,000. Their participants, enrolments, plans (2 goals, 8 tasks each, some done, some overdue), evaluation
 * rhythms and observations are seeded straight into MariaDB with batched JDBC — the rows the application itself
 * writes at launch, in the plan builder and when a coach observes — because 1,000 launches plus a million API calls
 * would benchmark other paths (see LaunchBenchmarkIT), not the list.
 *
 * <p>The data set of issue 9 §6, "1,000 participants × 30 competencies × 20 observations each": every participant
 * has 20 observations (19 concluded, the newest open, its period ending within 0–6 days), each on all 30 competencies
 * of a framework (one behavioural indicator per competency, two work situations) with one current score per
 * indicator — per participant 600 observed competencies and 600 scores; for 1,000 participants 20,000 observations,
 * 600,000 observed competencies, 600,000 observed indicators and 600,000 scores.
 *
 * <p>Measures p50/p95 of {@code GET /api/v1/courses/{id}/participants} for the full list and for the first page of
 * 50, of {@code GET /api/v1/courses/{id}/attention} ("Wie heeft aandacht nodig"; it holds at most
 * {@code CoachDesk.MAX} = 500 participants, the most recently active) and of {@code POST …/observations/{id}/scores}
 * (one score in a fresh cell of an open observation with 30 indicators and 10 situations of a participant in the
 * course of 1,000), and the SQL statements per request (MariaDB user statistics of the application's database
 * user, so other databases on the server do not count; the server's own timers run as that user and may add a
 * fraction). Targets (issue 9 §6): p95 &lt; 100 ms for the lists, &lt; 30 ms for a score; statements per request
 * the same for 10 and 1,000 participants (asserted for SELECTs, within half a statement: the timers' share). Results: console and {@code target/benchmark-participants.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantListBenchmarkIT {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    /** Issue 9 §6: 30 competencies × 20 observations for every participant. */
    private static final int COMPETENCIES = 30;
    private static final int OBSERVATIONS = 20;
    /** The open observation scores are recorded in: 30 indicators × 10 situations, one fresh cell per request. */
    private static final int SCORING_SITUATIONS = 10;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    record Course(String tenantId, String courseId, String coachToken, int participants, Scoring scoring) {
    }

    /** An open observation without scores and its cells (indicator id, situation id), for recording scores. */
    record Scoring(String participantId, String observationId, List<String[]> cells) {
    }

    @Test
    void participantList() throws Exception {
        try (var smallLms = new TestPlatform(); var bigLms = new TestPlatform()) {
            var small = course(smallLms, "Klein leerbedrijf", 10);
            var big = course(bigLms, "Groot leerbedrijf", 1000);
            enableUserStatistics();

            var report = new StringBuilder("Participant list benchmark: as the coach, loopback, MariaDB; " + RUNS
                    + " sequential requests after " + WARM_UP + " warm-up; each participant with " + OBSERVATIONS
                    + " observations on " + COMPETENCIES + " competencies\n");
            var perRequest = new java.util.LinkedHashMap<String, double[]>();
            for (var course : List.of(small, big)) {
                for (var what : List.of(new String[] {"/participants", "participants, full list"},
                        new String[] {"/participants?limit=50", "participants, page of 50"},
                        new String[] {"/attention", "attention (max 500)"})) {
                    var m = measure(course, "GET", "/api/v1/courses/" + course.courseId() + what[0], i -> null, what[1]);
                    report.append(m.line());
                    perRequest.computeIfAbsent(what[1], k -> new double[2])[course == small ? 0 : 1] = m.selects();
                }
            }
            var scores = "/api/v1/courses/" + big.courseId() + "/participants/" + big.scoring().participantId()
                    + "/observations/" + big.scoring().observationId() + "/scores";
            var cells = big.scoring().cells();
            report.append(measure(big, "POST", scores, i -> """
                    {"indicatorId":"%s","situationId":"%s","score":%d}""".formatted(cells.get(i)[0], cells.get(i)[1], 1 + i % 5),
                    "record one score").line());
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-participants.txt"), report);
            // the server's timers run as the same database user and add a fraction of a statement per request
            perRequest.forEach((what, counts) -> assertThat(counts[1]).as("SELECTs per request, %s: 1,000 vs 10 participants", what)
                    .isCloseTo(counts[0], org.assertj.core.data.Offset.offset(0.5)));
        }
    }

    /** @param selects SELECT statements per request: what a list's reading costs (commits and session settings aside) */
    record Measured(String line, double selects) {
    }

    private Measured measure(Course course, String method, String path, java.util.function.IntFunction<String> body,
                             String what) throws Exception {
        int call = 0;
        var expected = "POST".equals(method) ? 201 : 200;
        for (int i = 0; i < WARM_UP; i++, call++) {
            var response = client.api(method, path, course.coachToken(), body.apply(call));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        }
        var durations = new ArrayList<Long>();
        var before = statements();
        long bytes = 0;
        for (int i = 0; i < RUNS; i++, call++) {
            var json = body.apply(call);
            long start = System.nanoTime();
            var response = client.api(method, path, course.coachToken(), json);
            durations.add(System.nanoTime() - start);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            bytes = response.body().length();
        }
        var after = statements();
        Collections.sort(durations);
        var selects = (after[0] - before[0]) / (double) RUNS;
        return new Measured("%5d participants, %-25s: p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms; %7d bytes; per request %.2f SELECT, %.2f statements in all%n"
                .formatted(course.participants(), what, percentile(durations, 50), percentile(durations, 95),
                        durations.getLast() / 1e6, bytes, selects, (after[1] - before[1]) / (double) RUNS), selects);
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
        var coach = me.getJsonObject("user").getString("id");
        var people = seed(tenantId, courseId, coach, participants);
        seedObservations(tenantId, courseId, coach, people);
        return new Course(tenantId, courseId, token, participants, scoring(tenantId, courseId, coach, people.getFirst()));
    }

    private static List<String> seed(String tenant, String course, String coach, int participants) throws SQLException {
        var people = new ArrayList<String>();
        var now = Instant.now();
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try (var db = seeding()) {
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
                    people.add(user);
                    var seen = Timestamp.from(now.minusSeconds(60L * p));
                    addRow(users, user, tenant, "bench-" + p, "Deelnemer", "Nummer " + p, "Deelnemer Nummer " + p,
                            seen, seen);
                    addRow(enrolments, UUID.randomUUID().toString(), tenant, course, user, seen);
                    var plan = UUID.randomUUID().toString();
                    addRow(plans, plan, tenant, course, user, coach, Timestamp.from(now),
                            Date.valueOf(today.minusDays(14)), Date.valueOf(today.plusWeeks(20)), seen);
                    for (int g = 0; g < 2; g++) {
                        var goal = UUID.randomUUID().toString();
                        addRow(goals, goal, tenant, plan, g, "Doel " + g + " van deelnemer " + p,
                                Date.valueOf(today.plusWeeks(6)), Timestamp.from(now));
                        for (int t = 0; t < 4; t++) {
                            var day = today.plusDays(t * 3L - 4 + (p % 3));
                            var done = t == 0 || (t == 1 && p % 2 == 0);
                            addRow(tasks, UUID.randomUUID().toString(), tenant, plan, goal, t,
                                    "Taak " + t + " van doel " + g, Date.valueOf(day),
                                    done ? Timestamp.from(now) : null, done ? user : null, Timestamp.from(now));
                        }
                    }
                }
                for (var batch : List.of(users, enrolments, plans, goals, tasks)) {
                    batch.executeBatch();
                }
            }
            try (var schedules = db.prepareStatement("INSERT INTO evaluation_schedule (id, tenant_id, course_id, participant_id,"
                    + " every_weeks, starts_on, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < participants; p += 2) { // every other participant has an agreed rhythm, some due
                    addRow(schedules, UUID.randomUUID().toString(), tenant, course, people.get(p), 2 + p % 4,
                            Date.valueOf(today.minusWeeks(p % 9)), coach, Timestamp.from(now));
                }
                schedules.executeBatch();
            }
            db.commit();
        }
        return people;
    }

    /** Sets the statement's parameters to these values, in their order (null: NULL). */
    private static PreparedStatement with(PreparedStatement insert, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        return insert;
    }

    /** One more row in the statement's batch, its values in the order of the statement's parameters. */
    private static void addRow(PreparedStatement insert, Object... values) throws SQLException {
        with(insert, values).addBatch();
    }

    private static Connection seeding() throws SQLException {
        var url = System.getProperty("it.db.url");
        var db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        db.setAutoCommit(false);
        return db;
    }

    /**
     * Per participant {@value #OBSERVATIONS} observations by the coach on all {@value #COMPETENCIES} competencies (one
     * indicator each) in two situations, one score per indicator; the oldest 19 concluded, the newest open with its
     * period ending in 0–6 days. Committed per 50 participants.
     */
    private static void seedObservations(String tenant, String course, String coach, List<String> people)
            throws SQLException {
        var framework = UUID.randomUUID().toString();
        var competencies = new String[COMPETENCIES];
        var indicators = new String[COMPETENCIES];
        for (int c = 0; c < COMPETENCIES; c++) {
            competencies[c] = UUID.randomUUID().toString();
            indicators[c] = UUID.randomUUID().toString();
        }
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try (var db = seeding();
             var observations = db.prepareStatement("INSERT INTO observation (id, tenant_id, version, course_id, participant_id,"
                     + " framework_version_id, level, lead_observer_id, status, starts_on, ends_on, started_at,"
                     + " guide_confirmed_at, concluded_at, concluded_by) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             var observed = db.prepareStatement("INSERT INTO observation_competency (id, tenant_id, observation_id, sort_order,"
                     + " competency_key, competency_title, reached, indicators_reached, indicators_total)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             var observedIndicators = db.prepareStatement("INSERT INTO observation_indicator (id, tenant_id, observation_id,"
                     + " sort_order, indicator_id, competency_key) VALUES (?, ?, ?, ?, ?, ?)");
             var situations = db.prepareStatement("INSERT INTO observation_situation (id, tenant_id, observation_id, sort_order,"
                     + " name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             var scores = db.prepareStatement("INSERT INTO observation_score (id, tenant_id, observation_id, indicator_id,"
                     + " situation_id, observer_id, score, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int p = 0; p < people.size(); p++) {
                for (int o = 0; o < OBSERVATIONS; o++) {
                    var open = o == OBSERVATIONS - 1;
                    var id = UUID.randomUUID().toString();
                    var startsOn = open ? today.minusDays(21 - p % 7) : today.minusDays(21L * (OBSERVATIONS - o) + 30);
                    var endsOn = startsOn.plusDays(21);
                    var startedAt = Timestamp.valueOf(startsOn.atTime(9, 0));
                    var level = o < 7 ? "A" : o < 14 ? "B" : "C";
                    addRow(observations, id, tenant, course, people.get(p), framework, level, coach,
                            open ? "OPEN" : "CONCLUDED", Date.valueOf(startsOn), Date.valueOf(endsOn), startedAt,
                            startedAt, open ? null : Timestamp.valueOf(endsOn.atTime(15, 0)), open ? null : coach);
                    var situationIds = new String[2];
                    for (int s = 0; s < 2; s++) {
                        situationIds[s] = UUID.randomUUID().toString();
                        addRow(situations, situationIds[s], tenant, id, s, s == 0 ? "inpakken lijn 2" : "magazijn",
                                coach, startedAt);
                    }
                    for (int c = 0; c < COMPETENCIES; c++) {
                        var score = 1 + (p + o + c) % 5;
                        addRow(observed, UUID.randomUUID().toString(), tenant, id, c, competencies[c],
                                "Competentie " + (c + 1), open ? null : score >= 4, open ? null : score >= 4 ? 1 : 0,
                                open ? null : 1);
                        addRow(observedIndicators, UUID.randomUUID().toString(), tenant, id, c, indicators[c],
                                competencies[c]);
                        addRow(scores, UUID.randomUUID().toString(), tenant, id, indicators[c], situationIds[c % 2],
                                coach, score, startedAt);
                    }
                }
                if (p % 50 == 49 || p == people.size() - 1) {
                    for (var batch : List.of(observations, situations, observed, observedIndicators, scores)) {
                        batch.executeBatch();
                    }
                    db.commit();
                }
            }
        }
    }

    /** An open observation of this participant by the coach on 30 indicators in 10 situations, without scores. */
    private static Scoring scoring(String tenant, String course, String coach, String participant) throws SQLException {
        var id = UUID.randomUUID().toString();
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var cells = new ArrayList<String[]>();
        try (var db = seeding()) {
            try (var observation = db.prepareStatement("INSERT INTO observation (id, tenant_id, version, course_id, participant_id,"
                    + " framework_version_id, level, lead_observer_id, status, starts_on, ends_on, started_at, guide_confirmed_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?, 'B', ?, 'OPEN', ?, ?, ?, ?)")) {
                var now = Timestamp.from(Instant.now());
                with(observation, id, tenant, course, participant, UUID.randomUUID().toString(), coach, Date.valueOf(today),
                        Date.valueOf(today.plusDays(21)), now, now).executeUpdate();
            }
            try (var observed = db.prepareStatement("INSERT INTO observation_competency (id, tenant_id, observation_id, sort_order,"
                    + " competency_key, competency_title) VALUES (?, ?, ?, ?, ?, ?)");
                 var indicators = db.prepareStatement("INSERT INTO observation_indicator (id, tenant_id, observation_id,"
                         + " sort_order, indicator_id, competency_key) VALUES (?, ?, ?, ?, ?, ?)");
                 var situations = db.prepareStatement("INSERT INTO observation_situation (id, tenant_id, observation_id, sort_order,"
                         + " name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                var situationIds = new ArrayList<String>();
                for (int s = 0; s < SCORING_SITUATIONS; s++) {
                    var situation = UUID.randomUUID().toString();
                    situationIds.add(situation);
                    addRow(situations, situation, tenant, id, s, "werkplek " + (s + 1), coach,
                            Timestamp.from(Instant.now()));
                }
                for (int c = 0; c < COMPETENCIES; c++) {
                    var competency = UUID.randomUUID().toString();
                    var indicator = UUID.randomUUID().toString();
                    addRow(observed, UUID.randomUUID().toString(), tenant, id, c, competency, "Competentie " + (c + 1));
                    addRow(indicators, UUID.randomUUID().toString(), tenant, id, c, indicator, competency);
                    for (var situation : situationIds) {
                        cells.add(new String[] {indicator, situation});
                    }
                }
                observed.executeBatch();
                indicators.executeBatch();
                situations.executeBatch();
            }
            db.commit();
        }
        Collections.shuffle(cells, new java.util.Random(9));
        return new Scoring(participant, id, cells);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.admin-url", "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
    }

    private static void enableUserStatistics() throws SQLException {
        try (var db = admin(); var sql = db.createStatement()) {
            sql.execute("SET GLOBAL userstat = 1");
            // -Dbenchmark.slow-log=FILE: every statement from here on with its time in the server's slow log (to see
            // where a request's time goes; it slows the server a little)
            var slowLog = System.getProperty("benchmark.slow-log", "");
            if (!slowLog.isBlank()) {
                sql.execute("SET GLOBAL slow_query_log_file = '" + slowLog.replace("'", "") + "'");
                sql.execute("SET GLOBAL long_query_time = 0");
                sql.execute("SET GLOBAL slow_query_log = 1");
            }
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
