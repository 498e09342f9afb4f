package nl.groeipad.credential.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.groeipad.credential.entity.Credential;
import nl.groeipad.credential.entity.CredentialKind;
import nl.groeipad.credential.control.Credentials.IssueCertificate;

/** The JSON bodies of the credential API, checked at the edge; the credential checks the rest. */
public final class CredentialRequests {

    static final String NO_BODY = "{body.data}";

    private CredentialRequests() {
    }

    /**
     * Issue a certificate for the participant's active route ({@code routeId} optional) or for one goal of their plan
     * ({@code goalId}) with a personal message; {@code kind} "own" (default) or "branch" with {@code branchIssuerId}.
     */
    public record IssueRequest(@Size(max = 36, message = "{text.max}") String routeId,
                               @Size(max = 36, message = "{text.max}") String goalId,
                               @Size(max = 1000, message = "{text.max}") String message,
                               @Size(max = 20, message = "{text.max}") String kind,
                               @Size(max = 36, message = "{text.max}") String branchIssuerId) {
        IssueCertificate command() {
            return new IssueCertificate(routeId, goalId, message, kind, branchIssuerId);
        }
    }

    /** A branch issuer's name and https web address. */
    public record BranchIssuerRequest(@Size(max = 200, message = "{text.max}") String name,
                                      @Size(max = 500, message = "{text.max}") String url) {
    }

    /**
     * Register proof obtained elsewhere: {@code kind} "mbo-praktijkverklaring", "mbo-certificate" or "diploma", the
     * school or institution, the qualification (and its crebo), the number on it and the date (yyyy-mm-dd).
     */
    public record RegisterRequest(@Size(max = 40, message = "{text.max}") String kind,
                                  @Size(max = 200, message = "{text.max}") String institution,
                                  @Size(max = 200, message = "{text.max}") String qualification,
                                  @Size(max = 10, message = "{text.max}") String crebo,
                                  @Size(max = 60, message = "{text.max}") String number,
                                  LocalDate obtainedOn) {
        Credential.External proof() {
            return new Credential.External(CredentialKind.registered(kind), institution, qualification, crebo, number,
                    obtainedOn);
        }
    }

    /** Revoke a certificate: why. */
    public record RevokeRequest(@Size(max = 500, message = "{text.max}") String reason) {
    }
}
