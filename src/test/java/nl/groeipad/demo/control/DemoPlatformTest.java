package nl.groeipad.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import org.junit.jupiter.api.Test;

/**
 * Two visitors who start the demo at the same first moment race to register the demo platform (found by
 * OpenApiFuzzIT: concurrent {@code GET /demo/start} answered 500 with a duplicate key). The loser finds the winner's.
 */
class DemoPlatformTest {

    static final String BASE = "http://localhost:8080";

    /** A registry where someone else registered the demo platform between the look-up and the insert. */
    static final class RacingRegistry extends TenantRegistry {
        final Registration winner = new Registration("t-1", 0, "Groeipad demo", BASE + "/demo", DemoPlatform.CLIENT_ID,
                BASE + "/demo/auth", null, BASE + "/demo/jwks", Set.of(DemoPlatform.DEPLOYMENT_ID), RegistrationKind.DEMO,
                "groeipad-demo", null, null, Instant.EPOCH, null);
        final RuntimeException failure;

        RacingRegistry(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Registration ensure(PlatformRegistration registration, RegistrationKind kind) {
            throw failure;
        }

        @Override
        public Optional<Registration> byRegistration(String issuer, String clientId) {
            return issuer.equals(winner.issuer()) && clientId.equals(winner.clientId()) ? Optional.of(winner) : Optional.empty();
        }
    }

    @Test
    void theVisitorWhoLosesTheRaceToRegisterTheDemoPlatformGetsTheWinnersRegistration() {
        var demo = new DemoPlatform();
        var registry = new RacingRegistry(new PersistenceException(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uq_tenant_registration'", "23000", 1062)));
        demo.registry = registry;

        assertThat(demo.registration(BASE)).isSameAs(registry.winner);
    }

    @Test
    void anyOtherFailureIsNotHidden() {
        var demo = new DemoPlatform();
        demo.registry = new RacingRegistry(new IllegalStateException("the database is gone"));

        assertThatThrownBy(() -> demo.registration(BASE)).hasMessage("the database is gone");
    }
}
