package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app's Content-Security-Policy allows exactly the inline import map that the pages carry. */
class FramingPolicyTest {

    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"src/main/webapp/app/index.html", "src/main/webapp/admin/index.html"})
    void theImportMapHashInThePolicyMatchesThePage(String page) throws Exception {
        var html = Files.readString(Path.of(page));
        var map = IMPORT_MAP.matcher(html);
        assertThat(map.find()).as("import map in " + page).isTrue();

        var hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(map.group(1).getBytes(StandardCharsets.UTF_8)));

        assertThat(FramingPolicy.IMPORT_MAP_HASH).isEqualTo("'sha256-" + hash + "'");
    }
}
