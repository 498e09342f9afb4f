package nl.groeipad.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/**
 * A task photo follows the one rule of photos ({@code platform.entity.PhotoBytes}, tested there format by format);
 * here what a task photo makes of it: every refusal, too large as well, is 400 naming the field {@code photo}.
 */
class PhotoTest {

    /** The first bytes of a real PNG (signature and IHDR chunk). */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    @Test
    void aPhotoKnowsItsMediaTypeFromItsFirstBytes() {
        assertThat(Photo.of(jpeg()).mediaType()).isEqualTo("image/jpeg");
        assertThat(Photo.of(png()).mediaType()).isEqualTo("image/png");
    }

    @Test
    void aFileThatOnlyClaimsToBeAnImageIsRefused() {
        var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Photo.of(html)).isInstanceOfSatisfying(InvalidField.class,
                f -> assertThat(f.field()).isEqualTo("photo"));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThatThrownBy(() -> Photo.of(new byte[0])).isInstanceOf(InvalidField.class).hasMessageContaining("Choose a photo");
    }

    @Test
    void aPhotoOfExactlyTwoMegabytesIsAccepted() {
        var bytes = Arrays.copyOf(jpeg(), Photo.MAX_BYTES);

        assertThat(Photo.of(bytes).size()).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void aPhotoOverTwoMegabytesIsRefusedNamingTheField() {
        var bytes = Arrays.copyOf(jpeg(), Photo.MAX_BYTES + 1);

        assertThatThrownBy(() -> Photo.of(bytes)).isInstanceOfSatisfying(InvalidField.class,
                f -> assertThat(f.field()).isEqualTo("photo")).hasMessageContaining("2 MB");
    }

    @Test
    void thePhotoKeepsItsOwnCopyOfTheBytes() {
        var bytes = png();
        var photo = Photo.of(bytes);

        bytes[0] = 0;

        assertThat(photo.content()).isEqualTo(png());
    }
}
