package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The launch foundation over real HTTP, on Payara Micro against MariaDB: in-test platforms register
 * themselves, launch people, and try everything a careless or hostile platform or browser might.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiFlowIT {

    private static TestPlatform platformA;
    private static TestPlatform platformB;
    private final ToolClient browser = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @AfterAll
    static void stopPlatforms() {
        if (platformA != null) {
            platformA.close();
        }
        if (platformB != null) {
            platformB.close();
        }
    }

    /** Platform A registers itself through LTI Dynamic Registration (once for this class). */
    private TestPlatform dynamicallyRegisteredPlatform() throws Exception {
        if (platformA == null) {
            var platform = new TestPlatform();
            var page = browser.get("/lti/register?openid_configuration=" + ToolClient.enc(platform.openidConfigurationUrl())
                    + "&registration_token=" + ToolClient.enc(platform.registrationToken()));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            platformA = platform;
        }
        return platformA;
    }

    /** Platform B is registered manually by the operator through the admin API (once for this class). */
    private TestPlatform manuallyRegisteredPlatform() throws Exception {
        if (platformB == null) {
            var platform = new TestPlatform();
            var created = browser.admin("POST", "/api/v1/admin/registrations", """
                    {"name":"Tweede leerbedrijf","issuer":"%s","clientId":"%s","authUrl":"%s/auth",
                     "tokenUrl":"%s/token","jwksUrl":"%s/jwks","deploymentIds":["%s"]}"""
                    .formatted(platform.issuer(), platform.clientId(), platform.issuer(), platform.issuer(),
                            platform.issuer(), platform.deploymentId()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).isPresent();
            platformB = platform;
        }
        return platformB;
    }

    @Test
    void healthIsReadyAndKeysArePublished() throws Exception {
        var health = browser.get("/health/ready");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");

        var jwks = JWKSet.parse(browser.get("/lti/jwks").body());
        assertThat(jwks.getKeys()).hasSizeGreaterThanOrEqualTo(2); // active + next, published before use
        assertThat(jwks.getKeys()).allSatisfy(k -> {
            assertThat(k.getKeyID()).isNotBlank();
            assertThat(k.isPrivate()).isFalse();
            assertThat(((RSAKey) k).size()).isGreaterThanOrEqualTo(2048);
        });
    }

    @Test
    void dynamicRegistrationSendsTheToolConfigurationAndClosesTheDialog() throws Exception {
        var platform = new TestPlatform();
        try (platform) {
            var page = browser.get("/lti/register?openid_configuration=" + ToolClient.enc(platform.openidConfigurationUrl())
                    + "&registration_token=" + ToolClient.enc(platform.registrationToken()));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("org.imsglobal.lti.close").contains("Pending");
            var request = platform.registrationRequests().getFirst();
            assertThat(request.getString("initiate_login_uri")).isEqualTo(browser.base() + "/lti/login");
            assertThat(request.getJsonArray("redirect_uris").getString(0)).isEqualTo(browser.base() + "/lti/launch");
            assertThat(request.getString("jwks_uri")).isEqualTo(browser.base() + "/lti/jwks");
            assertThat(request.getString("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
            assertThat(request.getString("scope")).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score",
                    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
            assertThat(request.getString("client_name#nl")).isEqualTo("Groeipad");
            assertThat(request.getString("logo_uri")).startsWith(browser.base());
            var config = request.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration");
            assertThat(config.getString("domain")).isEqualTo(browser.base().substring("http://".length()));
            assertThat(config.getString("target_link_uri")).isEqualTo(browser.base() + "/lti/launch");
            assertThat(config.getJsonArray("messages").getValuesAs(JsonObject.class))
                    .extracting(m -> m.getString("type")).containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
            assertThat(config.getJsonArray("claims").toString()).contains("given_name", "family_name", "email");

            var registrations = ToolClient.jsonArray(browser.admin("GET", "/api/v1/admin/registrations", null));
            assertThat(registrations.getValuesAs(JsonObject.class)).anySatisfy(r -> {
                assertThat(r.getString("issuer")).isEqualTo(platform.issuer());
                assertThat(r.getString("clientId")).isEqualTo(platform.clientId());
                assertThat(r.getString("kind")).isEqualTo("DYNAMIC");
                assertThat(r.getJsonArray("deploymentIds").getString(0)).isEqualTo(platform.deploymentId());
            });
        }
    }

    @Test
    void dynamicRegistrationFromAHostThatIsNotAllowedIsRefusedWithoutFetchingAnything() {
        var page = browser.get("/lti/register?openid_configuration=" + ToolClient.enc("https://lms.example.invalid/openid")
                + "&registration_token=x");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("mag zich niet zelf registreren");
    }

    @Test
    void aLearnerLaunchLandsInTheAppWithASessionForTheApi() throws Exception {
        var platform = dynamicallyRegisteredPlatform();

        var launch = browser.launch(platform, "learner-1");

        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location").orElseThrow()).startsWith(browser.base() + "/app/#session=");
        var me = browser.api("GET", "/api/v1/me", ToolClient.sessionToken(launch), null);
        assertThat(me.statusCode()).isEqualTo(200);
        var body = ToolClient.json(me);
        assertThat(body.getString("role")).isEqualTo("participant");
        assertThat(body.getJsonObject("user").getString("givenName")).isEqualTo("Deelnemer");
        assertThat(body.getJsonObject("course").getString("title")).isEqualTo("WPO Demo");
        assertThat(body.getString("locale")).isEqualTo("nl");
    }

    @Test
    void theLoginRedirectIsAnOidcAuthenticationRequestBoundToTheBrowser() throws Exception {
        var platform = dynamicallyRegisteredPlatform();

        var login = browser.initiateLogin(platform, "learner-1");

        assertThat(login.statusCode()).isEqualTo(302);
        var query = TestPlatform.query(java.net.URI.create(login.headers().firstValue("Location").orElseThrow()));
        assertThat(query).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", platform.clientId()).containsEntry("redirect_uri", browser.base() + "/lti/launch")
                .containsEntry("login_hint", "learner-1")
                .containsEntry("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1\"}");
        assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(query.get("nonce")).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(query.get("state"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("gp_lti_").contains("HttpOnly"));
    }

    @Test
    void aCoachSeesTheParticipantsOfTheirCourse() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        ToolClient.sessionToken(browser.launch(platform, "learner-1"));

        var coach = ToolClient.sessionToken(browser.launch(platform, "coach-1"));
        var me = ToolClient.json(browser.api("GET", "/api/v1/me", coach, null));
        assertThat(me.getString("role")).isEqualTo("coach");
        var participants = browser.api("GET", "/api/v1/courses/" + me.getJsonObject("course").getString("id") + "/participants", coach, null);

        assertThat(participants.statusCode()).isEqualTo(200);
        assertThat(ToolClient.jsonArray(participants).getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name")).contains("Deelnemer Een").doesNotContain("Coach Eén");
    }

    @Test
    void aParticipantMayNotSeeTheParticipantList() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var learner = ToolClient.sessionToken(browser.launch(platform, "learner-1"));
        var course = ToolClient.json(browser.api("GET", "/api/v1/me", learner, null)).getJsonObject("course").getString("id");

        var answer = browser.api("GET", "/api/v1/courses/" + course + "/participants", learner, null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void anotherTenantsCoachCannotReadThisTenantsCourse() throws Exception {
        var a = dynamicallyRegisteredPlatform();
        var b = manuallyRegisteredPlatform();
        var coachA = ToolClient.sessionToken(browser.launch(a, "coach-1"));
        var courseOfA = ToolClient.json(browser.api("GET", "/api/v1/me", coachA, null)).getJsonObject("course").getString("id");

        // Same sub ("coach-1") and same context id ("2") on another platform: a different person and course.
        var coachB = ToolClient.sessionToken(browser.launch(b, "coach-1"));
        var meB = ToolClient.json(browser.api("GET", "/api/v1/me", coachB, null));
        assertThat(meB.getJsonObject("course").getString("id")).isNotEqualTo(courseOfA);

        var answer = browser.api("GET", "/api/v1/courses/" + courseOfA + "/participants", coachB, null);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(ToolClient.json(answer).getString("type")).isEqualTo("https://groeipad.nl/problems/not-found");
    }

    @Test
    void aSessionTokenWithAnotherTenantWrittenIntoItIsRefused() throws Exception {
        var a = dynamicallyRegisteredPlatform();
        var b = manuallyRegisteredPlatform();
        var tokenA = ToolClient.sessionToken(browser.launch(a, "learner-1"));
        var tokenB = ToolClient.sessionToken(browser.launch(b, "learner-1"));
        var partsA = tokenA.split("\\.");
        var payloadB = tokenB.split("\\.")[1];

        var forged = partsA[0] + "." + payloadB + "." + partsA[2];

        assertThat(browser.api("GET", "/api/v1/me", forged, null).statusCode()).isEqualTo(401);
        assertThat(browser.api("GET", "/api/v1/me", tokenA + "x", null).statusCode()).isEqualTo(401);
        assertThat(browser.api("GET", "/api/v1/me", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aReplayedLaunchIsRefusedAndGetsNoSession() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var form = browser.authorizationForm(platform, "learner-1");
        var post = Map.of("id_token", form.get("id_token"), "state", form.get("state"));
        assertThat(browser.postForm("/lti/launch", post).statusCode()).isEqualTo(303);

        var replay = browser.postForm("/lti/launch", post);

        assertRejected(replay, 400, "verlopen of al gebruikt");
    }

    @Test
    void anIdTokenReusedWithAFreshLoginIsRefused() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var first = browser.authorizationForm(platform, "learner-1");
        assertThat(browser.postForm("/lti/launch", Map.of("id_token", first.get("id_token"), "state", first.get("state"))).statusCode())
                .isEqualTo(303);
        var second = browser.authorizationForm(platform, "learner-1");

        var replay = browser.postForm("/lti/launch", Map.of("id_token", first.get("id_token"), "state", second.get("state")));

        assertRejected(replay, 401, "hoort niet bij deze aanmelding");
    }

    @Test
    void aLaunchFromAnotherBrowserThanTheLoginIsRefused() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var form = browser.authorizationForm(platform, "learner-1");

        var stolen = browser.freshBrowser().postForm("/lti/launch", Map.of("id_token", form.get("id_token"), "state", form.get("state")));

        assertRejected(stolen, 401, "dezelfde browser");
    }

    @Test
    void aRefusedLaunchUsesItsStateUpSoTheRightBrowserCannotUseItAfterwards() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var form = browser.authorizationForm(platform, "learner-1");
        var post = Map.of("id_token", form.get("id_token"), "state", form.get("state"));
        assertRejected(browser.freshBrowser().postForm("/lti/launch", post), 401, "dezelfde browser");

        assertRejected(browser.postForm("/lti/launch", post), 400, "verlopen of al gebruikt");
    }

    @Test
    void twoLaunchesRacingWithOneStateGetOneSession() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var form = browser.authorizationForm(platform, "learner-1");
        var post = Map.of("id_token", form.get("id_token"), "state", form.get("state"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try (var serverLog = ServerOutput.capture()) {
            var tries = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 4; i++) {
                tries.add(pool.submit(() -> browser.postForm("/lti/launch", post)));
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var t : tries) {
                statuses.add(t.get().statusCode());
            }
            assertThat(statuses).containsOnlyOnce(303).containsOnly(303, 400);
            assertThat(serverLog.linesAfterQuiet()).as("a state used twice is an expected case, not an incident")
                    .anyMatch(line -> line.contains("state already used")) // the capture works
                    .noneMatch(line -> line.contains("Duplicate entry"))
                    .noneMatch(line -> line.matches("\\s+at [\\w.$]+\\(.*"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wherePlatformStorageIsOfferedTheBindingTravelsThroughItWhenCookiesAreBlocked() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        var login = browser.get("/lti/login?iss=" + ToolClient.enc(platform.issuer()) + "&login_hint=learner-1&target_link_uri="
                + ToolClient.enc(browser.base() + "/lti/launch") + "&client_id=" + ToolClient.enc(platform.clientId())
                + "&lti_storage_target=_parent");

        // LTI Client Side postMessages: the login page puts the binding into the platform's storage.
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lti.put_data").contains("groeipad_state_");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("gp_lti_"));
        var next = js(login.body(), "next = \"([^\"]+)\"");
        var secret = js(login.body(), "value: \"([^\"]+)\"");

        // A browser that blocks the tool's cookie (third-party iframe) gets the page that reads the storage ...
        var noCookies = browser.freshBrowser();
        var form = ToolClient.form(noCookies.get(next).body());
        var firstPost = noCookies.postForm("/lti/launch", Map.of("id_token", form.get("id_token"), "state", form.get("state")));
        assertThat(firstPost.statusCode()).isEqualTo(200);
        assertThat(firstPost.body()).contains("lti.get_data");

        // ... and posts again with what the platform stored; a wrong value is refused and uses the state up.
        var relaunch = noCookies.postForm("/lti/launch", Map.of("id_token", form.get("id_token"), "state", form.get("state"),
                "lti_storage_binding", secret));
        assertThat(relaunch.statusCode()).isEqualTo(303);
        var forged = browser.freshBrowser().authorizationForm(platform, "learner-1");
        assertRejected(browser.freshBrowser().postForm("/lti/launch", Map.of("id_token", forged.get("id_token"),
                "state", forged.get("state"), "lti_storage_binding", "guess")), 401, "dezelfde browser");
    }

    private static String js(String html, String regex) {
        var m = java.util.regex.Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("pattern " + regex + " in " + html).isTrue();
        return m.group(1).replace("\\u0026", "&").replace("\\u003d", "=");
    }

    @Test
    void aLoginFromAnUnknownPlatformIsRefusedWithoutRedirect() throws Exception {
        try (var stranger = new TestPlatform()) {
            var login = browser.initiateLogin(stranger, "learner-1");

            assertRejected(login, 400, "niet bij Groeipad bekend");
        }
    }

    @Test
    void aTokenSignedByAnotherPlatformsKeyIsRefused() throws Exception {
        var a = dynamicallyRegisteredPlatform();
        var b = manuallyRegisteredPlatform();
        var form = browser.authorizationForm(a, "learner-1");
        var claims = SignedJWT.parse(form.get("id_token")).getJWTClaimsSet();

        var forged = browser.postForm("/lti/launch", Map.of("id_token", b.sign(claims), "state", form.get("state")));

        assertRejected(forged, 401, "handtekening");
    }

    @Test
    void brokenLaunchesAreRefusedWithAFriendlyPage() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        try {
            platform.tamper(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "unknown-deployment"));
            assertRejected(browser.launch(platform, "learner-1"), 403, "installatie");

            platform.tamper(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120))));
            assertRejected(browser.launch(platform, "learner-1"), 401, "verlopen");

            platform.tamper(c -> c.audience(List.of("someone-else")));
            assertRejected(browser.launch(platform, "learner-1"), 401, "niet voor Groeipad bedoeld");

            platform.tamper(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.1"));
            assertRejected(browser.launch(platform, "learner-1"), 400, "LTI-versie");

            platform.tamper(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/roles", null));
            assertRejected(browser.launch(platform, "learner-1"), 400, "rol");
        } finally {
            platform.tamper(c -> { });
        }
    }

    @Test
    void aFewSecondsOfPlatformClockSkewAreTolerated() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        try {
            var ahead = Instant.now().plusSeconds(4);
            platform.tamper(c -> c.issueTime(Date.from(ahead)).expirationTime(Date.from(ahead.plusSeconds(60))));
            assertThat(browser.launch(platform, "learner-1").statusCode()).isEqualTo(303);
        } finally {
            platform.tamper(c -> { });
        }
    }

    @Test
    void rejectedLaunchPagesEscapeWhatThePlatformSent() throws Exception {
        var login = browser.get("/lti/login?iss=" + ToolClient.enc("<script>alert(1)</script>") + "&login_hint=x&target_link_uri=y");
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(browser.postForm("/lti/launch", Map.of("id_token", "<b>", "state", "<i>")).statusCode()).isEqualTo(400);
    }

    @Test
    void aDeepLinkingRequestIsAnsweredWithASignedContentItem() throws Exception {
        var platform = dynamicallyRegisteredPlatform();
        try {
            platform.tamper(c -> c
                    .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                    .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null)
                    .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                            "deep_link_return_url", platform.issuer() + "/dl-return",
                            "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"),
                            "data", "opaque-123")));
            var picker = browser.launch(platform, "coach-1");
            assertThat(picker.statusCode()).isEqualTo(200);
            var request = java.util.regex.Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(picker.body());
            assertThat(request.find()).as(picker.body()).isTrue();

            var answer = browser.postForm("/lti/deep-linking", Map.of("request", request.group(1), "choice", "home"));

            assertThat(answer.statusCode()).isEqualTo(200);
            var form = ToolClient.form(answer.body());
            assertThat(form.get("action")).isEqualTo(platform.issuer() + "/dl-return");
            var response = SignedJWT.parse(form.get("JWT"));
            var toolKey = (RSAKey) JWKSet.parse(browser.get("/lti/jwks").body()).getKeyByKeyId(response.getHeader().getKeyID());
            assertThat(response.verify(new RSASSAVerifier(toolKey))).isTrue();
            var claims = response.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
            assertThat(claims.getAudience()).containsExactly(platform.issuer());
            assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type")).isEqualTo("LtiDeepLinkingResponse");
            assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("opaque-123");
            assertThat(claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).hasSize(1);
        } finally {
            platform.tamper(c -> { });
        }
    }

    @Test
    void aSessionCanBeRenewedWhileValid() throws Exception {
        var token = ToolClient.sessionToken(browser.launch(dynamicallyRegisteredPlatform(), "learner-1"));

        var renewed = browser.api("POST", "/api/v1/session/renew", token, null);

        assertThat(renewed.statusCode()).isEqualTo(200);
        var fresh = ToolClient.json(renewed).getString("token");
        assertThat(browser.api("GET", "/api/v1/me", fresh, null).statusCode()).isEqualTo(200);
    }

    @Test
    void keyRotationKeepsOldSessionsValidAndPublishesTheNewKey() throws Exception {
        var token = ToolClient.sessionToken(browser.launch(dynamicallyRegisteredPlatform(), "learner-1"));
        var before = JWKSet.parse(browser.get("/lti/jwks").body());

        var rotated = browser.admin("POST", "/api/v1/admin/keys/rotation", null);

        assertThat(rotated.statusCode()).isEqualTo(200);
        var signing = ToolClient.json(rotated).getString("signingKid");
        assertThat(before.getKeyByKeyId(signing)).as("the new key was published before it signed").isNotNull();
        var after = JWKSet.parse(browser.get("/lti/jwks").body());
        assertThat(after.getKeys().size()).isGreaterThanOrEqualTo(3);
        assertThat(browser.api("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
        var fresh = ToolClient.sessionToken(browser.launch(dynamicallyRegisteredPlatform(), "learner-1"));
        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(signing);
    }

    @Test
    void theAdminApiNeedsTheSecretAndExplainsBadInput() throws Exception {
        var noSecret = browser.api("GET", "/api/v1/admin/registrations", null, null);
        assertThat(noSecret.statusCode()).isEqualTo(401);
        assertThat(noSecret.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var invalid = browser.admin("POST", "/api/v1/admin/registrations",
                "{\"issuer\":\"ftp://lms.example\",\"clientId\":\"abc\",\"authUrl\":\"https://lms.example/auth\",\"jwksUrl\":\"https://lms.example/jwks\",\"deploymentIds\":[\"1\"]}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(ToolClient.json(invalid).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("issuer");

        var missing = browser.admin("POST", "/api/v1/admin/registrations", "{\"issuer\":\"https://lms.example\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(ToolClient.json(missing).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("clientId", "authUrl", "jwksUrl", "deploymentIds");

        var notJson = browser.admin("POST", "/api/v1/admin/registrations", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var b = manuallyRegisteredPlatform();
        var duplicate = browser.admin("POST", "/api/v1/admin/registrations", """
                {"issuer":"%s","clientId":"%s","authUrl":"%s/auth","jwksUrl":"%s/jwks","deploymentIds":["x"]}"""
                .formatted(b.issuer(), b.clientId(), b.issuer(), b.issuer()));
        assertThat(duplicate.statusCode()).isEqualTo(409);

        var id = ToolClient.jsonArray(browser.admin("GET", "/api/v1/admin/registrations", null)).getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("issuer").equals(b.issuer())).findFirst().orElseThrow().getString("id");
        var added = browser.admin("POST", "/api/v1/admin/registrations/" + id + "/deployments", "{\"deploymentId\":\"course-category-7\"}");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(ToolClient.json(added).getJsonArray("deploymentIds").toString()).contains("course-category-7");
        assertThat(browser.admin("POST", "/api/v1/admin/registrations/" + id + "/deployments", "{\"deploymentId\":\" \"}").statusCode())
                .isEqualTo(400);

        var config = ToolClient.json(browser.admin("GET", "/api/v1/admin/tool-configuration", null));
        assertThat(config.getString("loginUrl")).isEqualTo(browser.base() + "/lti/login");
    }

    @Test
    void unknownApiPathsAndIdsAnswerProblems() throws Exception {
        var token = ToolClient.sessionToken(browser.launch(dynamicallyRegisteredPlatform(), "coach-1"));
        var unknownCourse = browser.api("GET", "/api/v1/courses/00000000-0000-0000-0000-000000000000/participants", token, null);
        assertThat(unknownCourse.statusCode()).isEqualTo(404);
        assertThat(browser.api("GET", "/api/v1/nothing-here", token, null).statusCode()).isEqualTo(404);
        assertThat(browser.admin("GET", "/api/v1/admin/registrations/not-an-id", null).statusCode()).isEqualTo(404);
    }

    private static void assertRejected(HttpResponse<String> response, int status, String friendlyText) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains(friendlyText).contains("lang=");
    }

    @SuppressWarnings("unused")
    private static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
