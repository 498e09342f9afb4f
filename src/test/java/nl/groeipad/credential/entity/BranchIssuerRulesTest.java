package nl.groeipad.credential.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import javax.imageio.ImageIO;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import org.junit.jupiter.api.Test;

/** The rules of a branch issuer and of logos: https addresses, names, PNG/JPEG only, size limits. */
class BranchIssuerRulesTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    static byte[] image(String format, int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aBranchIssuerNeedsANameAndAnHttpsAddress() {
        var b = BranchIssuer.of("  SBB  ", "https://www.s-bb.nl", NOW);
        assertThat(b.name()).isEqualTo("SBB");
        assertThat(b.url()).isEqualTo("https://www.s-bb.nl");
        assertThat(b.id()).hasSize(36);
        assertThatThrownBy(() -> BranchIssuer.of(" ", "https://www.s-bb.nl", NOW)).isInstanceOf(InvalidField.class)
                .extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> BranchIssuer.of("x".repeat(201), "https://www.s-bb.nl", NOW))
                .extracting("field").isEqualTo("name");
        for (var bad : new String[] {"http://www.s-bb.nl", "javascript:alert(1)", "www.s-bb.nl", "https://", "",
                "https://user:pw@s-bb.nl", "https://" + "a".repeat(500) + ".nl"}) {
            assertThatThrownBy(() -> BranchIssuer.of("SBB", bad, NOW)).as(bad).isInstanceOf(InvalidField.class)
                    .extracting("field").isEqualTo("url");
        }
    }

    @Test
    void aLogoIsAReadablePngOrJpegOfAtMost512Kilobytes() throws Exception {
        var png = LogoImage.of(image("png", 40, 20));
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(40);
        assertThat(LogoImage.of(image("jpg", 10, 10)).mediaType()).isEqualTo("image/jpeg");

        assertThatThrownBy(() -> LogoImage.of(new byte[0])).extracting("field").isEqualTo("logo");
        assertThatThrownBy(() -> LogoImage.of("%PDF-1.7 hello".getBytes())).extracting("field").isEqualTo("logo");
        assertThatThrownBy(() -> LogoImage.of("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()))
                .extracting("field").isEqualTo("logo");
        var broken = image("png", 40, 20);
        java.util.Arrays.fill(broken, 16, broken.length, (byte) 7); // a PNG signature, then rubbish
        assertThatThrownBy(() -> LogoImage.of(broken)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> LogoImage.of(new byte[LogoImage.MAX_BYTES + 1])).isInstanceOf(TooLarge.class);
        assertThatThrownBy(() -> LogoImage.of(image("png", 4001, 1))).isInstanceOf(InvalidField.class);

        var b = BranchIssuer.of("SBB", "https://www.s-bb.nl", NOW);
        assertThat(b.hasLogo()).isFalse();
        b.logo(png);
        assertThat(b.hasLogo()).isTrue();
        assertThat(b.logoType()).isEqualTo("image/png");
    }

    @Test
    void aRetiredKeyStaysRetired() {
        var key = new BranchKey("k", "b", "{}", NOW);
        assertThat(key.active()).isTrue();
        key.retire(NOW.plusSeconds(5));
        key.retire(NOW.plusSeconds(50));
        assertThat(key.active()).isFalse();
        assertThat(key.retiredAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aRetiredBranchIssuerIsRetiredOnceAndRefusesIssuingAndChanges() {
        var b = BranchIssuer.of("Branchevereniging Groen", "https://groen.example", NOW);
        assertThat(b.retired()).isFalse();
        b.requireActive();
        b.retire(NOW.plusSeconds(60));
        assertThat(b.retired()).isTrue();
        assertThat(b.retiredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(b::requireActive).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.type()).isEqualTo("issuer-retired"));
        assertThatThrownBy(() -> b.retire(NOW.plusSeconds(120))).isInstanceOf(Conflict.class);
        assertThat(b.retiredAt()).as("the first retirement stays").isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aKeptLogoIsNamedByTheHashOfItsBytes() throws Exception {
        var png = image("png", 20, 10);
        var kept = new LogoSnapshot("image/png", png, NOW);
        assertThat(kept.content()).isEqualTo(png);
        assertThat(LogoSnapshot.hash(png)).hasSize(64).isEqualTo(LogoSnapshot.hash(png.clone()))
                .isNotEqualTo(LogoSnapshot.hash(image("png", 21, 10)));
    }
}
