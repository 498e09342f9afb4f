package nl.groeipad.credential.boundary;

import jakarta.validation.constraints.Size;
import nl.groeipad.credential.control.Credentials.IssueCertificate;

/** The JSON bodies of the credential API, checked at the edge; the credential checks the rest. */
public final class CredentialRequests {

    static final String NO_BODY = "{body.data}";

    private CredentialRequests() {
    }

    /** Issue a certificate for the participant's active route ({@code routeId} optional) with a personal message. */
    public record IssueRequest(@Size(max = 36, message = "{text.max}") String routeId,
                               @Size(max = 1000, message = "{text.max}") String message) {
        IssueCertificate command() {
            return new IssueCertificate(routeId, message);
        }
    }

    /** Revoke a certificate: why. */
    public record RevokeRequest(@Size(max = 500, message = "{text.max}") String reason) {
    }
}
