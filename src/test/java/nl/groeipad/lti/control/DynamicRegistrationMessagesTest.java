package nl.groeipad.lti.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientRegistrationRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import nl.groeipad.lti.entity.RegistrationFailure;
import org.junit.jupiter.api.Test;

/**
 * The messages of LTI Dynamic Registration as the OAuth 2 / OpenID Connect SDK writes and reads them: our client
 * registration request keeps every field and LTI's tool configuration (DR §3.3), and Moodle 5.1's answer (as captured
 * from a real Moodle) gives our client id and the deployment id (DR §3.6).
 */
class DynamicRegistrationMessagesTest {

    static final String BASE = "https://groeipad.example.org";

    /** Moodle 5.1's answer to a registration, trimmed to the fields it always sends. */
    static final String MOODLE_ANSWER = """
            {"client_id":"cpY06A8c167wQUK","response_types":["id_token"],"jwks_uri":"https://groeipad.example.org/lti/jwks",
             "initiate_login_uri":"https://groeipad.example.org/lti/login","grant_types":["client_credentials","implicit"],
             "redirect_uris":["https://groeipad.example.org/lti/launch"],"application_type":"web",
             "token_endpoint_auth_method":"private_key_jwt","client_name":"Groeipad",
             "logo_uri":"","scope":"https://purl.imsglobal.org/spec/lti-ags/scope/score",
             "https://purl.imsglobal.org/spec/lti-tool-configuration":{"version":"1.3.0","deployment_id":"2",
               "target_link_uri":"https://groeipad.example.org/lti/launch","domain":"groeipad.example.org",
               "description":"","claims":["sub","iss","name","family_name","given_name","email"]}}""";

    @Test
    void theRequestCarriesTheClientMetadataAndTheToolConfiguration() {
        var http = new OIDCClientRegistrationRequest(URI.create("https://moodle.example.org/mod/lti/openid-registration.php"),
                new ToolConfiguration().clientMetadata(BASE), new BearerAccessToken("registration-token")).toHTTPRequest();
        var sent = json(http.getBody());

        assertThat(http.getAuthorization()).isEqualTo("Bearer registration-token");
        assertThat(http.getEntityContentType().toString()).startsWith("application/json");
        assertThat(sent.getString("initiate_login_uri")).isEqualTo(BASE + "/lti/login");
        assertThat(sent.getJsonArray("redirect_uris").getString(0)).isEqualTo(BASE + "/lti/launch");
        assertThat(sent.getString("jwks_uri")).isEqualTo(BASE + "/lti/jwks");
        assertThat(sent.getString("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
        assertThat(sent.getString("application_type")).isEqualTo("web");
        assertThat(sent.getJsonArray("response_types").getString(0)).isEqualTo("id_token");
        assertThat(sent.getString("scope")).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        assertThat(sent.getString("client_name#nl")).isEqualTo("Groeipad");
        assertThat(sent.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration"))
                .isEqualTo(new ToolConfiguration().registrationRequest(BASE)
                        .getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration"));
    }

    @Test
    void aToolOnPlainHttpOnATestMachineRegistersToo() {
        var sent = json(new OIDCClientRegistrationRequest(URI.create("http://127.0.0.1:9/register"),
                new ToolConfiguration().clientMetadata("http://127.0.0.1:18150"), null).toHTTPRequest().getBody());

        assertThat(sent.getString("initiate_login_uri")).isEqualTo("http://127.0.0.1:18150/lti/login");
        assertThat(sent.getJsonArray("redirect_uris").getString(0)).isEqualTo("http://127.0.0.1:18150/lti/launch");
        var echoed = MOODLE_ANSWER.replace("https://groeipad.example.org", "http://127.0.0.1:18150");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> DynamicRegistration.registered(answer(200, echoed))))
                .isNull();
    }

    @Test
    void moodlesAnswerGivesTheClientIdAndTheDeploymentId() throws RegistrationFailure {
        var registered = DynamicRegistration.registered(answer(200, MOODLE_ANSWER));

        assertThat(registered).isEqualTo(new DynamicRegistration.Registered("cpY06A8c167wQUK", "2"));
        assertThat(DynamicRegistration.registered(answer(201, MOODLE_ANSWER.replace("\"deployment_id\":\"2\"", "\"deployment_id\":7"))))
                .isEqualTo(new DynamicRegistration.Registered("cpY06A8c167wQUK", "7"));
    }

    @Test
    void anAnswerWithoutADeploymentIdOrWithAnErrorIsRefusedInWords() {
        assertThatExceptionOfType(RegistrationFailure.class)
                .isThrownBy(() -> DynamicRegistration.registered(answer(200, MOODLE_ANSWER.replace("\"deployment_id\":\"2\",", ""))))
                .satisfies(e -> assertThat(e.text().en()).contains("no deployment id"));
        assertThatExceptionOfType(RegistrationFailure.class)
                .isThrownBy(() -> DynamicRegistration.registered(answer(400,
                        "{\"error\":\"invalid_client_metadata\",\"error_description\":\"redirect_uris missing\"}")))
                .satisfies(e -> {
                    assertThat(e.text().nl()).contains("weigerde de registratie (HTTP 400)");
                    assertThat(e.getMessage()).contains("invalid_client_metadata");
                });
        assertThatExceptionOfType(RegistrationFailure.class)
                .isThrownBy(() -> DynamicRegistration.registered(answer(200, "<html>not json</html>")))
                .satisfies(e -> assertThat(e.text().en()).contains("unexpected answer"));
    }

    private static HTTPResponse answer(int status, String body) {
        var response = new HTTPResponse(status);
        response.setEntityContentType(ContentType.APPLICATION_JSON);
        response.setBody(body);
        return response;
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
