package nl.groeipad.plan.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlanCalendarTest {

    private static PlanCalendar at(String instant) {
        var calendar = new PlanCalendar();
        calendar.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        calendar.zone = "Europe/Amsterdam";
        return calendar;
    }

    @Test
    void aPlanMadeDuringTheWorkingDayStartsToday() {
        // 15:30 in Amsterdam (winter time, UTC+1)
        assertThat(at("2026-12-07T14:30:00Z").firstDayForNewWork()).isEqualTo(LocalDate.of(2026, 12, 7));
        // early in the morning counts as today too
        assertThat(at("2026-12-07T06:00:00Z").firstDayForNewWork()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aPlanMadeAfterTheWorkingDayStartsTomorrow() {
        // 17:00 and 23:30 in Amsterdam
        assertThat(at("2026-12-07T16:00:00Z").firstDayForNewWork()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(at("2026-12-07T22:30:00Z").firstDayForNewWork()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void todayIsTheDayInTheOrganisationsTimeZone() {
        // 00:30 in Amsterdam is still the day before in UTC
        assertThat(at("2026-12-07T23:30:00Z").today()).isEqualTo(LocalDate.of(2026, 12, 8));
    }
}
