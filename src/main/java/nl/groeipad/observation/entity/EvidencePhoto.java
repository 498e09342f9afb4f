package nl.groeipad.observation.entity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import nl.groeipad.platform.entity.Text;

/**
 * A photo a coach took as evidence during an observation, by the same rules as a participant's task photo
 * ({@code plan.entity.Photo}): a JPEG, PNG or WebP image of at most 2 MB, its kind decided by its first bytes (the
 * file signature), never by what the sender claims — so no other file can pass as a photo and be served back.
 * Too large is 413 {@code too-large}; empty or not an image is 400 naming {@code photo}. The bytes are kept as sent
 * (like task photos: the browser makes big photos smaller first; metadata such as EXIF is not removed on the
 * server).
 */
public final class EvidencePhoto {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final byte[] content;
    private final String mediaType;

    private EvidencePhoto(byte[] content, String mediaType) {
        this.content = content;
        this.mediaType = mediaType;
    }

    /** The photo in these bytes; 413 when larger than 2 MB, 400 naming {@code photo} when empty or no image. */
    public static EvidencePhoto of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidField("photo", Text.of("Kies eerst een foto.", "Choose a photo first."));
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge(Text.of("Deze foto is te groot. Een foto mag hoogstens 2 MB zijn.",
                    "This photo is too large. A photo may be at most 2 MB."));
        }
        var type = sniff(content);
        if (type == null) {
            throw new InvalidField("photo", Text.of("Dit is geen foto. Kies een foto (JPEG, PNG of WebP).",
                    "This is not a photo. Choose a photo (JPEG, PNG or WebP)."));
        }
        return new EvidencePhoto(content.clone(), type);
    }

    /** The media type these bytes start like, or null when they are none of the accepted image formats. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= PNG_SIGNATURE.length
                && Arrays.equals(b, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        return null;
    }

    /** The SHA-256 of the bytes in hex: how a replayed upload is recognised as the same photo. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] content() {
        return content.clone();
    }

    public String mediaType() {
        return mediaType;
    }

    public int size() {
        return content.length;
    }

    @Override
    public String toString() {
        return mediaType + " " + content.length + " bytes";
    }
}
