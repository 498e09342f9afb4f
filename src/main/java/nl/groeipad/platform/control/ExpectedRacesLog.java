package nl.groeipad.platform.control;

import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.logging.jul.JavaLog;

/**
 * EclipseLink's log (java.util.logging, as Payara configures it), except that a unique-key violation or a lock conflict
 * (deadlock victim, lock wait timeout; see {@link TransactionConflict}) is logged at FINE instead of as a WARNING with a
 * stack trace. EclipseLink logs every database exception before it throws it, but a
 * unique-key violation is an expected answer that the application handles where it is thrown: a racing first launch
 * retries and finds the row the other request created (InnoDB may also pick one of two racing inserts as a deadlock
 * victim), an API request answers 409 (see {@link UniqueKeyViolation}).
 * Every other database exception (NOT NULL, foreign keys, lost connections) is logged as before.
 * Registered in persistence.xml as {@code eclipselink.logging.logger}.
 */
public class ExpectedRacesLog extends JavaLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.hasException() && entry.getLevel() > SessionLog.FINE && (UniqueKeyViolation.in(entry.getException())
                || TransactionConflict.lockConflictIn(entry.getException()))) {
            entry.setLevel(SessionLog.FINE);
        }
        super.log(entry);
    }
}
