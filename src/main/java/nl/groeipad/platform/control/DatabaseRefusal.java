package nl.groeipad.platform.control;

import java.sql.SQLException;
import java.util.Set;

/**
 * What a database integrity constraint said, read from the SQL exception somewhere in a failure's causes (JPA and
 * JTA wrap it). Only a duplicate key is an expected refusal — two requests racing to create the same thing; a NOT
 * NULL, foreign-key or check violation means the application wrote something wrong: a bug.
 *
 * <p>SQLState class 23 is "integrity constraint violation". The standard subclass 23505 (unique violation) is what H2
 * and PostgreSQL report; MySQL and MariaDB report every integrity violation as 23000 and tell them apart by vendor
 * code: 1062 {@code ER_DUP_ENTRY}, 1586 {@code ER_DUP_ENTRY_WITH_KEY_NAME}, 1169 {@code ER_DUP_UNIQUE} (versus e.g.
 * 1048 {@code ER_BAD_NULL_ERROR}, 1451/1452 foreign keys).
 */
public enum DatabaseRefusal {
    /** A unique or primary key refused a second row: someone else was first. */
    DUPLICATE_KEY,
    /** Any other integrity constraint (NOT NULL, foreign key, check): a bug. */
    OTHER_CONSTRAINT,
    /** No integrity constraint was involved. */
    NONE;

    private static final Set<Integer> MYSQL_DUPLICATE_KEY = Set.of(1062, 1586, 1169);

    public static DatabaseRefusal of(Throwable failure) {
        var sql = integrityViolation(failure);
        if (sql == null) {
            return NONE;
        }
        var duplicate = "23505".equals(sql.getSQLState())
                || "23000".equals(sql.getSQLState()) && MYSQL_DUPLICATE_KEY.contains(sql.getErrorCode());
        return duplicate ? DUPLICATE_KEY : OTHER_CONSTRAINT;
    }

    /** The database's own words, for a log line. */
    public static String reason(Throwable failure) {
        var sql = integrityViolation(failure);
        return sql == null ? "-" : sql.getSQLState() + "/" + sql.getErrorCode() + " " + sql.getMessage();
    }

    private static SQLException integrityViolation(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return sql;
            }
        }
        return null;
    }
}
