package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.ArrayList;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.junit.jupiter.api.Test;

class UniqueKeyViolationTest {

    private static final SQLException MARIADB_DUPLICATE = new SQLIntegrityConstraintViolationException(
            "Duplicate entry 't-1-2' for key 'uq_course_context'", "23000", 1062);
    private static final SQLException H2_DUPLICATE = new SQLException("Unique index or primary key violation", "23505", 23505);
    private static final SQLException MARIADB_NOT_NULL = new SQLIntegrityConstraintViolationException(
            "Column 'title' cannot be null", "23000", 1048);
    private static final SQLException MARIADB_FOREIGN_KEY = new SQLIntegrityConstraintViolationException(
            "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452);

    private static final SQLException MARIADB_DEADLOCK = new java.sql.SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

    @Test
    void aDuplicateEntryIsAUniqueKeyViolationWhereverItIsWrapped() {
        assertThat(UniqueKeyViolation.in(MARIADB_DUPLICATE)).isTrue();
        assertThat(UniqueKeyViolation.in(H2_DUPLICATE)).isTrue();
        assertThat(UniqueKeyViolation.in(new PersistenceException(DatabaseException.sqlException(MARIADB_DUPLICATE)))).isTrue();
        assertThat(UniqueKeyViolation.in(new RuntimeException(new PersistenceException(H2_DUPLICATE)))).isTrue();
    }

    @Test
    void otherConstraintsAndFailuresAreNot() {
        assertThat(UniqueKeyViolation.in(MARIADB_NOT_NULL)).as("NOT NULL").isFalse();
        assertThat(UniqueKeyViolation.in(new PersistenceException(MARIADB_FOREIGN_KEY))).as("foreign key").isFalse();
        assertThat(UniqueKeyViolation.in(new PersistenceException("connection lost"))).isFalse();
        assertThat(UniqueKeyViolation.in(null)).isFalse();
    }

    @Test
    void eclipseLinkLogsAUniqueKeyViolationOnlyAtFineButEveryOtherDatabaseFailureAsBefore() {
        var log = new ExpectedRacesLog();
        log.setLevel(SessionLog.WARNING, null);
        var logged = new ArrayList<LogRecord>();
        var handler = new Handler() {
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
        var root = Logger.getLogger("org.eclipse.persistence");
        root.addHandler(handler);
        try {
            log.log(new SessionLogEntry(SessionLog.WARNING, null, null, null, DatabaseException.sqlException(MARIADB_DUPLICATE)));
            assertThat(logged).as("the race").isEmpty();

            log.log(new SessionLogEntry(SessionLog.WARNING, null, null, null, DatabaseException.sqlException(MARIADB_DEADLOCK)));
            assertThat(logged).as("two racing inserts, one chosen as the deadlock victim and run again").isEmpty();

            log.log(new SessionLogEntry(SessionLog.WARNING, null, null, null, DatabaseException.sqlException(MARIADB_NOT_NULL)));
            assertThat(logged).as("a bug").hasSize(1);
            assertThat(logged.getFirst().getLevel()).isEqualTo(Level.WARNING);
        } finally {
            root.removeHandler(handler);
        }
    }
}
