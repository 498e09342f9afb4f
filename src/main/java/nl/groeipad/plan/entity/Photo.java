package nl.groeipad.plan.entity;

import java.util.Arrays;
import java.util.Objects;

/**
 * A photo a participant took of their work: a JPEG, PNG or WebP image of at most 2 MB. What it is follows
 * from its first bytes (the file signature), never from what the sender claims, so no other file can pass
 * as a photo and be served back to a coach.
 */
public final class Photo {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final byte[] content;
    private final String mediaType;

    private Photo(byte[] content, String mediaType) {
        this.content = content;
        this.mediaType = mediaType;
    }

    /** The photo in these bytes, or a rejection naming the field {@code photo}. */
    public static Photo of(byte[] content) {
        if (content == null || content.length == 0) {
            throw PlanRules.invalid("photo", "Kies eerst een foto.", "Choose a photo first.");
        }
        if (content.length > MAX_BYTES) {
            throw PlanRules.invalid("photo", "Deze foto is te groot. Een foto mag hoogstens 2 MB zijn.",
                    "This photo is too large. A photo may be at most 2 MB.");
        }
        var type = sniff(content);
        if (type == null) {
            throw PlanRules.invalid("photo", "Dit is geen foto. Kies een foto (JPEG, PNG of WebP).",
                    "This is not a photo. Choose a photo (JPEG, PNG or WebP).");
        }
        return new Photo(content.clone(), type);
    }

    /** The media type these bytes start like, or null when they are none of the accepted image formats. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= PNG_SIGNATURE.length && Arrays.equals(b, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        return null;
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
    public boolean equals(Object other) {
        return other instanceof Photo p && mediaType.equals(p.mediaType) && Arrays.equals(content, p.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mediaType, Arrays.hashCode(content));
    }
}
