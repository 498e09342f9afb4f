package nl.groeipad.credential.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import nl.groeipad.platform.entity.Text;

/**
 * A logo for certificates: a PNG or JPEG of at most {@value #MAX_BYTES} bytes and at most {@value #MAX_SIDE} pixels a
 * side. What it is follows from its first bytes and from decoding it, never from what the sender claims: too many
 * bytes is 413, anything else that is not such an image 400 naming the field {@code logo}.
 */
public record LogoImage(byte[] content, String mediaType, int width, int height) {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_SIDE = 4000;

    public static LogoImage of(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("Kies eerst een plaatje.", "Choose an image first.");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge(Text.of("Dit logo is te groot. Het mag hoogstens 512 kB zijn.",
                    "This logo is too large. It may be at most 512 kB."));
        }
        var type = Document.sniff(content);
        if (!Document.PNG.equals(type) && !Document.JPEG.equals(type)) {
            throw invalid("Kies een PNG- of JPEG-plaatje.", "Choose a PNG or JPEG image.");
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw invalid("Dit plaatje kunnen we niet lezen.", "We cannot read this image.");
            }
            if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                throw invalid("Dit plaatje is te groot: hoogstens 4000 bij 4000 beeldpunten.",
                        "This image is too large: at most 4000 by 4000 pixels.");
            }
            return new LogoImage(content.clone(), type, image.getWidth(), image.getHeight());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidField invalid) {
                throw invalid;
            }
            throw invalid("Dit plaatje kunnen we niet lezen.", "We cannot read this image.");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogoImage other && Arrays.equals(content, other.content) && mediaType.equals(other.mediaType);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "LogoImage[" + mediaType + ", " + content.length + " bytes, " + width + "x" + height + "]";
    }

    private static InvalidField invalid(String nl, String en) {
        return new InvalidField("logo", new Text(nl, en));
    }
}
