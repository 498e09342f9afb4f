package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deep Linking 2.0 over real HTTP (issue 10 §4): a teacher's "Select content" launch gets the picker; the choice
 * comes back as a signed LtiDeepLinkingResponse with the activity's custom parameters and, for a route or an
 * observation, a line item; a launch of that activity lands on the chosen page. Another organisation's route, a
 * learner, an altered request and a made-up choice are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkingIT {

    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    /** "Veilig werken" of the starter framework (the same key in every organisation). */
    private static final String SAFETY = "572afc48-5b47-45f7-a167-1103f8709b32";
    private static final Pattern REQUEST = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");

    private static TestPlatform north;
    private static TestPlatform south;
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        for (var platform : new TestPlatform[] {north, south}) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    private TestPlatform north() throws Exception {
        if (north == null) {
            north = TestPlatform.registeredAt(client, "Leerbedrijf Noord (deep linking)");
        }
        return north;
    }

    private TestPlatform south() throws Exception {
        if (south == null) {
            south = TestPlatform.registeredAt(client, "Leerbedrijf Zuid (deep linking)");
        }
        return south;
    }

    /** "Select content" in the platform: an LtiDeepLinkingRequest launch; answers the picker page. */
    private HttpResponse<String> selectContent(TestPlatform platform, String subject, String data) {
        platform.tamper(c -> c
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "resource_link", null)
                .claim(DL + "deep_linking_settings", data == null
                        ? Map.of("deep_link_return_url", platform.deepLinkingReturnUrl(), "accept_types", List.of("ltiResourceLink"),
                                "accept_presentation_document_targets", List.of("iframe", "window"), "accept_multiple", true)
                        : Map.of("deep_link_return_url", platform.deepLinkingReturnUrl(), "accept_types", List.of("ltiResourceLink"),
                                "accept_presentation_document_targets", List.of("iframe", "window"), "accept_multiple", true,
                                "data", data)));
        try {
            return new ToolClient(Deployments.base()).launch(platform, subject);
        } finally {
            platform.tamper(c -> { });
        }
    }

    private static String pendingRequest(HttpResponse<String> picker) {
        assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
        var m = REQUEST.matcher(picker.body());
        assertThat(m.find()).as(picker.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> choose(String request, String choice) {
        return client.postForm("/lti/deep-linking", choice == null ? Map.of("request", request)
                : Map.of("request", request, "choice", choice));
    }

    /** The answer page's form: posted to the platform's return URL, with a JWT the tool's published key signed. */
    private JWTClaimsSet answer(TestPlatform platform, HttpResponse<String> page) throws Exception {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        var form = ToolClient.form(page.body());
        assertThat(form.get("action")).isEqualTo(platform.deepLinkingReturnUrl());
        var jwt = SignedJWT.parse(form.get("JWT"));
        var key = (RSAKey) JWKSet.parse(client.get("/lti/jwks").body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyItem(JWTClaimsSet claims) throws Exception {
        var items = claims.getListClaim(DL + "content_items");
        assertThat(items).hasSize(1);
        return (Map<String, Object>) items.getFirst();
    }

    private String starterRouteId(TestPlatform platform) {
        var coach = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, "coach-1"));
        var routes = ToolClient.jsonArray(client.api("GET", "/api/v1/routes", coach, null)).getValuesAs(JsonObject.class);
        return routes.stream().filter(r -> r.getString("title").equals("Starten in de groenvoorziening")).findFirst()
                .orElseThrow().getString("id");
    }

    /** A launch of the activity the platform made from a content item: its custom parameters come back. */
    private HttpResponse<String> launchActivity(TestPlatform platform, String subject, Map<String, Object> custom) {
        platform.tamper(c -> c.claim(LTI + "custom", custom));
        try {
            return new ToolClient(Deployments.base()).launch(platform, subject);
        } finally {
            platform.tamper(c -> { });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherPlacesARouteWithItsGradebookColumnAndItsLaunchOpensTheRoute() throws Exception {
        var platform = north();
        var routeId = starterRouteId(platform);
        var picker = selectContent(platform, "coach-1", "opaque-7f3");
        assertThat(picker.body()).contains("Mijn groeipad", "value=\"route:" + routeId + "\"",
                "value=\"competency:" + SAFETY + "\"");

        var claims = answer(platform, choose(pendingRequest(picker), "route:" + routeId));

        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getStringClaim(LTI + "deployment_id")).isEqualTo(platform.deploymentId());
        assertThat(claims.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(DL + "data")).isEqualTo("opaque-7f3");
        var item = onlyItem(claims);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Starten in de groenvoorziening")
                .containsEntry("url", Deployments.base() + "/lti/launch");
        var custom = (Map<String, Object>) item.get("custom");
        assertThat(custom).containsEntry("groeipad_open", "route").containsEntry("groeipad_route", routeId);
        var lineItem = (Map<String, Object>) item.get("lineItem");
        assertThat(lineItem).containsEntry("label", "Starten in de groenvoorziening")
                .containsEntry("resourceId", "route:" + routeId).containsEntry("tag", "groeipad-route");
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(100);

        var learner = launchActivity(platform, "learner-1", custom);
        assertThat(learner.headers().firstValue("Location").orElseThrow()).contains("/app/?to=route#session=");
        var coach = launchActivity(platform, "coach-1", custom);
        assertThat(coach.headers().firstValue("Location").orElseThrow()).contains("/app/?to=routes%2F" + routeId + "#session=");
        assertThat(client.api("GET", "/api/v1/me", ToolClient.sessionToken(learner), null).statusCode()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anObservationOfAPublishedCompetencyIsGradedByLevelAndTheHomeIsNotGraded() throws Exception {
        var platform = north();
        var observation = onlyItem(answer(platform, choose(pendingRequest(selectContent(platform, "coach-1", null)),
                "competency:" + SAFETY)));
        assertThat((String) observation.get("title")).startsWith("Observatie: ");
        assertThat((Map<String, Object>) observation.get("custom")).containsEntry("groeipad_open", "observation")
                .containsEntry("groeipad_competency", SAFETY);
        var lineItem = (Map<String, Object>) observation.get("lineItem");
        assertThat(lineItem).containsEntry("resourceId", "competency:" + SAFETY).containsEntry("tag", "groeipad-observation");
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(3);

        var homeClaims = answer(platform, choose(pendingRequest(selectContent(platform, "coach-1", null)), "home"));
        var home = onlyItem(homeClaims);
        assertThat((Map<String, Object>) home.get("custom")).containsEntry("groeipad_open", "home");
        assertThat(home).doesNotContainKey("lineItem");
        assertThat(homeClaims.getClaims()).doesNotContainKey(DL + "data");
        var launched = launchActivity(platform, "learner-1", (Map<String, Object>) home.get("custom"));
        assertThat(launched.headers().firstValue("Location").orElseThrow()).contains("/app/#session=");
    }

    @Test
    void anotherOrganisationsRouteAndMadeUpChoicesAreRefusedNamingTheField() throws Exception {
        var request = pendingRequest(selectContent(north(), "coach-1", null));
        var southRoute = starterRouteId(south());

        for (var choice : new String[] {"route:" + southRoute, "route:../../admin", "competency:no-such-key", "everything",
                ""}) {
            var refused = choose(request, choice);
            assertThat(refused.statusCode()).as(choice).isEqualTo(400);
            assertThat(refused.body()).as(choice).contains("choice").doesNotContain("name=\"JWT\"");
        }
        var none = choose(request, null);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).doesNotContain("name=\"JWT\"");
    }

    @Test
    void anAlteredOrMissingRequestIsRefused() throws Exception {
        var request = pendingRequest(selectContent(north(), "coach-1", null));
        var parts = request.split("\\.");
        var altered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        for (var token : new String[] {altered, "", "not-a-token"}) {
            var refused = choose(token, "home");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("name=\"JWT\"");
        }
        // A session token of the same tool is not a deep-linking request either.
        var session = ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(north(), "coach-1"));
        assertThat(choose(session, "home").statusCode()).isEqualTo(400);
    }

    @Test
    void aLearnerCannotPlaceGroeipadInACourse() throws Exception {
        var refused = selectContent(north(), "learner-1", null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Alleen een docent of begeleider").doesNotContain("name=\"request\"");
    }
}
