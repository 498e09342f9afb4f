package nl.groeipad.competency.control;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Third-party texts the tests read but the repository does not hold (CASE sample packages, the CASE JSON
 * Schema): from {@code ../shared} next to the project, else {@code /work/shared}. Absent: the test is skipped.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared(String relative) {
        var found = Stream.of(Path.of("..", "shared").resolve(relative), Path.of("/work/shared").resolve(relative))
                .filter(Files::isRegularFile).findFirst();
        Assumptions.assumeTrue(found.isPresent(), "Skipped: the shared file " + relative
                + " (third-party CASE material) is not present in ../shared or /work/shared");
        return found.get();
    }

    public static String read(String relative) {
        try {
            return Files.readString(shared(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the 1EdTech CASE 1.0 CFPackage JSON Schema finds wrong with a package (formats asserted too). */
    public static List<String> caseSchemaErrors(String packageJson) {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        var schema = registry.getSchema(read("schemas/case-v1p0-cfpackage-schema.json"), InputFormat.JSON);
        return schema.validate(packageJson, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
