package nl.groeipad.lms.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time a score carries to the LMS. The LMS keeps the newest score of a column by its time, and Moodle keeps that time
 * in whole seconds, answering 409 to a score that is not newer than the one it has. So a score of a column is always at
 * least a whole second later than the column's previous score: two changes within one second both arrive, in order.
 */
public final class ScoreTimes {

    private ScoreTimes() {
    }

    /**
     * @param previous the time of the column's previous score, or {@code null} when this is its first
     * @param now      the moment of the change
     * @return {@code now}, or the second after {@code previous} when {@code now} is not in a later whole second
     */
    public static Instant after(Instant previous, Instant now) {
        if (previous == null) {
            return now;
        }
        var next = previous.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return now.isBefore(next) ? next : now;
    }
}
