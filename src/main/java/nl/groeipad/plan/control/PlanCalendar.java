package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(zone));
    }

    public Instant now() {
        return clock.instant();
    }
}
