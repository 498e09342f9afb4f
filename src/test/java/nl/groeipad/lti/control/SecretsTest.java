package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Random state, nonce and browser-binding values, and checking a presented value against its stored hash. */
class SecretsTest {

    @Test
    void makes256RandomBitsAs43Base64UrlCharacters() {
        assertThat(Secrets.random()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void neverMakesTheSameValueTwice() {
        var seen = new HashSet<String>();

        IntStream.range(0, 10_000).forEach(i -> seen.add(Secrets.random()));

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void hashesWithSha256AsBase64UrlWithoutPadding() {
        // FIPS 180-2 test vector for "abc": ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
        assertThat(Secrets.sha256("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void matchesTheValueWhoseHashWasStored() {
        var binding = Secrets.random();

        assertThat(Secrets.matches(binding, Secrets.sha256(binding))).isTrue();
    }

    @Test
    void doesNotMatchAnotherValue() {
        var stored = Secrets.sha256(Secrets.random());

        assertThat(Secrets.matches(Secrets.random(), stored)).isFalse();
    }

    @Test
    void doesNotMatchTheStoredHashItself() {
        var stored = Secrets.sha256(Secrets.random());

        assertThat(Secrets.matches(stored, stored)).isFalse();
    }

    @Test
    void doesNotMatchWhenEitherSideIsMissing() {
        var binding = Secrets.random();

        assertThat(Secrets.matches(null, Secrets.sha256(binding))).isFalse();
        assertThat(Secrets.matches(binding, null)).isFalse();
        assertThat(Secrets.matches(null, null)).isFalse();
    }

    @Test
    void doesNotMatchATruncatedOrLongerHash() {
        var binding = Secrets.random();
        var hash = Secrets.sha256(binding);

        assertThat(Secrets.matches(binding, hash.substring(0, 42))).isFalse();
        assertThat(Secrets.matches(binding, hash + "A")).isFalse();
        assertThat(Secrets.matches(binding, "")).isFalse();
    }

    @Test
    void comparesHashesCaseSensitively() {
        assertThat(Secrets.matches("abc", "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0")).isTrue();
        assertThat(Secrets.matches("abc", "UNGWV48BZ-PBQUDEXA4II7ADYAOWF3QCTBD_YFIAFA0")).isFalse();
    }
}
