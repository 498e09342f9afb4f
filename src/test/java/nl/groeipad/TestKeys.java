package nl.groeipad;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RSA key pairs for unit tests, each generated once per test run. Generating a 2048-bit pair costs 50–300 ms of CPU,
 * and the tests made a new one per test for keys whose only job is to be a key (and, where it matters, another one
 * than the key next to it). Ask for a pair by number: the same number is the same pair (with the kid asked for), a
 * different number a different pair. Each role in the tests has its own number, so no two roles share a key.
 */
public final class TestKeys {

    private static final Map<Integer, RSAKey> PAIRS = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    /** The {@code number}-th key pair of the run, with this key id ({@code null} for none). */
    public static RSAKey rsa(int number, String kid) {
        var pair = PAIRS.computeIfAbsent(number, n -> {
            try {
                return new RSAKeyGenerator(2048).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        });
        return new RSAKey.Builder(pair).keyID(kid).build();
    }
}
