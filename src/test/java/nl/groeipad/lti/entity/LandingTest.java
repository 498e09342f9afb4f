package nl.groeipad.lti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.groeipad.platform.entity.Role;
import org.junit.jupiter.api.Test;

/** Where a launch of a deep-linked activity lands, read from the custom parameters the teacher's choice put on it. */
class LandingTest {

    @Test
    void aRouteOpensMyRouteForAParticipantAndTheRouteForACoach() {
        var custom = Map.<String, Object>of("groeipad_open", "route", "groeipad_route", "3f1c-route");

        assertThat(Landing.of(custom, Role.PARTICIPANT)).contains("route");
        assertThat(Landing.of(custom, Role.COACH)).contains("routes/3f1c-route");
        assertThat(Landing.of(custom, Role.ADMIN)).contains("routes/3f1c-route");
    }

    @Test
    void homeObservationAndPlainLaunchesOpenTheHomePage() {
        assertThat(Landing.of(Map.of("groeipad_open", "home"), Role.PARTICIPANT)).isEmpty();
        assertThat(Landing.of(Map.of("groeipad_open", "observation", "groeipad_competency", "k"), Role.COACH)).isEmpty();
        assertThat(Landing.of(Map.of(), Role.PARTICIPANT)).isEmpty();
        assertThat(Landing.of(null, Role.PARTICIPANT)).isEmpty();
    }

    @Test
    void whatThePlatformMadeUpLandsOnTheHomePage() {
        assertThat(Landing.of(Map.of("groeipad_open", "route", "groeipad_route", "../../admin"), Role.COACH)).isEmpty();
        assertThat(Landing.of(Map.of("groeipad_open", "route", "groeipad_route", "x#y"), Role.COACH)).isEmpty();
        assertThat(Landing.of(Map.of("groeipad_open", "route"), Role.COACH)).isEmpty();
        assertThat(Landing.of(Map.of("groeipad_open", 42), Role.COACH)).isEmpty();
        assertThat(Landing.of(Map.of("groeipad_open", "javascript:alert(1)"), Role.COACH)).isEmpty();
    }
}
