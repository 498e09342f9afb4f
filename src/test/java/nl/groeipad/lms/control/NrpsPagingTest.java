package nl.groeipad.lms.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NRPS 2.0 §2.4.2: the next page is the Link header with rel="next" (RFC 8288), wherever it stands. */
class NrpsPagingTest {

    @Test
    void theNextPageIsTheLinkWithRelNext() {
        assertThat(NrpsClient.next(List.of("<https://lms.example.org/memberships?page=2>; rel=\"next\"")))
                .hasValue("https://lms.example.org/memberships?page=2");
        assertThat(NrpsClient.next(List.of(
                "<https://lms.example.org/memberships?page=1>; rel=\"first\", <https://lms.example.org/memberships?page=3>; rel=\"next\"")))
                .hasValue("https://lms.example.org/memberships?page=3");
        assertThat(NrpsClient.next(List.of("<https://lms.example.org/m?p=1>; rel=\"differences\"", "<https://lms.example.org/m?p=2>; rel=next")))
                .hasValue("https://lms.example.org/m?p=2");
    }

    @Test
    void withoutANextLinkThisIsTheLastPage() {
        assertThat(NrpsClient.next(List.of())).isEmpty();
        assertThat(NrpsClient.next(List.of("<https://lms.example.org/m?since=5>; rel=\"differences\""))).isEmpty();
    }

    @Test
    void theTokenIsOnlySentToThePlatformsOwnHost() {
        assertThat(NrpsClient.sameOrigin("https://lms.example.org/m", "https://lms.example.org/m?page=2")).isTrue();
        assertThat(NrpsClient.sameOrigin("https://lms.example.org/m", "https://evil.example.com/m?page=2")).isFalse();
        assertThat(NrpsClient.sameOrigin("https://lms.example.org/m", "http://lms.example.org/m?page=2")).isFalse();
        assertThat(NrpsClient.sameOrigin("https://lms.example.org/m", "https://lms.example.org:8443/m")).isFalse();
    }
}
