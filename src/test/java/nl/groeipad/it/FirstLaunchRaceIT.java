package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people opening a course that Groeipad has not seen yet, at the same moment (a teacher says "open Groeipad now"
 * to the whole group): every launch gets in, the course exists once, every person once, and the server log does not
 * look like an incident (no stack trace, no "Duplicate entry").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstLaunchRaceIT {

    private static final int PEOPLE = 12;
    private static final int TWICE = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void sixteenFirstLaunchesIntoOneNewCourseAtOnceAllSucceedAndRecordEachThingOnce() throws Exception {
        Deployments.base();
        try (var serverLog = ServerOutput.capture();
             var platform = TestPlatform.registeredAt(new ToolClient(Deployments.base()), "Racers " + java.util.UUID.randomUUID())) {
            // 16 launches: 12 people, 4 of whom open it in two browsers at once (a race on their user row too).
            var people = new ArrayList<String>();
            for (int p = 0; p < PEOPLE; p++) {
                platform.person("racer-" + p, "Deelnemer", "Racer " + p, TestPlatform.LEARNER);
                people.add("racer-" + p);
                if (p < TWICE) {
                    people.add("racer-" + p);
                }
            }
            assertThat(people).hasSize(16);

            // Each browser logs in and gets its id_token (valid for 60 s) in parallel, then all post at the same moment.
            var together = new CyclicBarrier(people.size());
            var pool = Executors.newFixedThreadPool(people.size());
            var tasks = new ArrayList<Callable<Integer>>();
            for (var person : people) {
                tasks.add(() -> {
                    var browser = new ToolClient(Deployments.base());
                    var form = browser.authorizationForm(platform, person);
                    together.await(60, TimeUnit.SECONDS);
                    var answer = browser.postForm(form.get("action"), Map.of("id_token", form.get("id_token"), "state", form.get("state")));
                    if (answer.statusCode() != 303) {
                        return answer.statusCode();
                    }
                    return browser.api("GET", "/api/v1/me", ToolClient.sessionToken(answer), null).statusCode();
                });
            }
            var answers = new ArrayList<Integer>();
            for (var f : pool.invokeAll(tasks)) {
                answers.add(f.get());
            }
            pool.shutdown();
            assertThat(answers).as("every launch got in and its session works").hasSize(16).containsOnly(200);
            var rows = rowsOf(platform.issuer());
            assertThat(rows.get("course")).as("course rows").isEqualTo(1);
            assertThat(rows.get("lms_user")).as("user rows").isEqualTo(PEOPLE);
            assertThat(rows.get("distinct subjects")).isEqualTo(PEOPLE);
            assertThat(rows.get("enrolment")).as("enrolment rows").isEqualTo(PEOPLE);

            var log = serverLog.linesAfterQuiet();
            assertThat(log).as("the server log during the race (captured from Payara's console)")
                    .anyMatch(line -> line.contains("Registered tenant")) // the capture works
                    .noneMatch(line -> line.contains("Duplicate entry"))
                    .noneMatch(line -> line.contains("Exception"))
                    .noneMatch(line -> line.matches("\\s+at [\\w.$]+\\(.*"));
        }
    }

    /** Counts this platform's rows straight in MariaDB: the API would hide duplicates behind "first match". */
    private static Map<String, Integer> rowsOf(String issuer) throws Exception {
        var counts = new LinkedHashMap<String, Integer>();
        try (var db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"))) {
            for (var query : List.of(
                    "course:select count(*) from course c join tenant t on t.id = c.tenant_id where t.issuer = ?",
                    "lms_user:select count(*) from lms_user u join tenant t on t.id = u.tenant_id where t.issuer = ?",
                    "distinct subjects:select count(distinct u.subject) from lms_user u join tenant t on t.id = u.tenant_id where t.issuer = ?",
                    "enrolment:select count(*) from enrolment e join tenant t on t.id = e.tenant_id where t.issuer = ?")) {
                var name = query.substring(0, query.indexOf(':'));
                try (var statement = db.prepareStatement(query.substring(query.indexOf(':') + 1))) {
                    statement.setString(1, issuer);
                    try (var result = statement.executeQuery()) {
                        result.next();
                        counts.put(name, result.getInt(1));
                    }
                }
            }
        }
        return counts;
    }
}
