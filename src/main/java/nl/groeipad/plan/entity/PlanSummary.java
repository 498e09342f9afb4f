package nl.groeipad.plan.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a participant's plan stands, for the coach's list of participants: how many goals (achieved) and
 * tasks (done, overdue) it has, the next open task and when the participant last worked on it.
 */
public record PlanSummary(String participantId, String planId, Instant lastActivityAt, int goals, int goalsAchieved,
                          int tasks, int tasksDone, int tasksOverdue, LocalDate nextTaskOn, String nextTaskTitle) {

    /** A row of {@link Plan#SUMMARIES}. */
    public static PlanSummary of(Object[] row) {
        return new PlanSummary((String) row[0], (String) row[1], (Instant) row[2], count(row[3]), count(row[4]),
                count(row[5]), count(row[6]), count(row[7]), date(row[8]), nextTitle(row[9]));
    }

    /** Day (10 characters) and id (36) of the next open task lead its title in the summary's column. */
    static final int NEXT_TITLE_STARTS_AT = 10 + 36;

    private static String nextTitle(Object dayIdTitle) {
        return dayIdTitle == null ? null : dayIdTitle.toString().substring(NEXT_TITLE_STARTS_AT);
    }

    /** The same summary with the plan's last activity as read now (it is on the plan's row, read every time). */
    public PlanSummary withLastActivity(Instant at) {
        return new PlanSummary(participantId, planId, at, goals, goalsAchieved, tasks, tasksDone, tasksOverdue, nextTaskOn,
                nextTaskTitle);
    }

    public Optional<Instant> lastActivity() {
        return Optional.ofNullable(lastActivityAt);
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** An aggregate of a DATE column comes back as a JDBC date, not as the mapped LocalDate. */
    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            case java.util.Date d -> new java.sql.Date(d.getTime()).toLocalDate();
            default -> LocalDate.parse(value.toString().substring(0, 10));
        };
    }
}
