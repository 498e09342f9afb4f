package nl.groeipad.tenant.entity;

import java.util.List;

/**
 * Platform registrations for tests, valid by default: the manual registration of the Moodle 5.1 test site.
 * {@code moodle().authUrl("...").build()} changes one field.
 */
final class Registrations {

    private String name = "Moodle test site";
    private String issuer = "https://moodle.example.org";
    private String clientId = "IlvFeYJdhVRoIwC";
    private String authUrl = "https://moodle.example.org/mod/lti/auth.php";
    private String tokenUrl = "https://moodle.example.org/mod/lti/token.php";
    private String jwksUrl = "https://moodle.example.org/mod/lti/certs.php";
    private List<String> deploymentIds = List.of("1");
    private String productFamily = "moodle";

    private Registrations() {
    }

    static Registrations moodle() {
        return new Registrations();
    }

    Registrations name(String value) {
        name = value;
        return this;
    }

    Registrations issuer(String value) {
        issuer = value;
        return this;
    }

    Registrations clientId(String value) {
        clientId = value;
        return this;
    }

    Registrations authUrl(String value) {
        authUrl = value;
        return this;
    }

    Registrations tokenUrl(String value) {
        tokenUrl = value;
        return this;
    }

    Registrations jwksUrl(String value) {
        jwksUrl = value;
        return this;
    }

    Registrations deploymentIds(List<String> value) {
        deploymentIds = value;
        return this;
    }

    PlatformRegistration build() {
        return new PlatformRegistration(name, issuer, clientId, authUrl, tokenUrl, jwksUrl, deploymentIds, productFamily);
    }
}
