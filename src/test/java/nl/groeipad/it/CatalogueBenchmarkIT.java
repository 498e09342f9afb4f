package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.groeipad.catalogue.entity.ItemContent;
import nl.groeipad.catalogue.entity.SearchTerms;
import nl.groeipad.catalogue.entity.SearchText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of catalogue search, not a test of speed: {@code mvn verify -Pbenchmark}. One organisation's
 * catalogue is filled straight into MariaDB over JDBC (the fast path: no bulk endpoint exists), first to 100
 * items, then to 10,000. At each size it measures typical searches over HTTP (text, filters, combinations, a
 * deep page, a lookup by id) — p50/p95 per search, one client after warm-up, plus 8 concurrent clients — and
 * counts the SQL statements the tool sends per request, from MariaDB's per-user statistics
 * ({@code information_schema.USER_STATISTICS} of the tool's database user, so other databases on the same
 * server do not disturb the count). Statements per request must be the same at 100 and 10,000 items.
 * Results go to the console and to {@code target/benchmark-catalogue.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBenchmarkIT {

    private static final String ITEMS = "/api/v1/catalogue/items";
    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;
    private static final int COUNTED = 50;
    private static final int CONCURRENT_CLIENTS = 8;
    private static final int PER_CLIENT = 100;

    private static final String[] COMPETENCIES = {"Om advies vragen en anderen betrekken", "Werk afstemmen met anderen",
            "Instructies opvolgen", "Veilig werken", "Kwaliteitsbewust werken", "Reflecteren op je werk",
            "Op tijd komen en afmelden", "Communiceren met collega's"};
    private static final String[] KINDS = {"WORKPLACE_ASSIGNMENT", "CONVERSATION", "VIDEO", "ONLINE_LESSON",
            "LMS_ACTIVITY", "OFFLINE_TRAINING"};
    private static final String[] VERBS = {"Oefen", "Leer", "Bespreek", "Bekijk", "Probeer", "Plan", "Controleer", "Vraag"};
    private static final String[] TOPICS = {"het magazijn", "de kantine", "de werkplaats", "de groenvoorziening",
            "de inpakafdeling", "de schoonmaak", "de keuken", "de fietsenmakerij", "de montage", "de receptie"};
    private static final String[] THINGS = {"veilig tillen", "een collega om hulp", "de werkinstructie", "je pauze",
            "de overdracht", "het schoonmaakrooster", "je werkdagboek", "de checklist", "een klant", "je planning"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void catalogueSearch() throws Exception {
        try (var platform = new TestPlatform()) {
            var client = new ToolClient(Deployments.base());
            var created = client.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Benchmark","issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(), platform.deploymentId()));
            assertThat(created.statusCode()).isEqualTo(201);
            var token = ToolClient.sessionToken(client.launch(platform, "coach-1"));
            assertThat(client.api("GET", ITEMS + "?limit=1", token, null).statusCode()).isEqualTo(200); // imports the 20 starter items

            var report = new StringBuilder("Catalogue search benchmark: HTTP on loopback, Payara Micro, MariaDB; one organisation\n");
            report.append("p50/p95 over ").append(MEASURED).append(" sequential requests each after ").append(WARM_UP)
                    .append(" warm-up; statements per request counted over ").append(COUNTED).append(" requests each\n");
            try (var db = tool(); var admin = admin()) {
                var tenant = tenantOf(db, platform.issuer());
                fillTo(db, tenant, 100);
                var small = measure(client, token, admin, itemIdOf(client, token));
                fillTo(db, tenant, 10_000);
                var large = measure(client, token, admin, itemIdOf(client, token));
                report.append(table(small, large));
                report.append(concurrent(client, token, searches(itemIdOf(client, token))));
                System.out.println(report);
                Files.writeString(Path.of("target", "benchmark-catalogue.txt"), report);
                for (var name : small.keySet()) {
                    // Whole statements per request; a connection the pool opens meanwhile adds a few set-up
                    // statements once, which shows as a fraction.
                    assertThat(Math.round(large.get(name).selectsPerRequest()))
                            .as("SELECTs per request of '%s' must not grow with the number of items", name)
                            .isEqualTo(Math.round(small.get(name).selectsPerRequest()));
                    assertThat(large.get(name).statementsPerRequest())
                            .as("SQL statements per request of '%s' must not grow with the number of items", name)
                            .isCloseTo(small.get(name).statementsPerRequest(), org.assertj.core.data.Offset.offset(0.5));
                }
            }
        }
    }

    /** The searches a coach (or the route and plan features) typically make. */
    private static Map<String, String> searches(String someId) {
        var searches = new LinkedHashMap<String, String>();
        searches.put("first page, no filter", ITEMS + "?limit=20");
        searches.put("text, 1 word", ITEMS + "?q=collega");
        searches.put("text, 2 words", ITEMS + "?q=veilig+tillen");
        searches.put("text, compound", ITEMS + "?q=schoonmaakrooster");
        searches.put("text, parts of a compound", ITEMS + "?q=schoonmaak+rooster");
        searches.put("text with a typo", ITEMS + "?q=colega");
        searches.put("kind", ITEMS + "?kind=workplace-assignment");
        searches.put("level + learning style", ITEMS + "?level=B&style=doing");
        searches.put("competency + level + offline", ITEMS + "?competencyTitle=" + ToolClient.enc("Veilig werken") + "&level=A&place=offline");
        searches.put("text + kind + language", ITEMS + "?q=oefen&kind=online-lesson&language=nl");
        searches.put("page 3 of a filter", ITEMS + "?kind=video&offset=40&limit=20");
        searches.put("deep page (offset 5000)", ITEMS + "?offset=5000&limit=20");
        searches.put("text without match", ITEMS + "?q=zzqqxx");
        searches.put("item by id", ITEMS + "/" + someId);
        return searches;
    }

    record Measurement(double p50, double p95, double statementsPerRequest, double selectsPerRequest, long total) {
    }

    private Map<String, Measurement> measure(ToolClient client, String token, Connection admin, String someId) throws SQLException {
        var results = new LinkedHashMap<String, Measurement>();
        for (var search : searches(someId).entrySet()) {
            var path = search.getValue();
            long total = -1;
            for (int i = 0; i < WARM_UP; i++) {
                var response = client.api("GET", path, token, null);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                if (i == 0 && response.body().contains("\"total\"")) {
                    total = ToolClient.json(response).getJsonNumber("total").longValue();
                }
            }
            var nanos = new ArrayList<Long>();
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                client.api("GET", path, token, null);
                nanos.add(System.nanoTime() - start);
            }
            Collections.sort(nanos);
            var before = statements(admin);
            for (int i = 0; i < COUNTED; i++) {
                client.api("GET", path, token, null);
            }
            var after = statements(admin);
            results.put(search.getKey(), new Measurement(percentile(nanos, 50), percentile(nanos, 95),
                    (after[0] - before[0]) / (double) COUNTED, (after[1] - before[1]) / (double) COUNTED, total));
        }
        return results;
    }

    private static String table(Map<String, Measurement> small, Map<String, Measurement> large) {
        var out = new StringBuilder();
        out.append("%-30s | %-42s | %-42s%n".formatted("search", "100 items: p50 / p95 ms, stmts (selects)/req, hits",
                "10,000 items: p50 / p95 ms, stmts (selects)/req, hits"));
        for (var name : small.keySet()) {
            var s = small.get(name);
            var l = large.get(name);
            out.append("%-30s | %6.1f / %6.1f  %5.2f (%4.2f) %6s         | %6.1f / %6.1f  %5.2f (%4.2f)  %6s%n".formatted(name,
                    s.p50(), s.p95(), s.statementsPerRequest(), s.selectsPerRequest(), s.total() < 0 ? "-" : s.total(),
                    l.p50(), l.p95(), l.statementsPerRequest(), l.selectsPerRequest(), l.total() < 0 ? "-" : l.total()));
        }
        return out.toString();
    }

    /** All searches mixed, from several clients at once, at 10,000 items. */
    private static String concurrent(ToolClient client, String token, Map<String, String> searches) throws Exception {
        var paths = List.copyOf(searches.values());
        var pool = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        var nanos = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        var tasks = new ArrayList<Callable<Void>>();
        for (int c = 0; c < CONCURRENT_CLIENTS; c++) {
            int offset = c;
            tasks.add(() -> {
                var own = new ToolClient(client.base());
                for (int i = 0; i < PER_CLIENT; i++) {
                    long start = System.nanoTime();
                    if (own.api("GET", paths.get((i + offset) % paths.size()), token, null).statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - start);
                }
                return null;
            });
        }
        long wall = System.nanoTime();
        for (var f : pool.invokeAll(tasks)) {
            f.get();
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        assertThat(failures.get()).isZero();
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return "%d concurrent clients, all searches mixed, 10,000 items: %d requests, %.0f requests/s, p50 %.1f ms, p95 %.1f ms%n"
                .formatted(CONCURRENT_CLIENTS, sorted.size(), sorted.size() / (wall / 1e9), percentile(sorted, 50), percentile(sorted, 95));
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String itemIdOf(ToolClient client, String token) {
        return ToolClient.json(client.api("GET", ITEMS + "?limit=1&offset=7", token, null))
                .getJsonArray("items").getJsonObject(0).getString("id");
    }

    // ---- the database, for the fast path and the statement count -------------------------------------

    private static Connection tool() throws SQLException {
        var url = System.getProperty("it.db.url", "jdbc:mysql://127.0.0.1:3306/groeipad_it");
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                System.getProperty("it.db.user", "groeipad_it"), System.getProperty("it.db.password", "groeipad_it"));
    }

    /** The administrator's connection: reads the tool user's statement counters (switching them on if needed). */
    private static Connection admin() throws SQLException {
        var admin = DriverManager.getConnection(System.getProperty("it.db.admin-url", "jdbc:mysql://127.0.0.1:3306/?user=root&password="));
        try (var sql = admin.createStatement()) {
            sql.execute("SET GLOBAL userstat = 1");
        }
        return admin;
    }

    /** {all statements, selects} the tool's database user has sent so far. */
    private static long[] statements(Connection admin) throws SQLException {
        try (var query = admin.prepareStatement("select SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS, SELECT_COMMANDS"
                + " from information_schema.USER_STATISTICS where USER = ?")) {
            query.setString(1, System.getProperty("it.db.user", "groeipad_it"));
            try (var rows = query.executeQuery()) {
                return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : new long[] {0, 0};
            }
        }
    }

    private static String tenantOf(Connection db, String issuer) throws SQLException {
        try (var query = db.prepareStatement("select id from tenant where issuer = ?")) {
            query.setString(1, issuer);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    /** Adds generated, varied items until the organisation has {@code target} of them. */
    private static void fillTo(Connection db, String tenant, int target) throws SQLException {
        int have;
        try (var count = db.prepareStatement("select count(*) from catalogue_item where tenant_id = ?")) {
            count.setString(1, tenant);
            try (var rows = count.executeQuery()) {
                rows.next();
                have = rows.getInt(1);
            }
        }
        var random = new Random(target);
        var now = Timestamp.from(Instant.now());
        db.setAutoCommit(false);
        try (var insert = db.prepareStatement("""
                insert into catalogue_item (id, tenant_id, title, title_key, description, kind, online, url, competency_key,
                  competency_title, level_a, level_b, level_c, style_doing, style_watching, style_thinking, style_feeling,
                  duration_minutes, language, search_text, search_terms, source, source_name, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int n = have; n < target; n++) {
                var kind = KINDS[n % KINDS.length];
                boolean online = kind.equals("VIDEO") || kind.equals("ONLINE_LESSON") || kind.equals("LMS_ACTIVITY");
                boolean external = online && random.nextInt(5) == 0;
                var title = VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)] + " in "
                        + TOPICS[random.nextInt(TOPICS.length)] + " (" + n + ")";
                var description = "Opdracht " + n + ": " + VERBS[random.nextInt(VERBS.length)].toLowerCase() + " "
                        + THINGS[random.nextInt(THINGS.length)] + " samen met je begeleider. Bespreek daarna wat goed ging.";
                var competency = COMPETENCIES[random.nextInt(COMPETENCIES.length)];
                int levels = 1 + random.nextInt(7);
                int i = 1;
                insert.setString(i++, UUID.randomUUID().toString());
                insert.setString(i++, tenant);
                insert.setString(i++, title);
                insert.setString(i++, SearchText.normalise(title, 200));
                insert.setString(i++, description);
                insert.setString(i++, kind);
                insert.setBoolean(i++, online);
                insert.setString(i++, online ? "https://leren.example.org/" + n : null);
                insert.setString(i++, competency);
                insert.setBoolean(i++, (levels & 1) != 0);
                insert.setBoolean(i++, (levels & 2) != 0);
                insert.setBoolean(i++, (levels & 4) != 0);
                for (int s = 0; s < 4; s++) {
                    insert.setBoolean(i++, random.nextInt(3) == 0);
                }
                insert.setInt(i++, 5 + random.nextInt(120));
                insert.setString(i++, random.nextInt(10) == 0 ? "en" : "nl");
                insert.setString(i++, SearchText.normalise(title + " " + description + " " + competency, 4800));
                insert.setString(i++, SearchTerms.of(ItemContent.SEARCH_TERMS_MAX, title, competency, description));
                insert.setString(i++, external ? "EXTERNAL" : "OWN");
                insert.setString(i++, external ? "Oefenen.nl" : null);
                insert.setTimestamp(i++, now);
                insert.setTimestamp(i, now);
                insert.addBatch();
                if (n % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            // written past the application: raise the organisation's catalogue revision as its writes do (V31)
            try (var raise = db.prepareStatement("insert into catalogue_revision (tenant_id, revision) values (?, 1)"
                    + " on duplicate key update revision = revision + 1")) {
                raise.setString(1, tenant);
                raise.executeUpdate();
            }
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        try (var analyze = db.createStatement()) {
            analyze.execute("analyze table catalogue_item");
        }
    }
}
