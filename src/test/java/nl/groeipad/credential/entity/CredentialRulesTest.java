package nl.groeipad.credential.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/** The rules of certificates, registered proof, revocations and documents, without a database. */
class CredentialRulesTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final Credential.Recipient SANNE = new Credential.Recipient("c1", "u1", "Sanne", null);
    static final Credential.Issuer COACH = new Credential.Issuer("u2", "Karel", "Groenbedrijf", "https://groeipad.example");

    static Credential.Subject route(List<Achieved> achieved) {
        return new Credential.Subject("route", "r1", "Starten", null, null, "fw", "Raamwerk", achieved);
    }

    static final List<Achieved> SAFETY_B = List.of(new Achieved("k1", null, "Veilig werken", Level.B));

    @Test
    void aCertificateNeedsCompetenciesAndAShortEnoughMessage() {
        assertThatThrownBy(() -> Credential.issue(SANNE, route(List.of()), COACH, null, NOW))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("routeId");
        assertThatThrownBy(() -> Credential.issue(SANNE, route(SAFETY_B), COACH, "x".repeat(1001), NOW))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("message");
        var c = Credential.issue(SANNE, route(SAFETY_B), COACH, "  Top!  ", NOW);
        assertThat(c.message()).isEqualTo("Top!");
        assertThat(c.achieved()).containsExactlyElementsOf(SAFETY_B);
        assertThat(c.kind()).isEqualTo(CredentialKind.OWN);
        assertThat(c.state(null, NOW)).isEqualTo(CredentialState.VALID);
    }

    @Test
    void publicIdsCarry256RandomBitsAndNeverRepeat() {
        var ids = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var id = PublicIds.next();
            assertThat(PublicIds.wellFormed(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
        assertThat(PublicIds.wellFormed("abc")).isFalse();
        assertThat(PublicIds.wellFormed("../" + "a".repeat(40))).isFalse();
    }

    @Test
    void aRevocationNeedsAReasonAndOnlyOurCertificatesCanBeRevoked() {
        var c = Credential.issue(SANNE, route(SAFETY_B), COACH, null, NOW);
        assertThatThrownBy(() -> Revocation.of(c, " no", "u2", "Karel", NOW)).isInstanceOf(InvalidField.class);
        var r = Revocation.of(c, "Per vergissing", "u2", "Karel", NOW);
        assertThat(c.state(r, NOW)).isEqualTo(CredentialState.REVOKED);
        var proof = Credential.register(SANNE, external("12345", TODAY), COACH, NOW, TODAY);
        assertThatThrownBy(() -> Revocation.of(proof, "Per vergissing", "u2", "Karel", NOW)).isInstanceOf(InvalidField.class);
    }

    static Credential.External external(String crebo, LocalDate on) {
        return new Credential.External(CredentialKind.MBO_PRAKTIJKVERKLARING, "Da Vinci College", "Groenvoorziening",
                crebo, "PV-123", on);
    }

    @Test
    void registeredProofNamesSchoolQualificationADateNotInTheFutureAndAFiveDigitCrebo() {
        var proof = Credential.register(SANNE, external("25460", TODAY), COACH, NOW, TODAY);
        assertThat(proof.kind().issuedByUs()).isFalse();
        assertThat(proof.title()).isEqualTo("Groenvoorziening");
        assertThat(proof.vcJwt()).isNull();
        assertThat(field(() -> Credential.register(SANNE, external("2546", TODAY), COACH, NOW, TODAY))).isEqualTo("crebo");
        assertThat(field(() -> Credential.register(SANNE, external(null, TODAY.plusDays(1)), COACH, NOW, TODAY)))
                .isEqualTo("obtainedOn");
        assertThat(field(() -> Credential.register(SANNE, new Credential.External(CredentialKind.DIPLOMA, " ", "x", null,
                null, TODAY), COACH, NOW, TODAY))).isEqualTo("institution");
        assertThat(field(() -> Credential.register(SANNE, new Credential.External(null, "a", "b", null, null, TODAY),
                COACH, NOW, TODAY))).isEqualTo("kind");
        assertThat(CredentialKind.registered("mbo-certificate")).isEqualTo(CredentialKind.MBO_CERTIFICATE);
        assertThat(CredentialKind.registered("own")).isNull();
    }

    @Test
    void aDocumentIsAPdfJpegOrPngByItsFirstBytesAndAtMost5Mb() {
        assertThat(Document.of("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)).mediaType()).isEqualTo(Document.PDF);
        assertThat(Document.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).mediaType()).isEqualTo(Document.JPEG);
        assertThat(Document.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}).mediaType())
                .isEqualTo(Document.PNG);
        assertThat(field(() -> Document.of("<html>%PDF-".getBytes(StandardCharsets.UTF_8)))).isEqualTo("document");
        assertThat(field(() -> Document.of(new byte[0]))).isEqualTo("document");
        var big = new byte[Document.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 5);
        assertThat(field(() -> Document.of(big))).isEqualTo("document");
    }

    private static String field(Runnable action) {
        try {
            action.run();
        } catch (InvalidField e) {
            return e.field();
        }
        throw new AssertionError("no InvalidField");
    }
}
