package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class TransactionConflictTest {

    @Test
    void aDeadlockVictimOrALockWaitTimeoutIsALockConflictWhereverItIsWrapped() {
        var deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        var lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        assertThat(TransactionConflict.lockConflictIn(new PersistenceException(DatabaseException.sqlException(deadlock)))).isTrue();
        assertThat(TransactionConflict.lockConflictIn(new RuntimeException(lockWait))).isTrue();
        assertThat(TransactionConflict.in(deadlock)).isTrue();
    }

    @Test
    void anOptimisticLockFailureIsAConflictButNotALockConflict() {
        var stale = new OptimisticLockException("changed");
        assertThat(TransactionConflict.in(stale)).isTrue();
        assertThat(TransactionConflict.lockConflictIn(stale)).isFalse();
    }

    @Test
    void aBrokenConstraintOrALostConnectionIsNeither() {
        var notNull = new SQLIntegrityConstraintViolationException("Column 'title' cannot be null", "23000", 1048);
        assertThat(TransactionConflict.in(notNull)).isFalse();
        assertThat(TransactionConflict.in(new PersistenceException("connection lost"))).isFalse();
        assertThat(TransactionConflict.in(null)).isFalse();
    }
}
