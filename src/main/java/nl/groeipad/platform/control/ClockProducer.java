package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The system clock as a CDI bean, so time-dependent rules can be tested with a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    java.time.Clock systemClock() {
        return java.time.Clock.systemUTC();
    }
}
