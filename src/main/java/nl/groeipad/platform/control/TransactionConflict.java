package nl.groeipad.platform.control;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Recognises two transactions that met on the same rows and the database (or JPA) gave up on one of them: a version
 * changed under it (optimistic lock), it waited too long for a row lock, or it was chosen as a deadlock victim. The data
 * stayed right and the work may simply run again: a launch retries, an API request answers 409.
 */
public final class TransactionConflict {

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;

    private TransactionConflict() {
    }

    /** True when the database chose this transaction as a deadlock victim or it timed out waiting for a row lock. */
    public static boolean lockConflictIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (SERIALIZATION_FAILURE.equals(sql.getSQLState())
                    || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT || sql.getErrorCode() == MYSQL_DEADLOCK)) {
                return true;
            }
        }
        return false;
    }

    /** A lock conflict, or a JPA optimistic or pessimistic lock failure. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return lockConflictIn(failure);
    }
}
