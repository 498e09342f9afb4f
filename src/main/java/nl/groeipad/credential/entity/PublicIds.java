package nl.groeipad.credential.entity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Public ids of credentials: 32 random bytes (256 bits) from a {@link SecureRandom}, in base64url without padding
 * (43 characters). They are in every public URL of a credential, so nobody can find one by guessing.
 */
public final class PublicIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private PublicIds() {
    }

    public static String next() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a public id at all (anything else is unknown without asking the database). */
    public static boolean wellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
