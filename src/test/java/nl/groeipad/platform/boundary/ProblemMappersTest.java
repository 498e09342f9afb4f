package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import nl.groeipad.platform.entity.Problems.PreconditionRequired;
import nl.groeipad.platform.entity.Problems.StaleVersion;
import nl.groeipad.platform.entity.Text;
import org.junit.jupiter.api.Test;

/**
 * Failures become problems; a database constraint that refused a racing request is a 409, never a 500; a
 * stale change is a 412 with the stored version and representation, a change without If-Match a 428.
 */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDuplicateKeyAtCommitIsAConflict() {
        var raced = new IllegalStateException("commit failed",
                new RuntimeException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")));

        var problem = mappers.problemFor(raced);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).endsWith("/concurrent-change");
        assertThat(problem.detail()).contains("tegelijk");
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalErrorWithACorrelationId() {
        var problem = mappers.problemFor(new RuntimeException(new SQLTransientConnectionException("down", "08001")));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.correlationId()).isNotBlank();
        assertThat(problem.detail()).contains(problem.correlationId());
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
