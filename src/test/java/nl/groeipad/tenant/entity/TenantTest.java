package nl.groeipad.tenant.entity;

import static nl.groeipad.tenant.entity.Registrations.moodle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.List;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A tenant's life: registered with its deployments, later more deployments, a theme and a logo. */
class TenantTest {

    static final Instant NOW = Instant.parse("2026-11-30T04:23:10Z");

    static Tenant moodleTenant() {
        return new Tenant(moodle().build(), RegistrationKind.MANUAL, NOW);
    }

    static void assertInvalid(String field, Runnable change) {
        assertThatExceptionOfType(InvalidField.class).isThrownBy(change::run)
                .extracting(InvalidField::field).isEqualTo(field);
    }

    @Test
    void startsFromItsRegistrationInTheDefaultTheme() {
        var tenant = moodleTenant();

        assertThat(tenant.issuer()).isEqualTo("https://moodle.example.org");
        assertThat(tenant.clientId()).isEqualTo("IlvFeYJdhVRoIwC");
        assertThat(tenant.name()).isEqualTo("Moodle test site");
        assertThat(tenant.authUrl()).isEqualTo("https://moodle.example.org/mod/lti/auth.php");
        assertThat(tenant.tokenUrl()).isEqualTo("https://moodle.example.org/mod/lti/token.php");
        assertThat(tenant.jwksUrl()).isEqualTo("https://moodle.example.org/mod/lti/certs.php");
        assertThat(tenant.productFamily()).isEqualTo("moodle");
        assertThat(tenant.kind()).isEqualTo(RegistrationKind.MANUAL);
        assertThat(tenant.createdAt()).isEqualTo(NOW);
        assertThat(tenant.theme()).isEqualTo(Theme.DEFAULT);
        assertThat(tenant.logoUrl()).isNull();
        assertThat(tenant.deploymentIds()).containsExactly("1");
    }

    @Test
    void getsItsOwnIdentity() {
        var tenant = moodleTenant();

        assertThat(tenant.tenantId()).isEqualTo(TenantId.of(tenant.id()));
        assertThat(moodleTenant().id()).isNotEqualTo(tenant.id());
    }

    @Test
    void needsToKnowHowItWasRegistered() {
        assertThatNullPointerException().isThrownBy(() -> new Tenant(moodle().build(), null, NOW));
    }

    @Test
    void knowsItsDeployments() {
        var tenant = moodleTenant();

        assertThat(tenant.hasDeployment("1")).isTrue();
        assertThat(tenant.hasDeployment("2")).isFalse();
        assertThat(tenant.hasDeployment(null)).isFalse();
    }

    @Test
    void acceptsAnotherDeploymentOnce() {
        var tenant = moodleTenant();

        tenant.acceptDeployment("2");
        tenant.acceptDeployment("2");

        assertThat(tenant.hasDeployment("2")).isTrue();
        assertThat(tenant.deploymentIds()).containsExactlyInAnyOrder("1", "2");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void refusesBlankDeploymentId(String deploymentId) {
        assertInvalid("deploymentIds", () -> moodleTenant().acceptDeployment(deploymentId));
    }

    @Test
    void refusesDeploymentIdLongerThan255Characters() {
        assertInvalid("deploymentIds", () -> moodleTenant().acceptDeployment("d".repeat(256)));
    }

    @Test
    void refusesABlankDeploymentIdAlreadyWhenRegistering() {
        assertInvalid("deploymentIds", () -> new Tenant(moodle().deploymentIds(List.of("1", " ")).build(),
                RegistrationKind.DYNAMIC, NOW));
    }

    @Test
    void showsItsDeploymentsWithoutLettingThemBeChanged() {
        var tenant = moodleTenant();

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> tenant.deploymentIds().add("2"));
        assertThat(tenant.hasDeployment("2")).isFalse();
    }

    @Test
    void takesAThemeAndAnHttpsLogo() {
        var tenant = moodleTenant();

        tenant.rebrand(Theme.HIGH_CONTRAST, "https://cdn.example.org/logo.svg");

        assertThat(tenant.theme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(tenant.logoUrl()).isEqualTo("https://cdn.example.org/logo.svg");
    }

    @Test
    void refusesALogoWithoutHttpsEvenOnThisMachine() {
        assertInvalid("logoUrl", () -> moodleTenant().rebrand(Theme.DEFAULT, "http://localhost:8081/logo.svg"));
        assertInvalid("logoUrl", () -> moodleTenant().rebrand(Theme.DEFAULT, "http://cdn.example.org/logo.svg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/svg+xml,<svg/>", "/logo.svg",
            "https://cdn.example.org/logo.svg#x"})
    void refusesALogoThatIsNoHttpsWebAddress(String logo) {
        assertInvalid("logoUrl", () -> moodleTenant().rebrand(Theme.DEFAULT, logo));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void dropsTheLogoWhenNoneIsGiven(String noLogo) {
        var tenant = moodleTenant();
        tenant.rebrand(Theme.DEFAULT, "https://cdn.example.org/logo.svg");

        tenant.rebrand(Theme.DEFAULT, noLogo);

        assertThat(tenant.logoUrl()).isNull();
    }

    @Test
    void keepsItsLogoWhenARebrandIsRefused() {
        var tenant = moodleTenant();
        tenant.rebrand(Theme.DEFAULT, "https://cdn.example.org/logo.svg");

        assertInvalid("logoUrl", () -> tenant.rebrand(Theme.HIGH_CONTRAST, "http://cdn.example.org/other.svg"));

        assertThat(tenant.logoUrl()).isEqualTo("https://cdn.example.org/logo.svg");
    }
}
