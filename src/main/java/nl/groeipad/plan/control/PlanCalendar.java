package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which calendar day it is for the people of the organisation: plans are planned in days, and a task is
 * overdue from the day after it was planned for. The time zone is configured ({@code groeipad.time-zone},
 * default Europe/Amsterdam).
 */
@ApplicationScoped
public class PlanCalendar {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "groeipad.time-zone", defaultValue = "Europe/Amsterdam")
    String zone;

    /** When the working day ends: a plan made before then starts today, one made later starts tomorrow. */
    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(zone));
    }

    /**
     * The first day to plan new work on: today while the working day lasts (so a plan made today has something to
     * do today), else tomorrow.
     */
    public LocalDate firstDayForNewWork() {
        var now = LocalDateTime.ofInstant(clock.instant(), ZoneId.of(zone));
        return now.toLocalTime().isBefore(END_OF_WORKING_DAY) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
    }

    public Instant now() {
        return clock.instant();
    }
}
