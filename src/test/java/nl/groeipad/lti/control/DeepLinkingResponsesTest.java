package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.groeipad.TestKeys;
import nl.groeipad.lti.entity.DeepLinkChoice;
import org.junit.jupiter.api.Test;

/**
 * The LtiDeepLinkingResponse checked claim by claim against Deep Linking 2.0 §4.5 (the response message) and the
 * Security Framework's message JWT rules: iss = the tool's client_id, aud = the platform's issuer, a nonce, iat and
 * exp, deployment_id, message_type, version, content_items and the request's data echoed; and its shape against
 * the response Moodle 5.1 accepted (captured in {@code src/test/resources/moodle}).
 */
class DeepLinkingResponsesTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final String MOODLE = "http://localhost:8081";
    static final String CLIENT_ID = "IlvFeYJdhVRoIwC";
    static final String LAUNCH_URL = "https://groeipad.example.org/lti/launch";

    final RSAKey key;
    final DeepLinkingResponses responses = new DeepLinkingResponses();

    DeepLinkingResponsesTest() throws Exception {
        key = new RSAKey.Builder(TestKeys.rsa(3, "tool-key-1")).keyUse(KeyUse.SIGNATURE).build();
        responses.keys = new ToolKeyRing() {
            @Override
            public RSAKey signingKey() {
                return key;
            }
        };
        responses.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private JWTClaimsSet answer(DeepLinkChoice choice, String data) throws Exception {
        var jwt = SignedJWT.parse(responses.answer(new DeepLinkingResponses.Request(CLIENT_ID, MOODLE, "1", data),
                LAUNCH_URL, choice, "Groeipad is toegevoegd"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("tool-key-1");
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @Test
    void theResponseCarriesEveryRequiredClaim() throws Exception {
        var claims = answer(new DeepLinkChoice.Route("r-1", "Samenwerken", "Een route"), "opaque-123");

        assertThat(claims.getIssuer()).as("iss: the tool's client_id").isEqualTo(CLIENT_ID);
        assertThat(claims.getAudience()).as("aud: the platform's issuer").containsExactly(MOODLE);
        assertThat(claims.getStringClaim("nonce")).as("nonce").isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).as("iat").isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).as("exp").isAfter(NOW).isBeforeOrEqualTo(NOW.plusSeconds(300));
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo("1");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
                .isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).as("data echoed")
                .isEqualTo("opaque-123");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/msg")).isEqualTo("Groeipad is toegevoegd");
        assertThat(claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).hasSize(1);
    }

    @Test
    void everyAnswerHasItsOwnNonceAndNoDataWhenNoneWasSent() throws Exception {
        var first = answer(new DeepLinkChoice.Home("Mijn groeipad", "Je plan"), null);
        var second = answer(new DeepLinkChoice.Home("Mijn groeipad", "Je plan"), null);

        assertThat(first.getStringClaim("nonce")).isNotEqualTo(second.getStringClaim("nonce"));
        assertThat(first.getClaims()).doesNotContainKey("https://purl.imsglobal.org/spec/lti-dl/claim/data");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRouteIsAGradedResourceLinkThatOpensTheRoute() throws Exception {
        var claims = answer(new DeepLinkChoice.Route("r-1", "Samenwerken", "Een route"), null);

        var item = (Map<String, Object>) claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").getFirst();
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Samenwerken")
                .containsEntry("text", "Een route").containsEntry("url", LAUNCH_URL);
        assertThat((Map<String, Object>) item.get("custom"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("groeipad_open", "route", "groeipad_route", "r-1"));
        var lineItem = (Map<String, Object>) item.get("lineItem");
        assertThat(lineItem).containsEntry("label", "Samenwerken").containsEntry("resourceId", "groeipad-route-r-1")
                .containsEntry("tag", "groeipad-route");
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(100);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anObservationIsGradedOnTheGradebooksCompetencyLineItemAndTheHomeIsNotGraded() throws Exception {
        var observation = (Map<String, Object>) answer(new DeepLinkChoice.Observation("c-key", "Observatie: Samenwerken", "x"), null)
                .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").getFirst();
        assertThat((Map<String, Object>) observation.get("custom"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("groeipad_open", "observation", "groeipad_competency", "c-key"));
        var lineItem = (Map<String, Object>) observation.get("lineItem");
        assertThat(lineItem).containsEntry("resourceId", "groeipad-competency-c-key").containsEntry("tag", "groeipad-competency");
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(100);

        var home = (Map<String, Object>) answer(new DeepLinkChoice.Home("Mijn groeipad", "Je plan"), null)
                .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").getFirst();
        assertThat((Map<String, Object>) home.get("custom")).containsExactlyEntriesOf(Map.of("groeipad_open", "home"));
        assertThat(home).doesNotContainKey("lineItem");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ourResponseHasTheShapeMoodleAccepted() throws Exception {
        var fixture = JSONObjectUtils.parse(Files.readString(Path.of(getClass().getResource(
                "/moodle/deep_linking_response_sent_by_tool.json").toURI()), StandardCharsets.UTF_8));
        var accepted = (Map<String, Object>) fixture.get("payload");
        var ours = answer(new DeepLinkChoice.Route("r-1", "Samenwerken", "Een route"), null).getClaims();

        assertThat(ours.keySet()).containsAll(accepted.keySet());
        var acceptedItem = (Map<String, Object>) ((List<Object>) accepted.get("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).getFirst();
        var ourItem = (Map<String, Object>) ((List<Object>) ours.get("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).getFirst();
        assertThat(ourItem.keySet()).containsAll(acceptedItem.keySet());
        assertThat(((Map<String, Object>) ourItem.get("lineItem")).keySet())
                .containsAll(((Map<String, Object>) acceptedItem.get("lineItem")).keySet());
    }

    @Test
    void choicesRefuseIdsThatAreNotOurs() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeepLinkChoice.Route("../admin", "x", "y"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeepLinkChoice.Observation("a b", "x", "y"));
    }
}
