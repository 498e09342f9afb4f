package nl.groeipad.credential.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.groeipad.credential.entity.Credential;
import nl.groeipad.credential.entity.CredentialState;
import nl.groeipad.credential.entity.Revocation;

/** Credentials as the API answers them. */
public final class CredentialViews {

    private CredentialViews() {
    }

    /**
     * A credential as its participant and their coach see it. {@code kind}: "own" (issued by us) or the kind of
     * registered proof; {@code issuedByUs} false for registered proof ("geregistreerd, niet door ons uitgegeven").
     * {@code links}: the public addresses (verification page, OB 2.0 assertion for a backpack, badge image, OB 3.0
     * VC-JWT) and the API's PDF; none for registered proof. {@code celebrated}: the participant has seen its celebration.
     */
    public record CredentialView(String id, String kind, boolean issuedByUs, String title, String participantId,
                                 String participantName, String courseId, Instant issuedAt, String issuedBy,
                                 String organisation, String message, List<AchievedView> achieved, String state,
                                 Instant revokedAt, String revocationReason, boolean celebrated, Links links,
                                 External external) {
    }

    public record AchievedView(String competencyKey, String title, String level, String levelName, String meaning) {
    }

    public record Links(String verify, String assertion, String badge, String ob3, String pdf) {
    }

    /** What registered external proof records. */
    public record External(String institution, String qualification, String crebo, String number, LocalDate obtainedOn,
                           boolean hasDocument) {
    }

    /**
     * What a verifier sees (the JSON of the verification endpoint): the state (valid / revoked / expired), what was
     * achieved, by whom and when; the participant's name because the credential holds it, nothing else of them.
     */
    public record VerificationView(String id, String state, boolean valid, String title, String holder,
                                   String issuer, String issuerUrl, String issuedBy, Instant issuedAt, Instant validUntil,
                                   Instant revokedAt, String revocationReason, List<AchievedView> achieved,
                                   String credential, String assertion) {
    }

    /** The answer of a credential's status endpoint (its OB 3.0 {@code credentialStatus}). */
    public record StatusView(String id, String credential, String status, boolean revoked, Instant revokedAt,
                             String revocationReason) {
    }

    static List<AchievedView> achieved(Credential c, String language) {
        return c.achieved().stream().map(a -> new AchievedView(a.competencyKey(), a.title(), a.level().name(),
                LevelWords.name(a.level()).in(language), LevelWords.meaning(a.level()).in(language))).toList();
    }

    static String lower(CredentialState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String reason(Revocation r) {
        return r == null ? null : r.reason();
    }

    static Instant revokedAt(Revocation r) {
        return r == null ? null : r.revokedAt();
    }
}
