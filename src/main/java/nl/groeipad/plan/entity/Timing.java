package nl.groeipad.plan.entity;

import java.time.LocalDate;

/**
 * Where a task stands on the task board, seen from one calendar day: done, planned for that day, overdue
 * (not done and planned for an earlier day) or upcoming (not done and planned for a later day).
 */
public enum Timing {
    DONE, TODAY, OVERDUE, UPCOMING;

    public static Timing of(boolean done, LocalDate plannedOn, LocalDate today) {
        if (done) {
            return DONE;
        }
        if (plannedOn.isBefore(today)) {
            return OVERDUE;
        }
        return plannedOn.isAfter(today) ? UPCOMING : TODAY;
    }
}
