package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request-size limits that the app holds because the listener's own refusal has an empty body. */
class RequestSizeLimitTest {

    @Test
    void anOrdinaryRequestPasses() {
        assertThat(RequestSizeLimit.refusal(request("/api/v1/me", "lang=nl", Map.of("Accept", "*/*")))).isZero();
        assertThat(RequestSizeLimit.refusal(request("/app/", null, Map.of("Authorization", "Bearer " + "t".repeat(2_000)))))
                .isZero();
    }

    @Test
    void aLongAddressIs414AndLongHeadersAre431() {
        assertThat(RequestSizeLimit.refusal(request("/api/v1/me", "q=" + "a".repeat(1_000_000), Map.of()))).isEqualTo(414);
        assertThat(RequestSizeLimit.refusal(request("/app/" + "x".repeat(9_000), null, Map.of()))).isEqualTo(414);
        assertThat(RequestSizeLimit.refusal(request("/api/v1/me", null, Map.of("X-Big", "b".repeat(9_000))))).isEqualTo(431);
    }

    @Test
    void theLimitsAreThoseTheListenerHadAndTheListenerLetsThemThrough() throws Exception {
        assertThat(RequestSizeLimit.MAX_TARGET).isEqualTo(8192);
        assertThat(RequestSizeLimit.MAX_HEADERS).isEqualTo(8192);
        for (var file : List.of("src/main/resources/pre-boot-commands.txt", "src/test/arquillian/payara-loopback.asadmin")) {
            assertThat(Files.readAllLines(Path.of(file))).as(file).contains(
                    "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes="
                            + RequestSizeLimit.LISTENER_BUFFER);
        }
    }

    private static HttpServletRequest request(String uri, String query, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestSizeLimitTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getHeaders" -> Collections.enumeration(List.of(headers.get((String) args[0])));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
