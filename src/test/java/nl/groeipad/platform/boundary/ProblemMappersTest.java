package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Failures become problems; a database constraint that refused a racing request is a 409, never a 500. */
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
}
