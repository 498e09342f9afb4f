package nl.groeipad.plan.entity;

import java.util.Arrays;
import java.util.Objects;
import nl.groeipad.platform.entity.PhotoBytes;
import nl.groeipad.platform.entity.Problems.InvalidField;

/**
 * A photo a participant took of their work: a JPEG, PNG or WebP image of at most 2 MB, by the one rule of
 * {@link PhotoBytes} (what it is follows from its first bytes, never from what the sender claims, so no other file
 * can pass as a photo and be served back to a coach). Every refusal is 400 naming the field {@code photo}.
 */
public final class Photo {

    /** At most 2 MB: {@link PhotoBytes#MAX_BYTES}. */
    public static final int MAX_BYTES = PhotoBytes.MAX_BYTES;

    private final byte[] content;
    private final String mediaType;

    private Photo(byte[] content, String mediaType) {
        this.content = content;
        this.mediaType = mediaType;
    }

    /** The photo in these bytes, or a rejection naming the field {@code photo} (too large too: 400 here). */
    public static Photo of(byte[] content) {
        var type = PhotoBytes.check(content, refusal -> new InvalidField("photo", refusal.text()));
        return new Photo(content.clone(), type);
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
