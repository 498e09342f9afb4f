package nl.groeipad.lti.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The session-token secret a tool key stands for. */
class ToolKeyTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theSecretIs256BitsAndTheSameOnEveryNodeThatReadsTheKey() throws Exception {
        var key = ToolKey.generate(NOW);
        var storedAndReadAgain = RSAKey.parse(key.privateKey().toJSONString());

        assertThat(key.sessionTokenSecret()).hasSize(32);
        assertThat(ToolKey.sessionTokenSecret(storedAndReadAgain)).isEqualTo(key.sessionTokenSecret());
    }

    @Test
    void everyKeyHasItsOwnSecret() {
        assertThat(ToolKey.generate(NOW).sessionTokenSecret()).isNotEqualTo(ToolKey.generate(NOW).sessionTokenSecret());
    }

    @Test
    void thePublicPartAloneGivesNoSecret() {
        var publicOnly = ToolKey.generate(NOW).publicKey();

        assertThatIllegalStateException().isThrownBy(() -> ToolKey.sessionTokenSecret(publicOnly));
    }
}
