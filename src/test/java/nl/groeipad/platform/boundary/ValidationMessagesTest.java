package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.groeipad.platform.entity.Language;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation message of the API is a key with a Dutch and an English text, interpolated in one language:
 * no message in the code is a literal (certainly not "nl / en"), every key the code names exists in both files,
 * and both files have the same keys.
 */
class ValidationMessagesTest {

    static final Pattern MESSAGE = Pattern.compile("message\\s*=\\s*(\"[^\"]*\"|[A-Za-z_.]+)");

    @Test
    void textsAreInterpolatedInTheLanguageAskedForWithTheConstraintsAttributes() {
        assertThat(ValidationMessages.interpolate("{text.max}", Map.of("max", 200), Language.NL)).hasValue("Hoogstens 200 tekens.");
        assertThat(ValidationMessages.interpolate("{text.max}", Map.of("max", 200), Language.EN)).hasValue("At most 200 characters.");
        assertThat(ValidationMessages.interpolate("{intake.goals.size}", Map.of("min", 1, "max", 5), Language.NL))
                .hasValue("Kies 1 tot 5 competenties.");
        assertThat(ValidationMessages.interpolate("{registration.deploymentIds.required}", Map.of(), Language.NL))
                .hasValue("Vul minstens één deployment-id in.");
        assertThat(ValidationMessages.interpolate("{no.such.key}", Map.of(), Language.EN)).isEmpty();
        assertThat(ValidationMessages.interpolate("{jakarta.validation.constraints.NotNull.message}", Map.of(), Language.NL)).isEmpty();
    }

    @Test
    void everyMessageInTheCodeIsAKeyOfBothFiles() throws IOException {
        var dutch = bundle("/ValidationMessages.properties");
        var english = bundle("/ValidationMessages_en.properties");
        var used = new TreeSet<String>();
        var literals = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = MESSAGE.matcher(Files.readString(source));
                while (matcher.find()) {
                    var value = matcher.group(1);
                    if (value.matches("\"\\{[^{}]+}\"")) {
                        used.add(value.substring(2, value.length() - 2));
                    } else if (value.startsWith("\"")) {
                        literals.add(source.getFileName() + ": " + value);
                    }
                }
            }
        }

        assertThat(literals).as("messages written in the code instead of by key").isEmpty();
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(dutch.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames()).allSatisfy(key -> {
            assertThat(dutch.getProperty(key)).as(key).doesNotContain(" / ").isNotEqualTo(english.getProperty(key));
            assertThat(english.getProperty(key)).as(key).doesNotContain(" / ");
        });
    }

    private static Properties bundle(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
