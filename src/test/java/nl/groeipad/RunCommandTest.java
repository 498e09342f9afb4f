package nl.groeipad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the server have one source, {@code groeipad.jvm.options} in {@code pom.xml} (which
 * {@code LaunchBenchmarkIT} starts the bundle with); the README's run command and the Dockerfile say the same.
 */
class RunCommandTest {

    static String jvmOptions() throws Exception {
        var matcher = Pattern.compile("<groeipad.jvm.options>([^<]+)</groeipad.jvm.options>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(matcher.find()).as("groeipad.jvm.options in pom.xml").isTrue();
        return matcher.group(1).strip();
    }

    @Test
    void theReadmeRunCommandUsesTheJvmOptionsOfThePom() throws Exception {
        assertThat(Files.readString(Path.of("README.md")))
                .contains("\"$JAVA_HOME/bin/java\" " + jvmOptions() + " -jar target/groeipad-microbundle.jar");
    }

    @Test
    void theDockerfileEntrypointUsesTheJvmOptionsOfThePom() throws Exception {
        var asJson = Arrays.stream(jvmOptions().split("\\s+")).map(o -> "\"" + o + "\"").collect(Collectors.joining(","));

        assertThat(Files.readString(Path.of("Dockerfile"))).contains("ENTRYPOINT [\"java\"," + asJson + ",\"-jar\"");
    }
}
