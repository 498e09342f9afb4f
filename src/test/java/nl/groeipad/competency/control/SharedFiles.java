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
import nl.groeipad.SharedFolder;

/** Third-party CASE material of the project's shared folder (see {@link SharedFolder}), and the CASE schema check. */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** A file of the shared folder; missing, the test is skipped (locally) or fails (CI). */
    public static Path shared(String relative) {
        return SharedFolder.file(relative);
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
