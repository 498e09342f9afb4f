package nl.groeipad.tenant.entity;

import static nl.groeipad.tenant.entity.Registrations.moodle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 §15, the rules of one organisation with several registrations: a registration launches into its own
 * organisation until the operator links it to another one's; never to itself, never to one that is itself linked
 * (one level); its issuer, client_id and deployments stay its own.
 */
class OrganisationLinkTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    static Tenant registration(String clientId) {
        return new Tenant(moodle().clientId(clientId).build(), RegistrationKind.MANUAL, NOW);
    }

    @Test
    void aRegistrationIsItsOwnOrganisationUntilLinked() {
        var first = registration("first");
        var second = registration("second");
        assertThat(second.organisation()).isEqualTo(second.tenantId());
        assertThat(second.isLinked()).isFalse();

        second.linkTo(first);

        assertThat(second.organisation()).isEqualTo(first.tenantId());
        assertThat(second.isLinked()).isTrue();
        assertThat(second.clientId()).isEqualTo("second");
        assertThat(second.deploymentIds()).containsExactly("1");
        assertThat(first.organisation()).isEqualTo(first.tenantId());

        second.unlink();
        assertThat(second.organisation()).isEqualTo(second.tenantId());
    }

    @Test
    void notToItselfAndNotToARegistrationThatIsItselfLinked() {
        var first = registration("first");
        var second = registration("second");
        var third = registration("third");
        second.linkTo(first);

        assertThatExceptionOfType(InvalidField.class).isThrownBy(() -> first.linkTo(first))
                .extracting(InvalidField::field).isEqualTo("organisationId");
        assertThatExceptionOfType(InvalidField.class).isThrownBy(() -> third.linkTo(second))
                .extracting(InvalidField::field).isEqualTo("organisationId");
        assertThat(third.isLinked()).isFalse();
    }
}
