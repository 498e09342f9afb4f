package nl.groeipad.platform.entity;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The one rule for a photo someone uploads (a participant's task photo, a coach's evidence photo): a JPEG, PNG or
 * WebP image of at most 2 MB. What it is follows from its first bytes (the file signature), never from what the
 * sender claims, so no other file can pass as a photo and be served back. How a refusal is answered is the
 * feature's own: {@link #check} hands the {@link Refusal} to the caller, who turns it into its problem.
 */
public final class PhotoBytes {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Why bytes are no photo, with the words a person reads. */
    public enum Refusal {
        EMPTY(Text.of("Kies eerst een foto.", "Choose a photo first.")),
        TOO_LARGE(Text.of("Deze foto is te groot. Een foto mag hoogstens 2 MB zijn.",
                "This photo is too large. A photo may be at most 2 MB.")),
        NOT_A_PHOTO(Text.of("Dit is geen foto. Kies een foto (JPEG, PNG of WebP).",
                "This is not a photo. Choose a photo (JPEG, PNG or WebP)."));

        private final Text text;

        Refusal(Text text) {
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    private PhotoBytes() {
    }

    /**
     * The media type of these bytes when they are a photo by the rule; otherwise what {@code refuse} makes of the
     * refusal is thrown (empty or null first, then too large, then not an image).
     */
    public static String check(byte[] content, Function<Refusal, ? extends RuntimeException> refuse) {
        if (content == null || content.length == 0) {
            throw refuse.apply(Refusal.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw refuse.apply(Refusal.TOO_LARGE);
        }
        var type = sniff(content);
        if (type == null) {
            throw refuse.apply(Refusal.NOT_A_PHOTO);
        }
        return type;
    }

    /** The media type these bytes start like, or null when they are none of the accepted image formats. */
    public static String sniff(byte[] b) {
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
}
