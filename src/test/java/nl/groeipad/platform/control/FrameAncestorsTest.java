package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may frame Groeipad: the registered platforms' origins unless the operator says otherwise. */
class FrameAncestorsTest {

    @Test
    void theOriginOfAnUrlIsItsSchemeHostAndPort() {
        assertThat(FrameAncestors.origin("https://Moodle.Example.org/mod/lti/auth.php?x=1")).hasValue("https://moodle.example.org");
        assertThat(FrameAncestors.origin("http://127.0.0.1:8081/moodle")).hasValue("http://127.0.0.1:8081");
        assertThat(FrameAncestors.origin("javascript:alert(1)")).isEmpty();
        assertThat(FrameAncestors.origin("not a url")).isEmpty();
        assertThat(FrameAncestors.origin(null)).isEmpty();
    }

    @Test
    void theSourcesAreSelfAndEachRegisteredOriginOnce() {
        assertThat(FrameAncestors.sources(List.of("https://moodle.example.org", "https://moodle.example.org/mod/lti/auth.php",
                "https://canvas.example.org/api/lti/authorize_redirect", "ftp://old.example.org")))
                .isEqualTo("'self' https://canvas.example.org https://moodle.example.org");
        assertThat(FrameAncestors.sources(List.of())).isEqualTo("'self'");
    }

    @Test
    void anOperatorsListReplacesTheRegisteredOrigins() {
        var ancestors = ancestors(Optional.of("https://lms.example.org"), Optional.empty(), Set.of("https://moodle.example.org"));
        assertThat(ancestors.forPages()).isEqualTo("https://lms.example.org");
    }

    @Test
    void withoutAListTheRegisteredPlatformsMayFrameGroeipad() {
        var ancestors = ancestors(Optional.empty(), Optional.empty(),
                Set.of("https://moodle.example.org", "https://moodle.example.org/mod/lti/auth.php"));
        assertThat(ancestors.forPages()).isEqualTo("'self' https://moodle.example.org");
    }

    @Test
    void theRegistrationPageMayAlsoBeFramedByTheHostsAllowedToRegister() {
        var ancestors = ancestors(Optional.empty(), Optional.of("moodle.school.nl, *.example.org, bad host!"),
                Set.of("https://canvas.example.org"));
        assertThat(ancestors.forRegistration()).isEqualTo("'self' https://canvas.example.org moodle.school.nl *.example.org");
        assertThat(ancestors(Optional.empty(), Optional.of("*"), Set.of()).forRegistration()).isEqualTo("*");
        assertThat(ancestors(Optional.empty(), Optional.empty(), Set.of()).forRegistration()).isEqualTo("'self'");
    }

    private static FrameAncestors ancestors(Optional<String> configured, Optional<String> registrationHosts, Set<String> urls) {
        var ancestors = new FrameAncestors() {
            @Override
            java.util.Collection<String> platformUrls() {
                return urls;
            }
        };
        ancestors.configured = configured;
        ancestors.registrationHosts = registrationHosts;
        ancestors.clock = Clock.systemUTC();
        return ancestors;
    }
}
