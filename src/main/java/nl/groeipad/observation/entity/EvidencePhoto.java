package nl.groeipad.observation.entity;

import nl.groeipad.platform.entity.PhotoBytes;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import nl.groeipad.platform.entity.Sha256;

/**
 * A photo a coach took as evidence during an observation, by the one rule of photos ({@link PhotoBytes}, which a
 * participant's task photo follows too): a JPEG, PNG or WebP image of at most 2 MB, its kind decided by its first
 * bytes (the file signature), never by what the sender claims — so no other file can pass as a photo and be served
 * back.
 * Too large is 413 {@code too-large}; empty or not an image is 400 naming {@code photo}. The bytes are kept as sent
 * (like task photos: the browser makes big photos smaller first; metadata such as EXIF is not removed on the
 * server).
 */
public final class EvidencePhoto {

    /** At most 2 MB: {@link PhotoBytes#MAX_BYTES}. */
    public static final int MAX_BYTES = PhotoBytes.MAX_BYTES;

    private final byte[] content;
    private final String mediaType;

    private EvidencePhoto(byte[] content, String mediaType) {
        this.content = content;
        this.mediaType = mediaType;
    }

    /** The photo in these bytes; 413 when larger than 2 MB, 400 naming {@code photo} when empty or no image. */
    public static EvidencePhoto of(byte[] content) {
        var type = PhotoBytes.check(content, refusal -> refusal == PhotoBytes.Refusal.TOO_LARGE
                ? new TooLarge(refusal.text())
                : new InvalidField("photo", refusal.text()));
        return new EvidencePhoto(content.clone(), type);
    }

    /** The SHA-256 of the bytes in hex: how a replayed upload is recognised as the same photo. */
    public String sha256() {
        return Sha256.hex(content);
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
