package nl.groeipad.platform.control;

import java.sql.SQLException;

/**
 * Recognises the database refusing a row because a unique key already holds its value: the expected outcome when two
 * requests race to create the same thing (two people opening a new course at once), as opposed to a broken NOT NULL or
 * foreign-key rule, which is a bug. MySQL/MariaDB report error 1062 (or 1586) with SQLState 23000; H2 and the SQL
 * standard use SQLState 23505.
 */
public final class UniqueKeyViolation {

    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final int MYSQL_DUPLICATE_ENTRY_WITH_KEY_NAME = 1586;

    private UniqueKeyViolation() {
    }

    /** True when a unique-key violation is the exception or among its causes. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && is(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(SQLException sql) {
        var state = sql.getSQLState();
        return "23505".equals(state) || ("23000".equals(state)
                && (sql.getErrorCode() == MYSQL_DUPLICATE_ENTRY || sql.getErrorCode() == MYSQL_DUPLICATE_ENTRY_WITH_KEY_NAME));
    }
}
