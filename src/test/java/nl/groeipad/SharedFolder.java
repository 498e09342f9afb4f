package nl.groeipad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's shared folder of third-party test material the repository does not hold (CASE sample packages,
 * the CASE JSON Schema, the original Moodle captures): the system property {@code groeipad.shared} or the
 * environment variable {@code GROEIPAD_SHARED}, else {@code ../shared} beside the project. A missing file skips
 * the test with a message on a developer's machine, and fails it when {@code CI=true}: CI must not pass silently
 * without the material.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The shared folder: {@code -Dgroeipad.shared}, {@code GROEIPAD_SHARED}, or {@code ../shared} beside the project. */
    public static Path root() {
        var configured = System.getProperty("groeipad.shared", System.getenv("GROEIPAD_SHARED"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        // Surefire and Failsafe set basedir to the project folder (also their working directory).
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("..").resolve("shared").normalize();
    }

    /** A file in the shared folder; missing, the test is skipped (locally) or fails (CI). */
    public static Path file(String relative) {
        var path = root().resolve(relative);
        return require(path, Files.isRegularFile(path));
    }

    /** A folder in the shared folder; missing, the test is skipped (locally) or fails (CI). */
    public static Path directory(String relative) {
        var path = root().resolve(relative);
        return require(path, Files.isDirectory(path));
    }

    private static Path require(Path path, boolean present) {
        if (!present) {
            var message = "the shared third-party material " + path + " is missing: set GROEIPAD_SHARED (or"
                    + " -Dgroeipad.shared) to the project's shared folder, or put that folder at ../shared beside the project";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + message);
            }
            Assumptions.abort("Skipped: " + message);
        }
        return path;
    }
}
