package nl.groeipad.tenant.entity;

import static nl.groeipad.tenant.entity.Registrations.moodle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What Groeipad must know of a platform, and the rules for it; a broken rule names its field. */
class PlatformRegistrationTest {

    /** The three addresses that are required, each set to a value by name. */
    static final List<String> REQUIRED_ADDRESSES = List.of("issuer", "authUrl", "jwksUrl");

    static PlatformRegistration withAddress(String field, String value) {
        BiFunction<Registrations, String, Registrations> setter = switch (field) {
            case "issuer" -> Registrations::issuer;
            case "authUrl" -> Registrations::authUrl;
            case "tokenUrl" -> Registrations::tokenUrl;
            case "jwksUrl" -> Registrations::jwksUrl;
            default -> throw new IllegalArgumentException(field);
        };
        return setter.apply(moodle(), value).build();
    }

    static void assertInvalid(String field, Runnable registration) {
        assertThatExceptionOfType(InvalidField.class).isThrownBy(registration::run)
                .extracting(InvalidField::field).isEqualTo(field);
    }

    @Test
    void keepsWhatThePlatformRegisteredWith() {
        var registration = moodle().build();

        assertThat(registration.name()).isEqualTo("Moodle test site");
        assertThat(registration.issuer()).isEqualTo("https://moodle.example.org");
        assertThat(registration.clientId()).isEqualTo("IlvFeYJdhVRoIwC");
        assertThat(registration.authUrl()).isEqualTo("https://moodle.example.org/mod/lti/auth.php");
        assertThat(registration.tokenUrl()).isEqualTo("https://moodle.example.org/mod/lti/token.php");
        assertThat(registration.jwksUrl()).isEqualTo("https://moodle.example.org/mod/lti/certs.php");
        assertThat(registration.deploymentIds()).containsExactly("1");
        assertThat(registration.productFamily()).isEqualTo("moodle");
    }

    @Test
    void stripsSurroundingSpaces() {
        var registration = moodle().name("  Moodle  ").clientId(" abc ").issuer(" https://moodle.example.org ").build();

        assertThat(registration.name()).isEqualTo("Moodle");
        assertThat(registration.clientId()).isEqualTo("abc");
        assertThat(registration.issuer()).isEqualTo("https://moodle.example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authUrl", "tokenUrl", "jwksUrl"})
    void requiresHttpsForEveryAddress(String field) {
        assertInvalid(field, () -> withAddress(field, "http://moodle.example.org/mod/lti/x.php"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8081", "http://127.0.0.1:8081", "http://[::1]:8081", "http://LOCALHOST"})
    void allowsPlainHttpForAPlatformOnThisMachine(String issuer) {
        assertThat(moodle().issuer(issuer).build().issuer()).isEqualTo(issuer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost.example.org", "http://127.0.0.1.example.org", "http://10.0.0.1"})
    void refusesPlainHttpForHostsThatOnlyLookLocal(String issuer) {
        assertInvalid("issuer", () -> moodle().issuer(issuer).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authUrl", "tokenUrl", "jwksUrl"})
    void refusesAddressWithAFragment(String field) {
        assertInvalid(field, () -> withAddress(field, "https://moodle.example.org/mod/lti/x.php#top"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authUrl", "tokenUrl", "jwksUrl"})
    void refusesAddressWithUserInfo(String field) {
        assertInvalid(field, () -> withAddress(field, "https://admin:secret@moodle.example.org/mod/lti/x.php"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mod/lti/auth.php", "moodle.example.org", "ftp://moodle.example.org/x",
            "javascript:alert(1)", "https://", "https://moodle example.org/"})
    void refusesWhatIsNotAWebAddress(String address) {
        assertInvalid("authUrl", () -> moodle().authUrl(address).build());
    }

    @Test
    void refusesAddressLongerThanAThousandCharacters() {
        assertInvalid("jwksUrl", () -> moodle().jwksUrl("https://moodle.example.org/" + "x".repeat(1000)).build());
    }

    @Test
    void refusesIssuerLongerThanTheRegistryKeeps() {
        assertInvalid("issuer", () -> moodle().issuer("https://moodle.example.org/" + "x".repeat(500)).build());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void requiresIssuerAuthUrlAndJwksUrl(String missing) {
        for (var field : REQUIRED_ADDRESSES) {
            assertInvalid(field, () -> withAddress(field, missing));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void letsTheTokenUrlOut(String missing) {
        assertThat(moodle().tokenUrl(missing).build().tokenUrl()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void requiresClientId(String missing) {
        assertInvalid("clientId", () -> moodle().clientId(missing).build());
    }

    @Test
    void refusesClientIdLongerThan255Characters() {
        assertThat(moodle().clientId("c".repeat(255)).build().clientId()).hasSize(255);
        assertInvalid("clientId", () -> moodle().clientId("c".repeat(256)).build());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void namesTheRegistrationAfterItsIssuerWhenNoNameIsGiven(String missing) {
        assertThat(moodle().name(missing).build().name()).isEqualTo("https://moodle.example.org");
    }

    @Test
    void refusesNameLongerThan200Characters() {
        assertThat(moodle().name("n".repeat(200)).build().name()).hasSize(200);
        assertInvalid("name", () -> moodle().name("n".repeat(201)).build());
    }

    @Test
    void requiresADeploymentId() {
        assertInvalid("deploymentIds", () -> moodle().deploymentIds(null).build());
        assertInvalid("deploymentIds", () -> moodle().deploymentIds(List.of()).build());
    }

    @Test
    void keepsItsOwnCopyOfTheDeploymentIds() {
        var ids = new ArrayList<>(List.of("1"));
        var registration = moodle().deploymentIds(ids).build();

        ids.add("2");

        assertThat(registration.deploymentIds()).containsExactly("1");
    }
}
