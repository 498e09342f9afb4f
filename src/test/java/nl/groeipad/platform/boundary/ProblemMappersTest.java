package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.groeipad.platform.entity.Problems.PreconditionRequired;
import nl.groeipad.platform.entity.Problems.StaleVersion;
import nl.groeipad.platform.entity.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures become problems that tell the truth: a unique key that refused a racing request is a 409 (someone else
 * was first), while a NOT NULL or foreign-key violation is a bug — a 500 with a correlation id, logged at SEVERE.
 * The database exceptions are real ones from H2, and MySQL/MariaDB's as Connector/J reports them. A stale change
 * is a 412 with the stored version and representation, a change without If-Match a 428, and a lost optimistic
 * lock, lock timeout or deadlock a 409.
 */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(ProblemMappers.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
    }

    @Test
    void aDuplicateKeyAtCommitIsAConflictWithoutAStackTraceInTheLog() throws SQLException {
        var fromMariaDb = new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uq_course_context'", "23000", 1062);
        for (var raced : List.of(committing(fromMariaDb), committing(h2Refusal("insert into thing values (1, 'a', null)")))) {
            var problem = mappers.problemFor(raced);

            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.type()).endsWith("/concurrent-change");
            assertThat(problem.detail()).contains("tegelijk");
        }
        assertThat(logged).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue() || r.getThrown() != null);
    }

    @Test
    void aNotNullViolationIsABugAnsweredWith500AndLoggedAtSevere() throws SQLException {
        var fromMariaDb = new SQLIntegrityConstraintViolationException("Column 'title' cannot be null", "23000", 1048);
        for (var bug : List.of(committing(fromMariaDb), committing(h2Refusal("insert into thing values (2, null, null)")))) {
            assertAnInternalErrorLoggedAtSevere(bug);
        }
    }

    @Test
    void aForeignKeyViolationIsABugAnsweredWith500AndLoggedAtSevere() throws SQLException {
        var fromMariaDb = new SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452);
        for (var bug : List.of(committing(fromMariaDb), committing(h2Refusal("insert into thing values (3, 'c', 42)")))) {
            assertAnInternalErrorLoggedAtSevere(bug);
        }
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalErrorWithACorrelationId() {
        assertAnInternalErrorLoggedAtSevere(new RuntimeException(new SQLTransientConnectionException("down", "08001")));
    }

    private void assertAnInternalErrorLoggedAtSevere(Throwable failure) {
        logged.clear();

        var problem = mappers.problemFor(failure);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).endsWith("/internal-error");
        assertThat(problem.correlationId()).isNotBlank();
        assertThat(problem.detail()).contains(problem.correlationId());
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage()).contains(problem.correlationId());
            assertThat(record.getThrown()).isSameAs(failure);
        });
    }

    /** As JTA reports a refused commit: the SQL exception some causes down. */
    private static RuntimeException committing(SQLException refusal) {
        return new IllegalStateException("commit failed", new RuntimeException("flush failed", refusal));
    }

    /** The exception H2 (in MySQL mode, as the embedded database runs) raises for the statement. */
    private static SQLException h2Refusal(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:refusals;MODE=MySQL;DB_CLOSE_DELAY=-1");
             var sql = connection.createStatement()) {
            sql.execute("create table if not exists parent (id int primary key)");
            sql.execute("create table if not exists thing (id int primary key, title varchar(10) not null,"
                    + " parent_id int references parent(id))");
            sql.execute("merge into thing key (id) values (1, 'a', null)");
            try {
                sql.execute(statement);
            } catch (SQLException refused) {
                return refused;
            }
        }
        throw new AssertionError("H2 accepted " + statement);
    }

    @Test
    void aStaleChangeIsAPreconditionFailedWithTheStoredVersionAndRepresentation() {
        var stale = new StaleVersion(new Text("het doel ‘Op tijd’", "the goal ‘Op tijd’"), java.util.OptionalInt.of(2), 4,
                java.util.Map.of("title", "Op tijd"));

        var problem = mappers.problemFor(stale);

        assertThat(problem.status()).isEqualTo(412);
        assertThat(problem.type()).isEqualTo("https://groeipad.nl/problems/stale-version");
        assertThat(problem.title()).isEqualTo("Iemand anders heeft dit net veranderd");
        assertThat(problem.detail()).contains("het doel ‘Op tijd’");
        assertThat(problem.currentVersion()).isEqualTo(4);
        assertThat(problem.current()).isEqualTo(java.util.Map.of("title", "Op tijd"));
    }

    @Test
    void aChangeWithoutIfMatchIsPreconditionRequired() {
        var problem = mappers.problemFor(new PreconditionRequired());

        assertThat(problem.status()).isEqualTo(428);
        assertThat(problem.type()).endsWith("/precondition-required");
        assertThat(problem.detail()).contains("If-Match");
        assertThat(problem.currentVersion()).isNull();
    }

    @Test
    void aLostOptimisticLockADeadlockOrALockTimeoutIsAConflictToTryAgain() {
        var failures = new Throwable[] {
                new RuntimeException(new jakarta.persistence.OptimisticLockException("version changed")),
                new RuntimeException(new jakarta.persistence.PessimisticLockException("waited")),
                new RuntimeException(new SQLException("Deadlock found when trying to get lock", "40001", 1213)),
                new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))};
        for (var failure : failures) {
            var problem = mappers.problemFor(failure);
            assertThat(problem.status()).as(failure.getCause().toString()).isEqualTo(409);
            assertThat(problem.type()).endsWith("/concurrent-change");
        }
    }
}
