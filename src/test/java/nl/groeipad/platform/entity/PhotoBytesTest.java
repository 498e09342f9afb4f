package nl.groeipad.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.groeipad.platform.entity.PhotoBytes.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The one rule of uploaded photos (task photos and evidence photos): JPEG, PNG or WebP by their first bytes, never by
 * what the sender claims, at most 2 MB; a refusal is handed to the caller, who names its own problem.
 */
class PhotoBytesTest {

    /** The first bytes of a real PNG (signature and IHDR chunk). */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    static byte[] webp() {
        return new byte[] {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
    }

    /** Thrown by the test's own refusal mapping, carrying the refusal. */
    static final class Refused extends RuntimeException {
        final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }
    }

    private static Refusal refusalOf(byte[] content) {
        try {
            PhotoBytes.check(content, Refused::new);
        } catch (Refused e) {
            return e.refusal;
        }
        return null;
    }

    @Test
    void aJpegIsRecognisedByItsFirstBytes() {
        assertThat(PhotoBytes.check(jpeg(), Refused::new)).isEqualTo("image/jpeg");
    }

    @Test
    void aPngIsRecognisedByItsSignature() {
        assertThat(PhotoBytes.check(png(), Refused::new)).isEqualTo("image/png");
    }

    @Test
    void aWebpIsRecognisedByItsRiffHeader() {
        assertThat(PhotoBytes.check(webp(), Refused::new)).isEqualTo("image/webp");
    }

    @Test
    void aFileThatOnlyClaimsToBeAnImageIsNoPhoto() {
        assertThat(refusalOf("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Refusal.NOT_A_PHOTO);
        assertThat(refusalOf("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Refusal.NOT_A_PHOTO);
    }

    @Test
    void aGifIsNotOneOfTheAcceptedFormats() {
        assertThat(refusalOf("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Refusal.NOT_A_PHOTO);
        assertThat(PhotoBytes.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void aTruncatedSignatureIsNoPhoto() {
        assertThat(PhotoBytes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
        assertThat(PhotoBytes.sniff(Arrays.copyOf(png(), 7))).isNull();
        assertThat(PhotoBytes.sniff(Arrays.copyOf(webp(), 11))).isNull();
    }

    @Test
    void nothingOrAnEmptyUploadIsRefusedFirst() {
        assertThat(refusalOf(null)).isEqualTo(Refusal.EMPTY);
        assertThat(refusalOf(new byte[0])).isEqualTo(Refusal.EMPTY);
        assertThat(Refusal.EMPTY.text().en()).isEqualTo("Choose a photo first.");
    }

    @Test
    void exactlyTwoMegabytesIsAccepted_oneByteMoreIsTooLarge() {
        assertThat(PhotoBytes.MAX_BYTES).isEqualTo(2 * 1024 * 1024);
        assertThat(PhotoBytes.check(Arrays.copyOf(jpeg(), PhotoBytes.MAX_BYTES), Refused::new)).isEqualTo("image/jpeg");
        assertThat(refusalOf(Arrays.copyOf(jpeg(), PhotoBytes.MAX_BYTES + 1))).isEqualTo(Refusal.TOO_LARGE);
        assertThat(Refusal.TOO_LARGE.text().nl()).contains("2 MB");
    }

    @Test
    void theCallerDecidesWhatARefusalBecomes() {
        assertThatThrownBy(() -> PhotoBytes.check(new byte[0], r -> new IllegalStateException("mine: " + r)))
                .isInstanceOf(IllegalStateException.class).hasMessage("mine: EMPTY");
    }
}
